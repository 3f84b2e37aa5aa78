import 'server-only';
import type { BesluitSoort, Geslacht, Leveringsvorm, Vervalreden, Wet } from '@/lib/generated/prisma/enums';
import { formatDatum } from '@/lib/domain/dates';
import { formatEuroCent } from '@/lib/domain/catalogus';
import { WET_LABELS } from '@/lib/domain/labels';
import { volledigeNaam } from '@/lib/domain/naam';
import { createPdf, type Letterhead } from '@/lib/pdf/document';

// The letters to the inwoner (u-form, plain language): the beschikking with how to object (Awb 6:5, 6:7), and the
// notice of a verdaging (Awb 4:14). Data in, PDF out; the use cases read and check, these only write.

export type BriefGemeente = Letterhead & { email: string; ondertekening: string };

export type BriefOntvanger = {
  voornamen: string;
  tussenvoegsel: string | null;
  achternaam: string;
  geslacht: Geslacht;
  huishouden: { straat: string; huisnummer: number; huisnummerToevoeging: string | null; postcode: string; woonplaats: string };
};

const hoofdletter = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** 'Geachte mevrouw Van den Berg,' (the tussenvoegsel capitalised when it starts the name). */
export const aanhef = (o: BriefOntvanger) => {
  const titel = o.geslacht === 'MAN' ? 'heer' : o.geslacht === 'VROUW' ? 'mevrouw' : 'heer of mevrouw';
  return `Geachte ${titel} ${[o.tussenvoegsel ? hoofdletter(o.tussenvoegsel) : null, o.achternaam].filter(Boolean).join(' ')},`;
};

export const adresRegels = (o: BriefOntvanger): string[] => {
  const h = o.huishouden;
  return [
    volledigeNaam(o),
    `${h.straat} ${h.huisnummer}${h.huisnummerToevoeging ? ` ${h.huisnummerToevoeging}` : ''}`,
    `${h.postcode.slice(0, 4)} ${h.postcode.slice(4)}  ${h.woonplaats.toUpperCase()}`,
  ];
};

export type BriefProduct = {
  naam: string;
  code: string;
  omvang: string | null;
  budgetCent: number | null;
  ingangsdatum: Date;
  einddatum: Date | null;
  leveringsvorm: Leveringsvorm;
  aanbieder: string | null;
  pgbMotivering: string | null;
};

export type BeschikkingBriefData = {
  gemeente: BriefGemeente;
  ontvanger: BriefOntvanger;
  beschikking: {
    identificatie: string;
    besluit: BesluitSoort;
    wet: Wet;
    wettelijkeGrondslag: string;
    motivering: string;
    concept: boolean;
    datum: Date;
    verzenddatum: Date | null;
    uiterlijkeReactiedatum: Date | null;
    ingangsdatum: Date | null;
  };
  aanvraag: { nummer: string; ontvangenOp: Date; product: string } | null;
  vorig: { identificatie: string; datum: Date | null; vervalreden: Vervalreden | null } | null;
  producten: BriefProduct[];
};

const TITELS: Record<BesluitSoort, string> = {
  TOEKENNING: 'Besluit op uw aanvraag: toegekend',
  GEDEELTELIJKE_TOEKENNING: 'Besluit op uw aanvraag: gedeeltelijk toegekend',
  AFWIJZING: 'Besluit op uw aanvraag: afgewezen',
  INTREKKING: 'Besluit: intrekking van uw voorziening',
};

