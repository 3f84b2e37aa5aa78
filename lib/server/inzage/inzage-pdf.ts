import 'server-only';
import { FASE_LABELS } from '@/lib/domain/casus-transitions';
import { formatDatum, formatDatumKort, toIsoDate } from '@/lib/domain/dates';
import { persoonNaam } from '@/lib/domain/gesprek';
import {
  AANVRAAG_STATUS_LABELS, BESCHIKKING_STATUS_LABELS, BESLUIT_SOORT_LABELS, CONTACT_SOORT_LABELS, DOCUMENT_SOORT_LABELS,
  GESLACHT_LABELS, GESPREK_STATUS_LABELS, HUISHOUDEN_ROL_LABELS, KANAAL_LABELS, PLAN_STATUS_LABELS, REGIEVORM_LABELS,
  ROL_LABELS, TOESTEMMING_SOORT_LABELS, WET_LABELS,
} from '@/lib/domain/labels';
import { formatPostcode } from '@/lib/domain/postcode';
import { ZRM_DOMEIN_LABELS } from '@/lib/domain/zrm';
import type { Rol } from '@/lib/generated/prisma/enums';
import { createPdf, type Letterhead, type PdfWriter } from '@/lib/pdf/document';
import { INZAGE_CATEGORIEEN, type InzageGegevens } from './inzage-gegevens';

// The readable inzage for the resident (u-form, plain language): who we are, what we keep about you per household
// and per category, who looked at it, and what you can do next. The JSON file next to it holds every field.

type Huishouden = InzageGegevens['huishoudens'][number];
type Categorieen = Huishouden['categorieen'];

const datum = (d: Date | string | null | undefined) => (d ? formatDatumKort(new Date(d)) : '—');
const tijd = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const kort = (text: string | null | undefined, max = 400) => (!text ? '' : text.length > max ? `${text.slice(0, max)}…` : text);
const adres = (h: { straat: string; huisnummer: number; huisnummerToevoeging: string | null; postcode: string; woonplaats: string }) =>
  [`${h.straat} ${h.huisnummer}${h.huisnummerToevoeging ? ` ${h.huisnummerToevoeging}` : ''}`, `${formatPostcode(h.postcode)} ${h.woonplaats}`];

