// Issue 22: the demo's ketenpartners — a huisartsenpraktijk, a school, a woningcorporatie and the aanbieder with the
// most running toewijzingen — each with a demo user (signing in through the test eHerkenning), and in the plans in
// force of the first households of the demo wijkcoach (by name) the actions the issue names: "Afstemming met de POH-ggz van de huisarts" and
// "Overleg met de intern begeleider van school", with the household's consent for "afstemming zorg". Runs in the
// seed's transaction, after every row is in: the parts of a vastgesteld plan version may be added only in the
// transaction that created it (the database freezes them after).
import { addCalendarDays } from '@/lib/domain/dates';
import { PARTNER_DOEL } from '@/lib/domain/partner-toegang';
import { GELDENDE_STATUSSEN } from '@/lib/domain/plan';
import type { PlanStatus } from '@/lib/generated/prisma/enums';
import type { SeedDb } from './rows';

/** The demo's partner users: sign in at /partner with the test eHerkenning (listed on its login page). */
export const DEMO_PARTNERS = {
  huisarts: { kvk: '60000001', email: 'poh@molenplein.test', naam: 'Ellen Visser (POH-ggz)', organisatie: 'Huisartsenpraktijk Molenplein' },
  school: { kvk: '60000002', email: 'ib@devuurtoren.test', naam: 'Mark de Boer (intern begeleider)', organisatie: 'Basisschool De Vuurtoren' },
  corporatie: { kvk: '60000003', email: 'wijkconsulent@woningstichting.test', naam: 'Sandra Kok (wijkconsulent)', organisatie: 'Woningstichting Den Helder' },
  aanbieder: { kvk: '60000004', email: 'planning@aanbieder.test', naam: 'Rob Jansen (zorgplanner)', organisatie: '' },
} as const;

export async function seedPartners(db: SeedDb, gemeenteId: string, today: Date): Promise<number> {
  const aanbieder = (await db.$queryRaw<{ id: string; naam: string }[]>`
    SELECT a."id", a."naam" FROM "Aanbieder" a JOIN "Toewijzing" t ON t."aanbiederId" = a."id"
    WHERE a."gemeenteId" = ${gemeenteId}::uuid AND t."status" <> 'INGETROKKEN' AND (t."einddatum" IS NULL OR t."einddatum" >= ${today}::date)
    GROUP BY a."id", a."naam" ORDER BY count(*) DESC, a."naam" LIMIT 1`)[0];
  const organisatie = (soort: 'HUISARTSENPRAKTIJK' | 'SCHOOL' | 'WONINGCORPORATIE' | 'AANBIEDER', sleutel: keyof typeof DEMO_PARTNERS, naam: string, aanbiederId: string | null = null) =>
    db.partnerOrganisatie.create({
      data: {
        gemeenteId, soort, naam, kvkNummer: DEMO_PARTNERS[sleutel].kvk, aanbiederId,
        gebruikers: { create: { gemeenteId, naam: DEMO_PARTNERS[sleutel].naam, email: DEMO_PARTNERS[sleutel].email, coordinator: true } },
      },
      select: { id: true },
    });
  const huisarts = await organisatie('HUISARTSENPRAKTIJK', 'huisarts', DEMO_PARTNERS.huisarts.organisatie);
  const school = await organisatie('SCHOOL', 'school', DEMO_PARTNERS.school.organisatie);
  await organisatie('WONINGCORPORATIE', 'corporatie', DEMO_PARTNERS.corporatie.organisatie);
  if (aanbieder) await organisatie('AANBIEDER', 'aanbieder', aanbieder.naam, aanbieder.id);

  // Households with a plan in force, an open casus in regie and a first goal, by name.
  const plannen = await db.$queryRaw<{ huishoudenId: string; versieId: string; doelIds: string[]; persoonId: string; regisseurId: string }[]>`
    SELECT o."huishoudenId", pv."id" AS "versieId",
           (SELECT array_agg(d."id" ORDER BY d."volgorde", d."id") FROM "Doel" d WHERE d."planVersieId" = pv."id") AS "doelIds",
           (SELECT l."persoonId" FROM "HuishoudenLidmaatschap" l WHERE l."huishoudenId" = o."huishoudenId" AND l."tot" IS NULL AND l."rol" = 'HOOFDBEWONER' LIMIT 1) AS "persoonId",
           r."regisseurId"
    FROM "Ondersteuningsplan" o
    JOIN "PlanVersie" pv ON pv."planId" = o."id" AND pv."status"::text = ANY(${[...GELDENDE_STATUSSEN] as PlanStatus[]}::text[])
    JOIN "Casus" c ON c."id" = o."casusId" AND c."fase" <> 'AFGESLOTEN'
    JOIN "RegieToewijzing" r ON r."casusId" = c."id" AND r."tot" IS NULL AND r."lead" AND r."regisseurId" IS NOT NULL
    JOIN "Huishouden" h ON h."id" = o."huishoudenId"
    JOIN "User" u ON u."id" = r."regisseurId"
    WHERE o."actueel" AND o."gemeenteId" = ${gemeenteId}::uuid
      AND NOT EXISTS (SELECT 1 FROM "PlanVersie" later WHERE later."planId" = o."id" AND later."versienummer" > pv."versienummer")
      AND EXISTS (SELECT 1 FROM "Doel" d WHERE d."planVersieId" = pv."id")
    ORDER BY (u."email" = 'wijkcoach@wijkregie.test') DESC, h."naam", h."id" LIMIT 4`;
  let acties = 0;
  for (const [i, p] of plannen.entries()) {
    if (!p.persoonId) continue;
    const toestemming = (partnerOrganisatieId: string, partij: string, deeltContactgegevens: boolean) => db.toestemming.create({
      data: {
        gemeenteId, huishoudenId: p.huishoudenId, persoonId: p.persoonId, soort: 'DELEN_MET_PARTIJ', partij, partnerOrganisatieId, doel: PARTNER_DOEL,
        wijze: 'SCHRIFTELIJK', gegevenOp: addCalendarDays(today, -14), vastgelegdDoorId: p.regisseurId, deeltContactgegevens,
      },
    });
    // Every household: the huisarts; the first two: the school as well (its action on another goal when there is one).
    await db.actie.create({
      data: {
        planVersieId: p.versieId, doelId: p.doelIds[0], wie: 'PROFESSIONAL', wieNaam: 'POH-ggz', wat: 'Afstemming met de POH-ggz van de huisarts',
        uiterlijk: addCalendarDays(today, 7 + 7 * i), partnerOrganisatieId: huisarts.id,
      },
    });
    // The fourth household has not consented yet: the e2e journey records its consent (issue 22, Done-when).
    if (i < 3) await toestemming(huisarts.id, DEMO_PARTNERS.huisarts.organisatie, true);
    acties++;
    if (i < 2) {
      await db.actie.create({
        data: {
          planVersieId: p.versieId, doelId: p.doelIds[1] ?? p.doelIds[0], wie: 'PROFESSIONAL', wieNaam: 'Intern begeleider', wat: 'Overleg met de intern begeleider van school',
          uiterlijk: addCalendarDays(today, -3 + 10 * i), partnerOrganisatieId: school.id,
        },
      });
      await toestemming(school.id, DEMO_PARTNERS.school.organisatie, false);
      acties++;
    }
  }
  return acties;
}
