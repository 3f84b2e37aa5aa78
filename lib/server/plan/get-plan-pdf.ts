import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { formatDatum } from '@/lib/domain/dates';
import { HORIZON_LABELS, WIJZE_LABELS } from '@/lib/domain/labels';
import type { ArrangementSoort, Uitvoerder } from '@/lib/generated/prisma/enums';
import { DomainError } from '@/lib/errors';
import { createPdf, type PdfWriter } from '@/lib/pdf/document';
import { adresblok, extraHuishoudenExemplaren } from '@/lib/domain/brief-ontvangers';
import { BRIEF_PERSOON, briefPersoon } from '@/lib/server/beschikking/brief-data';
import { loadVersie, persoonNaam, planAudit, planToegang } from './shared';

// The plan is the household's own (DOMAIN.md §2): written to them, in the u-form and plain language that gemeenten
// use toward residents, with the goals in their own words.
const WIE: Record<Uitvoerder, string> = {
  INWONER: 'U zelf',
  NETWERK: 'Iemand uit uw omgeving',
  VRIJWILLIGER: 'Een vrijwilliger',
  PROFESSIONAL: 'Uw wijkcoach of een andere hulpverlener',
  AANBIEDER: 'De zorgaanbieder',
};

const HULP: Record<ArrangementSoort, string> = {
  EIGEN_KRACHT: 'Wat u zelf doet',
  NETWERK: 'Hulp van mensen om u heen',
  ALGEMENE_VOORZIENING: 'Hulp in de buurt, zonder aanvraag',
  MAATWERK: 'Hulp waarvoor de gemeente een besluit neemt',
};

const ARRANGEMENT_VOLGORDE: ArrangementSoort[] = ['EIGEN_KRACHT', 'NETWERK', 'ALGEMENE_VOORZIENING', 'MAATWERK'];

/** The plan as a PDF for the household (one version; the newest unless asked), with the gemeente's letterhead. */
export async function getPlanPdf(actor: Actor, huishoudenId: string, versienummer?: number): Promise<{ buffer: Buffer; filename: string }> {
  assertPermission(actor, 'dossier:read');
  const data = await prisma.$transaction(async (tx) => {
    await planToegang(tx, actor, huishoudenId);
    const plan = await tx.ondersteuningsplan.findFirst({
      where: { huishoudenId, actueel: true },
      select: { id: true, casus: { select: { nummer: true } }, versies: { orderBy: { versienummer: 'desc' }, select: { id: true, versienummer: true } } },
    });
    const gekozen = plan?.versies.find((v) => v.versienummer === versienummer) ?? plan?.versies[0];
    if (!plan || !gekozen) throw new DomainError('NOT_FOUND', ['Dit huishouden heeft nog geen plan.']);
    const versie = await loadVersie(tx, actor, huishoudenId, gekozen.id);
    await planAudit(tx, actor, huishoudenId, { actie: 'EXPORT', entiteit: 'PlanVersie', entiteitId: versie.id, after: { versienummer: versie.versienummer, formaat: 'pdf' } });
    const huishouden = await tx.huishouden.findUniqueOrThrow({
      where: { id: huishoudenId },
      select: {
        naam: true, straat: true, huisnummer: true, huisnummerToevoeging: true, postcode: true, woonplaats: true,
        leden: { where: { tot: null }, select: { persoon: { select: { ...BRIEF_PERSOON, } } } },
      },
    });
    const gemeente = await tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId } });
    const userIds = [versie.contactpersoonId, versie.monitorDoorId, versie.opgesteldDoorId].filter((id): id is string => Boolean(id));
    const users = new Map((await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, naam: true, telefoon: true, email: true } })).map((u) => [u.id, u]));
    const persoonIds = [...versie.doelen.map((d) => d.persoonId), ...versie.arrangement.map((a) => a.persoonId)].filter((id): id is string => Boolean(id));
    const personen = new Map((await tx.persoon.findMany({ where: { id: { in: persoonIds } } })).map((p) => [p.id, persoonNaam(p)]));
    return { plan, versie, huishouden, gemeente, users, personen };
  });

  const { versie, huishouden, gemeente } = data;
  const adres = `${huishouden.straat} ${huishouden.huisnummer}${huishouden.huisnummerToevoeging ?? ''}`;
  const pdf = createPdf({
    title: 'Uw ondersteuningsplan',
    letterhead: gemeente,
    addressee: [huishouden.naam, adres, `${huishouden.postcode.slice(0, 4)} ${huishouden.postcode.slice(4)} ${huishouden.woonplaats}`],
    datum: formatDatum(versie.vastgesteldOp ?? new Date()),
    kenmerk: `${data.plan.casus.nummer}, versie ${versie.versienummer}`,
  });
  planInhoud(pdf, data);
  // A copy of their own for a child of 16 or older (lib/domain/brief-ontvangers).
  for (const afschrift of extraHuishoudenExemplaren(huishouden.leden.map((l) => ({ persoon: briefPersoon(l.persoon) })), huishouden, new Date())) {
    pdf.copy(adresblok(afschrift));
    if (afschrift.toelichting) pdf.paragraph(afschrift.toelichting, { muted: true });
    planInhoud(pdf, data);
  }

  const buffer = await pdf.finish();
  return { buffer, filename: `ondersteuningsplan-versie-${versie.versienummer}.pdf` };
}

