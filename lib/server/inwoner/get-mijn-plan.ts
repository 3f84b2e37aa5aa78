import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { BEVROREN_STATUSSEN } from '@/lib/domain/plan';
import type { PlanStatus } from '@/lib/generated/prisma/enums';
import { recordInwonerAudit, zichtbarePersonen } from '@/lib/server/access/inwoner-access';
import { persoonNaam } from '@/lib/server/plan/shared';

/**
 * Issue 21, "Mijn plan": the household's plan in force and its concept (a newer version being written or lying ter
 * akkoord), in the household's own words: goals, what they do themselves, what the network and professionals do, the
 * arrangement; the resident's own progress per goal and the answers given online. A goal or arrangement item of a
 * person whose part the resident does not see (a partner, a child of 16 or older, a child without their gezag) is
 * left out. Logged.
 */
export async function getMijnPlan(inwoner: InwonerActor, now = new Date()) {
  return leesZonderTransactie(async (tx) => {
    const personen = new Set(await zichtbarePersonen(inwoner, now, tx));
    const plan = await tx.ondersteuningsplan.findFirst({
      where: { huishoudenId: inwoner.huishoudenId, gemeenteId: inwoner.gemeenteId, actueel: true },
      select: { id: true, versies: { orderBy: { versienummer: 'desc' }, select: { id: true, status: true } } },
    });
    await recordInwonerAudit(tx, inwoner, { actie: 'READ', entiteit: 'Ondersteuningsplan', entiteitId: plan?.id ?? null });
    if (!plan) return { geldend: null, concept: null };
    const geldendId = plan.versies.find((v) => (BEVROREN_STATUSSEN as PlanStatus[]).includes(v.status) && v.status !== 'VERVANGEN')?.id ?? null;
    const conceptId = plan.versies.find((v) => v.status === 'CONCEPT' || v.status === 'TER_AKKOORD')?.id ?? null;
    return {
      geldend: geldendId ? await versieVoorInwoner(tx, inwoner, geldendId, personen) : null,
      concept: conceptId ? await versieVoorInwoner(tx, inwoner, conceptId, personen) : null,
    };
  });
}

async function versieVoorInwoner(tx: Tx, inwoner: InwonerActor, versieId: string, personen: Set<string>) {
  const versie = await tx.planVersie.findUniqueOrThrow({
    where: { id: versieId },
    select: {
      id: true, versienummer: true, status: true, version: true, watGaatGoed: true, evaluatieDatum: true,
      akkoordInwonerOp: true, akkoordWijze: true, vastgesteldOp: true, contactpersoonId: true, monitorDoorId: true,
      doelen: { orderBy: [{ volgorde: 'asc' }, { id: 'asc' }], select: { id: true, label: true, persoonId: true, omschrijving: true, horizon: true, zichtbaarAan: true } },
      acties: { orderBy: [{ uiterlijk: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }], select: { id: true, doelId: true, wie: true, wieNaam: true, wat: true, uiterlijk: true, status: true } },
      arrangement: {
        orderBy: [{ soort: 'asc' }, { id: 'asc' }],
        select: { id: true, soort: true, omschrijving: true, persoonId: true, voorziening: { select: { naam: true, telefoon: true, website: true } }, product: { select: { naam: true } } },
      },
    },
  });
  const zichtbaar = (persoonId: string | null) => persoonId === null || personen.has(persoonId);
  const doelen = versie.doelen.filter((d) => zichtbaar(d.persoonId));
  const doelIds = new Set(doelen.map((d) => d.id));
  const ids = [...new Set([...doelen.map((d) => d.persoonId), ...versie.arrangement.map((a) => a.persoonId)].filter((id): id is string => Boolean(id)))];
  const namen = new Map((await tx.persoon.findMany({ where: { id: { in: ids } }, select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } })).map((p) => [p.id, persoonNaam(p)]));
  const [voortgang, reacties, regisseur] = await Promise.all([
    tx.doelVoortgang.findMany({ where: { doelId: { in: [...doelIds] } }, orderBy: { op: 'desc' }, select: { id: true, doelId: true, persoonId: true, schaal: true, tekst: true, op: true } }),
    tx.planReactie.findMany({ where: { planVersieId: versie.id }, orderBy: { op: 'desc' }, select: { id: true, soort: true, opmerking: true, op: true, persoonId: true } }),
    tx.user.findFirst({ where: { id: versie.contactpersoonId ?? versie.monitorDoorId ?? undefined }, select: { naam: true, telefoon: true, email: true } }),
  ]);
  return {
    id: versie.id, versienummer: versie.versienummer, status: versie.status, version: versie.version,
    watGaatGoed: versie.watGaatGoed, evaluatieDatum: versie.evaluatieDatum, vastgesteldOp: versie.vastgesteldOp,
    akkoordInwonerOp: versie.akkoordInwonerOp, akkoordWijze: versie.akkoordWijze,
    regisseur: versie.contactpersoonId || versie.monitorDoorId ? regisseur : null,
    doelen: doelen.map((d) => ({
      id: d.id, leefgebied: d.label, omschrijving: d.omschrijving, horizon: d.horizon, zichtbaarAan: d.zichtbaarAan,
      voor: d.persoonId ? namen.get(d.persoonId) ?? null : null,
      acties: versie.acties.filter((a) => a.doelId === d.id),
      voortgang: voortgang.filter((v) => v.doelId === d.id).slice(0, 5).map((v) => ({ ...v, vanMij: v.persoonId === inwoner.persoonId })),
    })),
    algemeneActies: versie.acties.filter((a) => a.doelId === null),
    arrangement: versie.arrangement.filter((a) => zichtbaar(a.persoonId)).map((a) => ({
      id: a.id, soort: a.soort, omschrijving: a.omschrijving, voor: a.persoonId ? namen.get(a.persoonId) ?? null : null,
      voorziening: a.voorziening, product: a.product?.naam ?? null,
    })),
    // Only the resident's own answers: a partner's remark is theirs.
    reacties: reacties.filter((r) => r.persoonId === inwoner.persoonId),
  };
}

export type MijnPlan = Awaited<ReturnType<typeof getMijnPlan>>;
export type MijnPlanVersie = NonNullable<MijnPlan['concept']>;
