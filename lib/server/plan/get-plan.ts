import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, can, type Actor } from '@/lib/auth/permissions';
import { isEvaluatieFase, nextSteps, PLAN_START_FASEN, refusalReasons } from '@/lib/domain/casus-transitions';
import { toCalendarDay } from '@/lib/domain/dates';
import {
  isBewerkbaar,
  isEvalueerbaar,
  kanNieuweVersie,
  planRefusalReasons,
  standaardWaakvlam,
  BEVROREN_STATUSSEN,
} from '@/lib/domain/plan';
import type { Fase, PlanStatus } from '@/lib/generated/prisma/enums';
import { casusFacts } from '@/lib/server/casus/casus-facts';
import { loadVersie, mandatenVan, persoonNaam, planAudit, planFacts, planLeesToegang, type VersieMetInhoud } from './shared';

/** A version as the plan tab shows it: its parts with names, the aanvragen made from it. */
async function versieWeergave(tx: Tx, versie: VersieMetInhoud) {
  const persoonIds = [...versie.doelen.map((d) => d.persoonId), ...versie.arrangement.map((a) => a.persoonId)].filter((id): id is string => Boolean(id));
  const userIds = [versie.monitorDoorId, versie.contactpersoonId, versie.opgesteldDoorId, versie.vastgesteldDoorId].filter((id): id is string => Boolean(id));
  const personen = await tx.persoon.findMany({ where: { id: { in: persoonIds } }, select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } });
  const users = await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, naam: true, telefoon: true, email: true } });
  // Issue 21: what the household said in Mijn plan — its online answers to this version, its progress per goal.
  const [reacties, voortgang] = await Promise.all([
    tx.planReactie.findMany({ where: { planVersieId: versie.id }, orderBy: { op: 'desc' }, select: { id: true, soort: true, opmerking: true, wijze: true, op: true, persoonId: true } }),
    tx.doelVoortgang.findMany({ where: { doelId: { in: versie.doelen.map((d) => d.id) } }, orderBy: { op: 'desc' }, select: { id: true, doelId: true, schaal: true, tekst: true, op: true, persoonId: true } }),
  ]);
  const inbrengDoor = new Map((await tx.persoon.findMany({
    where: { id: { in: [...reacties, ...voortgang].map((r) => r.persoonId) } }, select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true },
  })).map((p) => [p.id, persoonNaam(p)]));
  const persoon = new Map(personen.map((p) => [p.id, persoonNaam(p)]));
  const user = new Map(users.map((u) => [u.id, u]));
  const naamVan = (id: string | null) => (id && user.get(id)?.naam) || null;
  return {
    id: versie.id,
    versienummer: versie.versienummer,
    status: versie.status,
    version: versie.version,
    watGaatGoed: versie.watGaatGoed,
    evaluatieDatum: versie.evaluatieDatum,
    akkoordInwonerOp: versie.akkoordInwonerOp,
    akkoordWijze: versie.akkoordWijze,
    vastgesteldOp: versie.vastgesteldOp,
    vastgesteldDoor: naamVan(versie.vastgesteldDoorId),
    opgesteldDoor: naamVan(versie.opgesteldDoorId),
    createdAt: versie.createdAt,
    monitor: naamVan(versie.monitorDoorId),
    contactpersoon: versie.contactpersoonId ? user.get(versie.contactpersoonId) ?? null : null,
    vragen: versie.vragen.map((v) => ({ id: v.id, leefgebied: v.label, tekst: v.tekst })),
    doelen: versie.doelen.map((d, i) => ({
      id: d.id,
      nummer: i + 1,
      leefgebied: d.label,
      persoon: d.persoonId ? persoon.get(d.persoonId) ?? null : null,
      omschrijving: d.omschrijving,
      horizon: d.horizon,
      zichtbaarAan: d.zichtbaarAan,
      voortgang: voortgang.filter((v) => v.doelId === d.id).map((v) => ({ id: v.id, schaal: v.schaal, tekst: v.tekst, op: v.op, door: inbrengDoor.get(v.persoonId) ?? null })),
    })),
    inwonerReacties: reacties.map((r) => ({ id: r.id, soort: r.soort, opmerking: r.opmerking, wijze: r.wijze, op: r.op, door: inbrengDoor.get(r.persoonId) ?? null })),
    acties: versie.acties.map((a) => ({ id: a.id, doelId: a.doelId, wie: a.wie, wieNaam: a.wieNaam, wat: a.wat, uiterlijk: a.uiterlijk, status: a.status })),
    arrangement: versie.arrangement.map((a) => ({
      id: a.id,
      soort: a.soort,
      omschrijving: a.omschrijving,
      persoon: a.persoonId ? persoon.get(a.persoonId) ?? null : null,
      voorziening: a.voorziening,
      product: a.product && { code: a.product.code, naam: a.product.naam, wet: a.product.wet },
      leveringsvorm: a.leveringsvorm,
      overwogen: { eigenKracht: a.eigenKrachtOverwogen, netwerk: a.netwerkOverwogen, algemeneVoorziening: a.algemeneVoorzieningOverwogen },
      overwegingToelichting: a.overwegingToelichting,
      aanvraag: a.aanvraag,
    })),
  };
}

