import { formatDatum } from './dates';

// The gespreksverslag for the resident (Wmo 2015 art. 2.3.2 lid 8: the inwoner gets a written verslag of the
// onderzoek). Plain language in the u-form gemeenten use toward residents: what we discussed, what we agreed, what
// happens next, and how to react. Built as data (blocks) so that it can be tested without a PDF and written by the
// shared PDF writer.
//
// Deliberately left out: the veiligheidsanalyse, the screening on onveiligheid, ZRM scores and the children's own
// view. The verslag goes to the household's address; safety notes must never reach a possible perpetrator
// (meldcode), scores are a professional's tool, and a child's words are not the parents' to read by default.

export type VerslagBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'bullets'; items: string[] }
  | { type: 'fields'; rows: [string, string][] };

export type VerslagLeefgebied = {
  label: string;
  situatie: string | null;
  gaatGoed: string | null;
  zorgen: string | null;
  eigenKracht: string | null;
  wens: string | null;
};

export type VerslagInput = {
  gemeenteNaam: string;
  huishouden: { naam: string; adresregels: string[] };
  /** The names to address, e.g. the adult members ("Mevrouw A. Jansen"): the letter says "Beste …". */
  aanhef: string[];
  gesprek: {
    datum: Date;
    plaats: string;
    deelnemers: string[];
    clientondersteuningAangeboden: boolean;
    clientondersteunerNaam: string | null;
    samenvatting: string | null;
    afspraken: string | null;
    vervolg: string | null;
  };
  leefgebieden: VerslagLeefgebied[];
  mantelzorg: { naam: string; relatie: string; ondersteuningsbehoefte: string | null }[];
  netwerk: { naam: string; relatie: string; bijdrage: string | null }[];
  medewerker: { naam: string; telefoon: string; email: string };
  /** Days the resident has to react to the verslag. */
  reactieDagen: number;
};

export type Verslag = { title: string; addressee: string[]; blocks: VerslagBlock[] };

/** One item per non-empty line; a leading "-", "*" or "•" is dropped. */
export const splitLines = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-*•]\s*/, '').trim())
    .filter(Boolean);

const filled = (text: string | null | undefined): text is string => Boolean(text?.trim());

const joinNames = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;

export const VERSLAG_TITLE = 'Verslag van ons gesprek';

export const buildVerslag = (input: VerslagInput): Verslag => {
  const { gesprek } = input;
  const blocks: VerslagBlock[] = [];
  const heading = (text: string) => blocks.push({ type: 'heading', text });
  const paragraph = (text: string) => blocks.push({ type: 'paragraph', text });

  blocks.push({
    type: 'fields',
    rows: [
      ['Huishouden', input.huishouden.naam],
      ['Datum gesprek', formatDatum(gesprek.datum)],
      ...(filled(gesprek.plaats) ? [['Plaats', gesprek.plaats.trim()] as [string, string]] : []),
    ],
  });
  paragraph(`Beste ${input.aanhef.length ? joinNames(input.aanhef) : `bewoners van ${input.huishouden.naam}`},`);
  paragraph(
    `Op ${formatDatum(gesprek.datum)} hebben wij met u gesproken. ` +
      'In deze brief leest u wat we hebben besproken, wat we hebben afgesproken en wat er nu gaat gebeuren.',
  );

  heading('Wie waren erbij');
  blocks.push({ type: 'bullets', items: gesprek.deelnemers.length ? gesprek.deelnemers : [input.medewerker.naam] });
  if (gesprek.clientondersteunerNaam?.trim()) {
    paragraph(`U werd ondersteund door ${gesprek.clientondersteunerNaam.trim()}, een onafhankelijke cliëntondersteuner.`);
  } else if (gesprek.clientondersteuningAangeboden) {
    paragraph(
      'Wij hebben u verteld dat u gratis hulp kunt krijgen van een onafhankelijke cliëntondersteuner. Die kan u helpen bij gesprekken met de gemeente. Wilt u dat later alsnog? Laat het ons weten.',
    );
  }

  heading('Wat we hebben besproken');
  if (filled(gesprek.samenvatting)) paragraph(gesprek.samenvatting.trim());
  for (const lg of input.leefgebieden) {
    const rows: [string, string][] = [];
    if (filled(lg.situatie)) rows.push(['Hoe het nu gaat', lg.situatie.trim()]);
    if (filled(lg.gaatGoed)) rows.push(['Wat goed gaat', lg.gaatGoed.trim()]);
    if (filled(lg.zorgen)) rows.push(['Waar u zich zorgen over maakt', lg.zorgen.trim()]);
    if (filled(lg.eigenKracht)) rows.push(['Wat u en uw omgeving zelf kunnen doen', lg.eigenKracht.trim()]);
    if (filled(lg.wens)) rows.push(['Wat u graag wilt', lg.wens.trim()]);
    if (rows.length === 0) continue;
    blocks.push({ type: 'heading', text: lg.label });
    blocks.push({ type: 'fields', rows });
  }
  if (!filled(gesprek.samenvatting) && input.leefgebieden.every((lg) => ![lg.situatie, lg.gaatGoed, lg.zorgen, lg.eigenKracht, lg.wens].some(filled))) {
    paragraph('We hebben in het algemeen over uw situatie gesproken.');
  }

  const helpers = [
    ...input.mantelzorg.map((m) => `${m.naam} (${m.relatie}) zorgt voor u of uw gezin${filled(m.ondersteuningsbehoefte) ? `. Wat ${m.naam} nodig heeft: ${m.ondersteuningsbehoefte.trim()}` : ''}.`),
    ...input.netwerk.filter((n) => filled(n.bijdrage)).map((n) => `${n.naam} (${n.relatie}): ${n.bijdrage!.trim()}`),
  ];
  if (helpers.length) {
    heading('Wie u al helpt');
    blocks.push({ type: 'bullets', items: helpers });
  }

  heading('Wat we hebben afgesproken');
  const afspraken = splitLines(gesprek.afspraken);
  if (afspraken.length) blocks.push({ type: 'bullets', items: afspraken });
  else paragraph('We hebben nog geen afspraken gemaakt. Wij nemen contact met u op.');

  heading('Wat er nu gaat gebeuren');
  const vervolg = splitLines(gesprek.vervolg);
  if (vervolg.length) blocks.push({ type: 'bullets', items: vervolg });
  paragraph(
    'Heeft u ondersteuning nodig die u niet zelf of met mensen om u heen kunt regelen? Dan kunt u bij de gemeente een aanvraag doen. Uw wijkcoach helpt u daarbij.',
  );

  heading('Klopt dit verslag?');
  paragraph(
    `Leest u dit verslag goed. Klopt er iets niet, of wilt u iets aanvullen? Laat het ons binnen ${input.reactieDagen} dagen weten. ` +
      'Uw reactie bewaren wij bij dit verslag.',
  );
  blocks.push({
    type: 'fields',
    rows: [
      ['Uw wijkcoach', input.medewerker.naam],
      ['Telefoon', input.medewerker.telefoon],
      ['E-mail', input.medewerker.email],
    ],
  });
  paragraph(`Met vriendelijke groet,\n\n${input.medewerker.naam}\nSociaal team, gemeente ${input.gemeenteNaam}`);

  return {
    title: VERSLAG_TITLE,
    addressee: [input.aanhef.length ? joinNames(input.aanhef) : `Bewoners van ${input.huishouden.naam}`, ...input.huishouden.adresregels],
    blocks,
  };
};