// One readable line per record of each category.
export const INZAGE_REGELS: { [K in keyof Categorieen]: (item: Categorieen[K][number]) => string } = {
  personen: (p) => `${persoonNaam(p)}${p.geboortedatum ? `, geboren ${datum(p.geboortedatum)}` : ''} (${HUISHOUDEN_ROL_LABELS[p.rol]}, vanaf ${datum(p.vanaf)}${p.tot ? ` tot ${datum(p.tot)}` : ''})`,
  meldingen: (m) => `Melding ${m.kenmerk} van ${datum(m.ontvangenOp)} via ${KANAAL_LABELS[m.kanaal].toLowerCase()}: "${kort(m.vraag)}"${m.melderNaam ? ` (gemeld door ${m.melderNaam})` : ''}`,
  casussen: (c) => `Traject ${c.nummer}: gestart ${datum(c.geopendOp)}, ${c.afgeslotenOp ? `afgesloten ${datum(c.afgeslotenOp)}${c.afsluitreden ? ` (${kort(c.afsluitreden, 200)})` : ''}` : `nu in de fase ${FASE_LABELS[c.fase].toLowerCase()}`}`,
  gesprekken: (g) => `Gesprek op ${datum(g.datum)} (${g.plaats}, ${GESPREK_STATUS_LABELS[g.status].toLowerCase()})${g.samenvatting ? `: ${kort(g.samenvatting)}` : ''}`,
  plannen: (p) => `Ondersteuningsplan met ${p.versies.length} ${p.versies.length === 1 ? 'versie' : 'versies'}: ${p.versies.map((v) => `versie ${v.versienummer} (${PLAN_STATUS_LABELS[v.status].toLowerCase()}; ${v.doelen.length} doelen: ${v.doelen.map((d) => kort(d.omschrijving, 120)).join('; ') || 'geen'})`).join(', ')}`,
  aanvragen: (a) => `Aanvraag ${a.nummer} (${WET_LABELS[a.wet]}) voor ${a.product.naam}, ontvangen ${datum(a.ontvangenOp)}, ${AANVRAAG_STATUS_LABELS[a.status].toLowerCase()}`,
  beschikkingen: (b) => `Beschikking ${b.identificatie} (${WET_LABELS[b.wet]}): ${BESLUIT_SOORT_LABELS[b.besluit].toLowerCase()}, ${BESCHIKKING_STATUS_LABELS[b.status].toLowerCase()}${b.datum ? ` op ${datum(b.datum)}` : ''}${b.producten.length ? ` — ${b.producten.map((p) => p.product.naam).join(', ')}` : ''}`,
  documenten: (d) => `${DOCUMENT_SOORT_LABELS[d.soort]}: ${d.titel} (${datum(d.createdAt)}, ${Math.max(1, Math.round(d.grootte / 1024))} kB)`,
  journaal: (c) => `${datum(c.datum)}, ${CONTACT_SOORT_LABELS[c.soort].toLowerCase()} met ${c.metWie}: ${kort(c.notitie)}`,
  toestemmingen: (t) =>
    'gegevenOp' in t
      ? `Toestemming (${TOESTEMMING_SOORT_LABELS[t.soort].toLowerCase()}) gegeven ${datum(t.gegevenOp)}${t.partij ? ` voor ${t.partij}` : ''}${t.doel ? `: ${t.doel}` : ''}${t.ingetrokkenOp ? `, ingetrokken ${datum(t.ingetrokkenOp)}` : ''}`
      : `Gegevens gedeeld met ${t.partij} op ${datum(t.op)}: ${t.doel}`,
  netwerk: (n) => ('relatie' in n ? `${n.naam} (${n.relatie})` : `${n.naam}, ${n.rol}${n.organisatie ? ` bij ${n.organisatie}` : ''}`),
  overig: (o) => {
    if ('vorm' in o) return `Regie: ${REGIEVORM_LABELS[o.vorm].toLowerCase()} vanaf ${datum(o.vanaf)}${o.tot ? ` tot ${datum(o.tot)}` : ''}`;
    if ('score' in o) return `Zelfredzaamheid (ZRM) ${ZRM_DOMEIN_LABELS[o.domein].toLowerCase()}: score ${o.score} op ${datum(o.datum)}`;
    if ('antwoorden' in o) return `Veiligheidsanalyse van ${datum(o.op)}`;
    if ('advies' in o) return `Overleg met een gedragswetenschapper op ${datum(o.createdAt)}: ${kort(o.vraag, 200)}`;
    return `Taak: ${o.titel} (uiterlijk ${datum(o.uiterlijkOp)})`;
  },
};

/** The access-log code in words for the resident (codes such as DOSSIER_VIEWED or GESPREK_CREATED). */
function handeling(actie: string): string {
  if (actie === 'INZAGE_BEKEKEN') return 'bekeken voor uw inzageverzoek';
  if (actie === 'EXPORT') return 'gegevens afgedrukt of gedownload';
  if (actie === 'READ' || actie.endsWith('_VIEWED') || actie.endsWith('_READ')) return 'bekeken';
  if (actie === 'CREATE' || /_(CREATED|ADDED|REGISTERED|GEMAAKT)$/.test(actie)) return 'vastgelegd';
  if (actie === 'DELETE' || /_(DELETED|REMOVED)$/.test(actie)) return 'verwijderd';
  return 'gewijzigd';
}

/** The readable lines of one category of a household (also shown on the officer's summary page). */
export function inzageRegels<K extends keyof Categorieen>(key: K, items: Categorieen[K]): string[] {
  return (items as Categorieen[K][number][]).map((item) => INZAGE_REGELS[key](item));
}

function categorie<K extends keyof Categorieen>(pdf: PdfWriter, key: K, items: Categorieen[K]) {
  const label = INZAGE_CATEGORIEEN.find((c) => c.key === key)!.label;
  pdf.heading(`${label} (${items.length})`, 3);
  if (items.length === 0) pdf.paragraph('Hierover hebben wij niets vastgelegd.', { muted: true });
  else pdf.bullets(inzageRegels(key, items));
}