/** The beschikking as a letter: the decision, the products, the motivation, and how to object. */
export async function beschikkingBriefPdf(data: BeschikkingBriefData): Promise<Buffer> {
  const { gemeente, ontvanger, beschikking: b, aanvraag, vorig } = data;
  const titel = `${b.concept ? 'CONCEPT – ' : ''}${TITELS[b.besluit]}`;
  const pdf = createPdf({ title: titel, letterhead: gemeente, addressee: adresRegels(ontvanger), datum: formatDatum(b.verzenddatum ?? b.datum), kenmerk: b.identificatie });
  if (b.concept) pdf.paragraph('Dit is een concept. Het besluit is nog niet vastgesteld en nog niet verstuurd.', { muted: true });

  pdf.paragraph(aanhef(ontvanger));
  if (b.besluit === 'INTREKKING' && vorig) {
    pdf.paragraph(
      `Op ${vorig.datum ? formatDatum(vorig.datum) : 'een eerdere datum'} hebben wij een besluit genomen over uw ondersteuning (kenmerk ${vorig.identificatie}). ` +
        (vorig.vervalreden === 'INGETROKKEN_BELANGHEBBENDE' ? 'U heeft ons gevraagd dat besluit in te trekken. ' : '') +
        'In deze brief leest u ons nieuwe besluit.',
    );
  } else if (aanvraag) {
    pdf.paragraph(`U heeft op ${formatDatum(aanvraag.ontvangenOp)} ondersteuning aangevraagd: ${aanvraag.product}. In deze brief leest u ons besluit.`);
  }
  if (vorig && b.besluit !== 'INTREKKING') {
    pdf.paragraph(`Dit besluit vervangt ons besluit van ${vorig.datum ? formatDatum(vorig.datum) : 'eerder'} met kenmerk ${vorig.identificatie}. Dat besluit geldt niet meer vanaf de ingangsdatum van dit besluit.`);
  }

  pdf.heading('Ons besluit');
  switch (b.besluit) {
    case 'TOEKENNING':
      pdf.paragraph(`Wij kennen u de ondersteuning toe die hieronder staat. U krijgt deze ondersteuning op grond van de ${WET_LABELS[b.wet]}.`);
      break;
    case 'GEDEELTELIJKE_TOEKENNING':
      pdf.paragraph(`Wij kennen u een deel van de gevraagde ondersteuning toe. Wat u krijgt, staat hieronder. Voor het andere deel wijzen wij uw aanvraag af. Waarom, leest u bij "Waarom wij zo besluiten".`);
      break;
    case 'AFWIJZING':
      pdf.paragraph('Wij wijzen uw aanvraag af. U krijgt deze ondersteuning niet. Waarom, leest u hieronder.');
      break;
    case 'INTREKKING':
      pdf.paragraph(
        `Wij trekken het besluit met kenmerk ${vorig?.identificatie ?? ''} in${b.ingangsdatum ? ` per ${formatDatum(b.ingangsdatum)}` : ''}. Vanaf die dag krijgt u deze ondersteuning niet meer.`,
      );
      break;
  }

  if (data.producten.length) {
    pdf.heading('Wat u krijgt');
    for (const p of data.producten) {
      pdf.heading(`${p.naam} (productcode ${p.code})`, 3);
      pdf.fields([
        ...(p.omvang ? [['Hoeveel', p.omvang] as [string, string]] : []),
        ...(p.budgetCent !== null ? [['Budget', formatEuroCent(p.budgetCent)] as [string, string]] : []),
        ['Vanaf', formatDatum(p.ingangsdatum)],
        ['Tot en met', p.einddatum ? formatDatum(p.einddatum) : 'Zonder einddatum'],
        [
          'Hoe u het krijgt',
          p.leveringsvorm === 'ZIN'
            ? `Zorg in natura. ${p.aanbieder ?? 'De zorgaanbieder'} levert de ondersteuning. Wij laten de zorgaanbieder weten dat u deze ondersteuning krijgt; de aanbieder neemt contact met u op.`
            : 'Persoonsgebonden budget (pgb). U koopt de ondersteuning zelf in. De Sociale Verzekeringsbank betaalt uw zorgverlener uit uw budget.',
        ],
      ]);
      if (p.leveringsvorm === 'PGB' && p.pgbMotivering) pdf.paragraph(`Waarom een pgb: ${p.pgbMotivering}`);
    }
  }

  pdf.heading('Waarom wij zo besluiten');
  pdf.paragraph(b.motivering);
  pdf.heading('Op welke regels dit besluit steunt', 3);
  pdf.paragraph(b.wettelijkeGrondslag);

  pdf.heading('Bent u het niet eens met dit besluit?');
  const termijn =
    b.uiterlijkeReactiedatum
      ? `U heeft daarvoor zes weken de tijd. Uw bezwaar moet uiterlijk op ${formatDatum(b.uiterlijkeReactiedatum)} bij ons binnen zijn.`
      : 'U heeft daarvoor zes weken de tijd, te rekenen vanaf de dag na de datum waarop wij deze brief hebben verstuurd.';
  pdf.paragraph(`Dan kunt u bezwaar maken. ${termijn} Stuur uw bezwaarschrift naar:`);
  pdf.paragraph(`Het college van burgemeester en wethouders van ${gemeente.naam}\n${gemeente.postadres}\n${gemeente.postcodePlaats}`);
  pdf.paragraph('Zet in uw bezwaarschrift:');
  pdf.bullets([
    'uw naam en adres;',
    'de datum;',
    `het kenmerk van deze brief: ${b.identificatie};`,
    'waarom u het niet eens bent met dit besluit;',
    'uw handtekening.',
  ]);
  pdf.paragraph(
    'Wilt u eerst met ons praten over dit besluit? Dat kan altijd. Het telefoonnummer staat hieronder. Let op: een gesprek stopt de termijn van zes weken niet. ' +
      'Ook als u bezwaar maakt, blijft dit besluit gelden. Heeft u snel een beslissing nodig? Dan kunt u de voorzieningenrechter van de rechtbank vragen om een voorlopige voorziening.',
  );

  pdf.heading('Heeft u vragen?');
  pdf.paragraph(`Bel ons op ${gemeente.telefoon} of mail naar ${gemeente.email}. Noem dan het kenmerk ${b.identificatie}.`);
  pdf.spacer();
  pdf.paragraph(gemeente.ondertekening);
  return pdf.finish();
}