export type PlanVersieWeergave = Awaited<ReturnType<typeof versieWeergave>>;

/**
 * The plan tab (app/(app)/huishoudens/[huishoudenId]/plan): the household's current plan, one version of it (the
 * newest unless asked), the steps the actor can take now with the reasons a step is blocked, the version history and
 * the evaluations, and the casus's closing or reopening. Need-to-know first; one access-log row.
 */
export async function getPlan(actor: Actor, huishoudenId: string, opties: { versienummer?: number } = {}, now = new Date()) {
  assertPermission(actor, 'dossier:read');
  const today = toCalendarDay(now);
  return leesZonderTransactie(async (tx) => {
    await planLeesToegang(actor, huishoudenId);
    const huishouden = await tx.huishouden.findUniqueOrThrow({ where: { id: huishoudenId }, select: { id: true, naam: true } });
    const plan = await tx.ondersteuningsplan.findFirst({
      where: { huishoudenId, actueel: true },
      select: { id: true, casusId: true, versies: { orderBy: { versienummer: 'desc' }, select: { id: true, versienummer: true, status: true, createdAt: true, vastgesteldOp: true, opgesteldDoorId: true } } },
    });
    const casus = await tx.casus.findFirst({
      where: { huishoudenId, gemeenteId: actor.gemeenteId, ...(plan ? { id: plan.casusId } : {}) },
      orderBy: [{ geopendOp: 'desc' }],
      select: { id: true, huishoudenId: true, nummer: true, fase: true, version: true, veiligheid: true, afgeslotenOp: true, afsluitreden: true, waakvlamOp: true, heropendOp: true },
    });
    // A newer open casus without a plan yet: the old plan is history, the new casus starts its own.
    const openCasus = await tx.casus.findFirst({ where: { huishoudenId, fase: { not: 'AFGESLOTEN' } }, select: { id: true, fase: true } });
    await planAudit(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Ondersteuningsplan', entiteitId: plan?.id ?? null });

    const gemeente = await tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { waakvlamStandaardDagen: true } });
    const magSchrijven = can(actor, 'plan:write');
    const casusData = casus && {
      ...casus,
      afsluiten: casus.fase === 'EVALUATIE' && can(actor, 'casus:afsluiten')
        ? refusalReasons(await casusFacts(tx, actor, casus, { afsluitreden: 'opgegeven' }), 'AFGESLOTEN')
        : null,
      heropenen: casus.fase === 'AFGESLOTEN' && can(actor, 'casus:heropenen') && !openCasus
        ? await (async () => {
            // The AFGESLOTEN row of the route table: where the casus can go on.
            return nextSteps(await casusFacts(tx, actor, casus)).map(({ to, reasons }) => ({ naar: to, reasons }));
          })()
        : null,
    };
    const kanStarten = magSchrijven && Boolean(openCasus && PLAN_START_FASEN.includes(openCasus.fase)) && (!plan || plan.casusId !== openCasus?.id);

    if (!plan || plan.versies.length === 0) {
      return { huishouden, casus: casusData, kanStarten, plan: null, waakvlamStandaard: standaardWaakvlam(today, gemeente.waakvlamStandaardDagen) };
    }

    const nieuwste = plan.versies[0];
    const gekozen = plan.versies.find((v) => v.versienummer === opties.versienummer) ?? nieuwste;
    const versie = await loadVersie(tx, actor, huishoudenId, gekozen.id);
    const facts = planFacts(versie, await mandatenVan(tx, actor.id), today);
    const isNieuwste = gekozen.id === nieuwste.id;
    const inBewerking = plan.versies.find((v) => v.status === 'CONCEPT' || v.status === 'TER_AKKOORD') ?? null;
    const geldend = plan.versies.find((v) => (BEVROREN_STATUSSEN as PlanStatus[]).includes(v.status) && v.status !== 'VERVANGEN') ?? null;
    const casusOpen = casus !== null && casus.fase !== 'AFGESLOTEN' && plan.casusId === casus.id;

    const stappen = {
      bewerken: isNieuwste && magSchrijven && isBewerkbaar(versie.status),
      voorleggen: isNieuwste && magSchrijven && versie.status === 'CONCEPT' ? planRefusalReasons(facts, 'TER_AKKOORD') : null,
      terugNaarConcept: isNieuwste && magSchrijven && versie.status === 'TER_AKKOORD',
      akkoord: isNieuwste && magSchrijven && versie.status === 'TER_AKKOORD',
      vaststellen: isNieuwste && versie.status === 'TER_AKKOORD' && can(actor, 'plan:vaststellen') ? planRefusalReasons(facts, 'VASTGESTELD') : null,
      nieuweVersie: magSchrijven && casusOpen && !inBewerking && geldend?.id === versie.id && kanNieuweVersie(versie.status),
      evalueren: magSchrijven && casusOpen && isEvalueerbaar(versie.status) && geldend?.id === versie.id && isEvaluatieFase(casus.fase),
      actieStatus: magSchrijven && casusOpen && isEvalueerbaar(versie.status),
    };

    const evaluaties = await tx.evaluatie.findMany({
      where: { planVersie: { planId: plan.id } },
      orderBy: { datum: 'desc' },
      select: {
        id: true, datum: true, besluit: true, toelichting: true, doorId: true,
        planVersie: { select: { versienummer: true } },
        doelen: { select: { resultaat: true, toelichting: true, doel: { select: { omschrijving: true } } } },
      },
    });
    const namen = new Map(
      (await tx.user.findMany({ where: { id: { in: [...evaluaties.map((e) => e.doorId), ...plan.versies.map((v) => v.opgesteldDoorId)] } }, select: { id: true, naam: true } })).map((u) => [u.id, u.naam]),
    );

    return {
      huishouden,
      casus: casusData,
      kanStarten,
      waakvlamStandaard: standaardWaakvlam(today, gemeente.waakvlamStandaardDagen),
      plan: {
        id: plan.id,
        versies: plan.versies.map((v) => ({ ...v, opgesteldDoor: namen.get(v.opgesteldDoorId) ?? null })),
        inBewerking: inBewerking && { versienummer: inBewerking.versienummer, status: inBewerking.status },
        geldendVersienummer: geldend?.versienummer ?? null,
        isNieuwste,
        versie: await versieWeergave(tx, versie),
        stappen,
        evaluaties: evaluaties.map((e) => ({
          id: e.id, datum: e.datum, besluit: e.besluit, toelichting: e.toelichting, door: namen.get(e.doorId) ?? null,
          versienummer: e.planVersie.versienummer,
          doelen: e.doelen.map((d) => ({ omschrijving: d.doel.omschrijving, resultaat: d.resultaat, toelichting: d.toelichting })),
        })),
      },
    };
  });
}

export type PlanTab = Awaited<ReturnType<typeof getPlan>>;