export async function renderInzagePdf(gegevens: InzageGegevens, letterhead: Letterhead, today = new Date()) {
  const p = gegevens.persoon;
  const naam = persoonNaam(p);
  const huidig = gegevens.huishoudens.find((h) => h.lidmaatschap.some((l) => !l.tot)) ?? gegevens.huishoudens.at(-1);
  const pdf = createPdf({
    title: 'Uw gegevens bij het sociaal wijkteam',
    letterhead,
    addressee: [naam, ...(huidig ? adres(huidig.huishouden) : [])],
    datum: formatDatum(today),
    kenmerk: `INZAGE-${toIsoDate(today).replaceAll('-', '')}`,
  });
  pdf.paragraph(`Beste ${naam},`);
  pdf.paragraph(
    `U heeft gevraagd welke gegevens wij over u bewaren. Dat is uw recht (artikel 15 van de Algemene verordening gegevensbescherming). In dit overzicht leest u wat het sociaal wijkteam van ${gegevens.gemeente} over u en uw huishouden heeft vastgelegd, en wie uw gegevens heeft bekeken. Alle gegevens staan ook volledig in het bestand dat u bij deze brief krijgt (JSON).`,
  );

  pdf.heading('Uw persoonsgegevens', 1);
  pdf.fields([
    ['Naam', naam],
    ['Burgerservicenummer', p.bsn ?? '—'],
    ['Geboortedatum', p.geboortedatum ? formatDatum(p.geboortedatum) : '—'],
    ['Geslacht', GESLACHT_LABELS[p.geslacht]],
    ['Telefoon', p.telefoon ?? '—'],
    ['E-mail', p.email ?? '—'],
  ]);
  if (p.vertegenwoordigd.length) pdf.paragraph(`Er ${p.vertegenwoordigd.length === 1 ? 'is een vertegenwoordiger' : `zijn ${p.vertegenwoordigd.length} vertegenwoordigers`} voor u vastgelegd.`);

  if (gegevens.huishoudens.length === 0) pdf.paragraph('U hoort bij geen huishouden in ons systeem. Wij hebben dus geen dossier over u.');
  for (const h of gegevens.huishoudens) {
    pdf.heading(`Huishouden: ${adres(h.huishouden).join(', ')}`, 1);
    const lid = h.lidmaatschap.map((l) => `${HUISHOUDEN_ROL_LABELS[l.rol].toLowerCase()} vanaf ${datum(l.vanaf)}${l.tot ? ` tot ${datum(l.tot)}` : ''}`).join('; ');
    pdf.paragraph(`U hoort (of hoorde) bij dit huishouden als ${lid}.${h.huishouden.geanonimiseerdOp ? ` De gegevens van dit huishouden zijn op ${datum(h.huishouden.geanonimiseerdOp)} geanonimiseerd, omdat de bewaartermijn voorbij was.` : ''}`);
    for (const { key } of INZAGE_CATEGORIEEN) categorie(pdf, key, h.categorieen[key]);
  }

  pdf.heading('Wie heeft uw gegevens bekeken of gewijzigd', 1);
  pdf.paragraph('Iedere keer dat een medewerker uw dossier opent of iets vastlegt, schrijven wij dat op: wanneer, in welke functie, wat er gebeurde en waarom. Namen van medewerkers staan hier niet in.', { muted: true });
  if (gegevens.toegangslog.length === 0) pdf.paragraph('Er is niets vastgelegd.');
  else
    pdf.bullets(
      gegevens.toegangslog.map((e) => {
        const rol = e.actorRol ? e.actorRol.split(',').map((r) => ROL_LABELS[r as Rol] ?? r).join(', ') : 'het systeem';
        return `${tijd.format(e.op)}: ${rol} — ${handeling(e.actie)} (${e.entiteit})${e.context ? `, reden: ${kort(e.context, 160)}` : ''}${e.breakTheGlass ? ' — noodtoegang' : ''}`;
      }),
    );

  pdf.heading('Wat kunt u nu doen?', 1);
  pdf.paragraph('Kloppen uw gegevens niet, of wilt u dat wij gegevens verwijderen? Dan kunt u ons vragen ze te verbeteren of te verwijderen. Bent u het niet eens met hoe wij met uw gegevens omgaan? Neem dan contact op met de functionaris gegevensbescherming van de gemeente. U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.');
  pdf.paragraph(`Heeft u vragen over dit overzicht? Bel ons op ${letterhead.telefoon} of kijk op ${letterhead.website}.`);
  return pdf.finish();
}

export const inzageBestandsnaam = (gegevens: InzageGegevens, extensie: 'pdf' | 'json') =>
  `inzage-${gegevens.persoon.achternaam.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${gegevens.gemaaktOp.slice(0, 10)}.${extensie}`;