export type VerdagingsbriefData = {
  gemeente: BriefGemeente;
  ontvanger: BriefOntvanger;
  aanvraag: { nummer: string; ontvangenOp: Date; product: string };
  verdaagdOp: Date;
  oudUiterlijk: Date;
  nieuwUiterlijk: Date;
  dagen: number;
  reden: string;
};

/** Awb 4:14: the notice to the inwoner that the decision takes longer, with the reason and the new date. */
export async function verdagingsbriefPdf(data: VerdagingsbriefData): Promise<Buffer> {
  const { gemeente, ontvanger, aanvraag } = data;
  const pdf = createPdf({ title: 'Wij hebben meer tijd nodig voor uw aanvraag', letterhead: gemeente, addressee: adresRegels(ontvanger), datum: formatDatum(data.verdaagdOp), kenmerk: aanvraag.nummer });
  pdf.paragraph(aanhef(ontvanger));
  pdf.paragraph(`U heeft op ${formatDatum(aanvraag.ontvangenOp)} ondersteuning aangevraagd: ${aanvraag.product}. Wij zouden uiterlijk op ${formatDatum(data.oudUiterlijk)} beslissen. Dat lukt niet.`);
  pdf.heading('Waarom wij meer tijd nodig hebben');
  pdf.paragraph(data.reden);
  pdf.heading('Wanneer u ons besluit krijgt');
  pdf.paragraph(
    `Wij nemen uiterlijk op ${formatDatum(data.nieuwUiterlijk)} een besluit. Dat is ${data.dagen} ${data.dagen === 1 ? 'dag' : 'dagen'} later dan eerst. Wij kunnen deze termijn maar één keer verlengen (artikel 4:14 van de Algemene wet bestuursrecht).`,
  );
  pdf.heading('Heeft u vragen?');
  pdf.paragraph(`Bel ons op ${gemeente.telefoon} of mail naar ${gemeente.email}. Noem dan het kenmerk ${aanvraag.nummer}.`);
  pdf.spacer();
  pdf.paragraph(gemeente.ondertekening);
  return pdf.finish();
}