type PlanPdfData = {
  versie: Awaited<ReturnType<typeof loadVersie>>;
  gemeente: { telefoon: string };
  users: Map<string, { id: string; naam: string; telefoon: string | null; email: string }>;
  personen: Map<string, string>;
};

/** The plan itself, once per copy. */
function planInhoud(pdf: PdfWriter, data: PlanPdfData) {
  const { versie, gemeente, users, personen } = data;
  const contact = versie.contactpersoonId ? users.get(versie.contactpersoonId) : undefined;
  const opsteller = users.get(versie.opgesteldDoorId);
  const monitor = versie.monitorDoorId ? users.get(versie.monitorDoorId) : undefined;

  pdf.paragraph(
    `Dit is uw plan. U heeft het samen met ${opsteller?.naam ?? 'uw wijkcoach'} gemaakt. Er staat in wat u wilt bereiken, wie wat doet en wanneer we samen kijken hoe het gaat.`,
  );
  if (versie.status === 'CONCEPT' || versie.status === 'TER_AKKOORD') {
    pdf.paragraph('Dit is nog een voorstel. Lees het rustig door. Klopt het? Wilt u iets anders? Laat het ons weten. Pas als u het ermee eens bent, maken we het plan definitief.');
  } else {
    const akkoord = versie.akkoordInwonerOp ? `U was het op ${formatDatum(versie.akkoordInwonerOp)} met dit plan eens (${versie.akkoordWijze ? WIJZE_LABELS[versie.akkoordWijze].toLowerCase() : 'akkoord'}). ` : '';
    pdf.paragraph(`${akkoord}Het plan is vastgesteld op ${formatDatum(versie.vastgesteldOp ?? new Date())}. Iedereen die in dit plan staat, houdt zich eraan. Verandert er iets? Dan maken we samen een nieuwe versie.`);
  }

  if (versie.watGaatGoed) pdf.heading('Wat goed gaat').paragraph(versie.watGaatGoed);

  if (versie.vragen.length) {
    pdf.heading('Uw vragen');
    pdf.bullets(versie.vragen.map((v) => `${v.label}: ${v.tekst}`));
  }

  pdf.heading('Wat u wilt bereiken');
  if (versie.doelen.length === 0) pdf.paragraph('Er staan nog geen doelen in dit plan.', { muted: true });
  versie.doelen.forEach((doel, i) => {
    pdf.heading(`Doel ${i + 1}: ${doel.omschrijving}`, 3);
    pdf.fields([
      ['Wanneer', HORIZON_LABELS[doel.horizon]],
      ['Zo weten we dat het gelukt is', doel.zichtbaarAan],
      ...(doel.persoonId && personen.get(doel.persoonId) ? [['Voor wie', personen.get(doel.persoonId)!] as [string, string]] : []),
    ]);
    const acties = versie.acties.filter((a) => a.doelId === doel.id);
    if (acties.length) pdf.paragraph('Wie doet wat:').bullets(acties.map(actieRegel));
  });
  const losseActies = versie.acties.filter((a) => !a.doelId || !versie.doelen.some((d) => d.id === a.doelId));
  if (losseActies.length) pdf.heading('Verder spraken we af').bullets(losseActies.map(actieRegel));

  if (versie.arrangement.length) {
    pdf.heading('Wie u helpt');
    for (const soort of ARRANGEMENT_VOLGORDE) {
      const items = versie.arrangement.filter((a) => a.soort === soort);
      if (!items.length) continue;
      pdf.heading(HULP[soort], 3);
      pdf.bullets(
        items.map((a) => {
          const voor = a.persoonId && personen.get(a.persoonId) ? ` (voor ${personen.get(a.persoonId)})` : '';
          if (a.voorziening) {
            const contact = [a.voorziening.telefoon && `telefoon ${a.voorziening.telefoon}`, a.voorziening.website].filter(Boolean).join(', ');
            return `${a.voorziening.naam}: ${a.omschrijving}${voor}${contact ? `. Contact: ${contact}` : ''}`;
          }
          if (a.product) return `${a.product.naam}${voor}: ${a.omschrijving}`;
          return `${a.omschrijving}${voor}`;
        }),
      );
      if (soort === 'MAATWERK') {
        pdf.paragraph('Voor deze hulp neemt de gemeente een besluit (een beschikking). Die krijgt u apart per post. Daarin staat ook wat u kunt doen als u het er niet mee eens bent.', { muted: true });
      }
    }
  }

  pdf.heading('Samen kijken hoe het gaat');
  pdf.fields([
    ['Wanneer', versie.evaluatieDatum ? `Rond ${formatDatum(versie.evaluatieDatum)} bespreken we samen hoe het gaat.` : 'Dat spreken we nog af.'],
    ['Uw contactpersoon', contact ? [contact.naam, contact.telefoon, contact.email].filter(Boolean).join(', ') : 'Uw wijkcoach'],
    ...(monitor && monitor.id !== contact?.id ? [['Houdt het plan in de gaten', monitor.naam] as [string, string]] : []),
  ]);
  pdf.paragraph(`Heeft u vragen over dit plan? Neem contact op met uw contactpersoon, of bel de gemeente op ${gemeente.telefoon}.`);
}

function actieRegel(a: { wie: Uitvoerder; wieNaam: string | null; wat: string; uiterlijk: Date | null }): string {
  const wie = a.wieNaam ? `${a.wieNaam}` : WIE[a.wie];
  return `${wie}: ${a.wat}${a.uiterlijk ? ` (uiterlijk ${formatDatum(a.uiterlijk)})` : ''}`;
}
