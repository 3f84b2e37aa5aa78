import 'server-only';
import type { prisma, Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { formatDatum } from '@/lib/domain/dates';
import {
  ACTIE_STATUS_LABELS,
  ARRANGEMENT_SOORT_LABELS,
  HORIZON_LABELS,
  LEVERINGSVORM_LABELS,
  UITVOERDER_LABELS,
} from '@/lib/domain/labels';
import { conflictMelding, kanNieuweVersie, type MaatwerkFeit, type PlanFacts, type PlanWijzigingFeit } from '@/lib/domain/plan';
import type { PlanInhoud } from '@/lib/domain/plan-diff';
import type { MandaatFeit } from '@/lib/domain/mandaat';
import { assertHouseholdAccess, findHouseholdAccess, householdAccessForView } from '@/lib/server/access/household-access';
import type { AuditInput } from '@/lib/server/audit/record';
import { isUuid } from '@/lib/domain/ids';


/** volledigeNaam of lib/domain/naam.ts, under the name existing callers use. */
import { volledigeNaam as persoonNaam } from '@/lib/domain/naam';
export { persoonNaam };

export const PLAN_NIET_GEVONDEN = 'Dit plan bestaat niet (meer).';

/**
 * Need-to-know before anything of the household is read: a household of the actor's gemeente that they may open.
 * Writes no row: the use case writes its one access-log row with what it did (planAudit) at the end of its
 * transaction, so the row and the change stand or fall together.
 */
export async function planToegang(tx: Tx, actor: Actor, huishoudenId: string) {
  if (!isUuid(huishoudenId)) throw new DomainError('NOT_FOUND', ['Dit huishouden bestaat niet (meer).']);
  const ground = await findHouseholdAccess(actor, huishoudenId, tx);
  if (!ground) {
    const exists = await tx.huishouden.count({ where: { id: huishoudenId, gemeenteId: actor.gemeenteId } });
    if (!exists) throw new DomainError('NOT_FOUND', ['Dit huishouden bestaat niet (meer).']);
    throw new DomainError('FORBIDDEN', ['Je hebt geen toegang tot dit huishouden.']);
  }
  return ground;
}

/**
 * planToegang for a plan page's read: the same refusals, on the check the dossier layout of the same request already
 * made (householdAccessForView), so a view of a plan tab is one access check.
 */
export async function planLeesToegang(actor: Actor, huishoudenId: string) {
  const { gevonden, grond } = await householdAccessForView(actor, huishoudenId);
  if (!gevonden) throw new DomainError('NOT_FOUND', ['Dit huishouden bestaat niet (meer).']);
  if (!grond) throw new DomainError('FORBIDDEN', ['Je hebt geen toegang tot dit huishouden.']);
  return grond;
}

/** The access-log row of a plan use case (who, what, whose, why), in its transaction. */
export const planAudit = (tx: Tx, actor: Actor, huishoudenId: string, audit: Omit<AuditInput, 'huishoudenId' | 'context' | 'breakTheGlass'>) =>
  assertHouseholdAccess(tx, actor, huishoudenId, audit);

export const VERSIE_INHOUD = {
  vragen: { orderBy: { label: 'asc' } },
  doelen: { orderBy: [{ volgorde: 'asc' }, { id: 'asc' }] },
  acties: { orderBy: [{ uiterlijk: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }] },
  arrangement: {
    orderBy: [{ soort: 'asc' }, { id: 'asc' }],
    include: {
      voorziening: { select: { id: true, naam: true, telefoon: true, website: true } },
      product: { select: { id: true, code: true, naam: true, wet: true, actiefVan: true, actiefTot: true, leveringsvormen: true } },
      aanvraag: { select: { id: true, nummer: true, status: true, ontvangenOp: true } },
    },
  },
  plan: { select: { id: true, huishoudenId: true, casusId: true, actueel: true } },
} satisfies Prisma.PlanVersieInclude;

export type VersieMetInhoud = Prisma.PlanVersieGetPayload<{ include: typeof VERSIE_INHOUD }>;

/** A version of the household's plan in the actor's gemeente, with its parts; NOT_FOUND otherwise. */
export async function loadVersie(tx: Tx, actor: Actor, huishoudenId: string, versieId: string): Promise<VersieMetInhoud> {
  const versie = await tx.planVersie.findFirst({
    where: { id: versieId, gemeenteId: actor.gemeenteId, plan: { huishoudenId } },
    include: VERSIE_INHOUD,
  });
  if (!versie) throw new DomainError('NOT_FOUND', [PLAN_NIET_GEVONDEN]);
  return versie;
}

export const maatwerkFeiten = (versie: VersieMetInhoud): MaatwerkFeit[] =>
  versie.arrangement
    .filter((a) => a.soort === 'MAATWERK')
    .map((a) => ({
      omschrijving: a.omschrijving,
      productId: a.productId,
      productNaam: a.product?.naam ?? null,
      wet: a.product?.wet ?? null,
      persoonId: a.persoonId,
      leveringsvorm: a.leveringsvorm,
      productActief: a.product ? { van: a.product.actiefVan, tot: a.product.actiefTot } : null,
      productLeveringsvormen: a.product?.leveringsvormen ?? [],
    }));

export const planFacts = (versie: VersieMetInhoud, mandaten: readonly MandaatFeit[], today: Date): PlanFacts => ({
  status: versie.status,
  aantalDoelen: versie.doelen.length,
  evaluatieDatum: versie.evaluatieDatum,
  monitorDoorId: versie.monitorDoorId,
  akkoordInwonerOp: versie.akkoordInwonerOp,
  akkoordWijze: versie.akkoordWijze,
  maatwerk: maatwerkFeiten(versie),
  mandaten,
  today,
});

export const mandatenVan = (tx: Tx, userId: string): Promise<MandaatFeit[]> =>
  tx.mandaat.findMany({ where: { userId }, select: { soort: true, wet: true, productId: true, vanaf: true, tot: true } });

// ───────────── Content as it reads ─────────────

/** The plan as it reads (labels and names): what the diff between versions and the conflict message compare. */
export async function planInhoudVan(tx: Tx, versie: VersieMetInhoud): Promise<PlanInhoud> {
  const userIds = [versie.monitorDoorId, versie.contactpersoonId].filter((id): id is string => Boolean(id));
  const persoonIds = [...versie.doelen.map((d) => d.persoonId), ...versie.arrangement.map((a) => a.persoonId)].filter((id): id is string => Boolean(id));
  const users = userIds.length ? await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, naam: true } }) : [];
  const personen = persoonIds.length
    ? await tx.persoon.findMany({ where: { id: { in: persoonIds } }, select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } })
    : [];
  const userNaam = new Map(users.map((u) => [u.id, u.naam]));
  const persoon = new Map(personen.map((p) => [p.id, persoonNaam(p)]));
  const doelTekst = new Map(versie.doelen.map((d) => [d.id, d.omschrijving]));
  return {
    watGaatGoed: versie.watGaatGoed ?? '',
    monitor: (versie.monitorDoorId && userNaam.get(versie.monitorDoorId)) || '',
    contactpersoon: (versie.contactpersoonId && userNaam.get(versie.contactpersoonId)) || '',
    evaluatieDatum: versie.evaluatieDatum ? formatDatum(versie.evaluatieDatum) : '',
    vragen: versie.vragen.map((v) => ({ leefgebied: v.label, tekst: v.tekst })),
    doelen: versie.doelen.map((d) => ({
      leefgebied: d.label,
      persoon: (d.persoonId && persoon.get(d.persoonId)) || '',
      omschrijving: d.omschrijving,
      horizon: HORIZON_LABELS[d.horizon],
      zichtbaarAan: d.zichtbaarAan,
    })),
    acties: versie.acties.map((a) => ({
      wat: a.wat,
      wie: a.wieNaam ? `${UITVOERDER_LABELS[a.wie]} (${a.wieNaam})` : UITVOERDER_LABELS[a.wie],
      doel: (a.doelId && doelTekst.get(a.doelId)) || '',
      uiterlijk: a.uiterlijk ? formatDatum(a.uiterlijk) : '',
      status: ACTIE_STATUS_LABELS[a.status],
    })),
    arrangement: versie.arrangement.map((a) => ({
      soort: ARRANGEMENT_SOORT_LABELS[a.soort],
      omschrijving: a.omschrijving,
      voorziening: a.voorziening?.naam ?? '',
      product: a.product ? `${a.product.code} ${a.product.naam}` : '',
      persoon: (a.persoonId && persoon.get(a.persoonId)) || '',
      leveringsvorm: a.leveringsvorm ? LEVERINGSVORM_LABELS[a.leveringsvorm] : '',
    })),
  };
}

/** Who did what to this version since `sindsVersion`, from the access log (ids and changed parts only). */
export async function wijzigingenSinds(tx: Tx, versieId: string, sindsVersion: number, actorId?: string): Promise<PlanWijzigingFeit[]> {
  const rows = await tx.auditEntry.findMany({
    where: { entiteit: 'PlanVersie', entiteitId: versieId, after: { path: ['version'], gt: sindsVersion } },
    orderBy: { op: 'asc' },
    select: { actie: true, op: true, actorId: true, after: true },
  });
  const users = await tx.user.findMany({ where: { id: { in: rows.map((r) => r.actorId).filter((id): id is string => Boolean(id)) } }, select: { id: true, naam: true } });
  const naam = new Map(users.map((u) => [u.id, u.naam]));
  return rows.map((r) => {
    const after = (r.after ?? {}) as { onderdelen?: unknown };
    return {
      door: (r.actorId && naam.get(r.actorId)) || 'Een collega',
      zelf: Boolean(actorId) && r.actorId === actorId,
      op: r.op,
      actie: r.actie,
      onderdelen: Array.isArray(after.onderdelen) ? after.onderdelen.filter((o): o is string => typeof o === 'string') : [],
    };
  });
}

/** STALE_VERSION with the conflict message: who changed the version since it was opened (the caller: "Je"). */
export async function conflict(tx: Tx, versieId: string, sindsVersion: number, verschillen: string[] = [], nu = new Date(), actorId?: string): Promise<DomainError> {
  return new DomainError('STALE_VERSION', conflictMelding(await wijzigingenSinds(tx, versieId, sindsVersion, actorId), verschillen, nu));
}

/**
 * A new CONCEPT version that copies `bron` (bijstellen, or a change to a vastgesteld plan): every part with new ids,
 * actions keep their goal and their progress. The database refuses a second version in the making
 * (PlanVersie_een_versie_in_bewerking).
 */
export async function kopieerVersie(tx: Tx, actor: Actor, bron: VersieMetInhoud): Promise<{ id: string; versienummer: number }> {
  const laatste = await tx.planVersie.aggregate({ where: { planId: bron.planId }, _max: { versienummer: true } });
  const versienummer = (laatste._max.versienummer ?? bron.versienummer) + 1;
  const id = crypto.randomUUID();
  await tx.planVersie.create({
    data: {
      id,
      gemeenteId: bron.gemeenteId,
      planId: bron.planId,
      versienummer,
      status: 'CONCEPT',
      watGaatGoed: bron.watGaatGoed,
      monitorDoorId: bron.monitorDoorId,
      contactpersoonId: bron.contactpersoonId,
      evaluatieDatum: null,
      vorigeVersieId: bron.id,
      opgesteldDoorId: actor.id,
    },
  });
  const doelIds = new Map(bron.doelen.map((d) => [d.id, crypto.randomUUID()]));
  await tx.planVraag.createMany({ data: bron.vragen.map((v) => ({ planVersieId: id, leefgebiedId: v.leefgebiedId, label: v.label, tekst: v.tekst })) });
  await tx.doel.createMany({
    data: bron.doelen.map((d) => ({
      id: doelIds.get(d.id)!, planVersieId: id, leefgebiedId: d.leefgebiedId, label: d.label, persoonId: d.persoonId,
      omschrijving: d.omschrijving, horizon: d.horizon, zichtbaarAan: d.zichtbaarAan, volgorde: d.volgorde,
    })),
  });
  await tx.actie.createMany({
    data: bron.acties.map((a) => ({
      planVersieId: id, doelId: a.doelId ? doelIds.get(a.doelId) ?? null : null, wie: a.wie, wieNaam: a.wieNaam, wat: a.wat,
      uiterlijk: a.uiterlijk, status: a.status, partnerOrganisatieId: a.partnerOrganisatieId, gedeeld: a.gedeeld,
    })),
  });
  await tx.arrangementItem.createMany({
    data: bron.arrangement.map((a) => ({
      planVersieId: id, soort: a.soort, omschrijving: a.omschrijving, persoonId: a.persoonId,
      doelId: a.doelId ? doelIds.get(a.doelId) ?? null : null, voorzieningId: a.voorzieningId, productId: a.productId,
      leveringsvorm: a.leveringsvorm, eigenKrachtOverwogen: a.eigenKrachtOverwogen, netwerkOverwogen: a.netwerkOverwogen,
      algemeneVoorzieningOverwogen: a.algemeneVoorzieningOverwogen, overwegingToelichting: a.overwegingToelichting,
    })),
  });
  return { id, versienummer };
}

/**
 * The concept of the next version, copied from `bron` (a vastgesteld version of the actual plan of a casus that is not
 * afgesloten), with its access-log row: the plan editor's "Nieuwe versie" and a partner's proposal taken over
 * (issue 22) start a version the same way. The caller maps the unique violation of a second version in the making.
 */
export async function startVolgendeVersie(tx: Tx, actor: Actor, huishoudenId: string, bron: VersieMetInhoud): Promise<{ id: string; versienummer: number }> {
  if (!kanNieuweVersie(bron.status)) {
    throw new DomainError('TRANSITION_REFUSED', [
      bron.status === 'VERVANGEN' ? 'Deze versie is al vervangen. Maak een nieuwe versie vanuit de geldende versie.' : 'Deze versie is nog niet vastgesteld. Werk in deze versie verder.',
    ]);
  }
  const casus = await tx.casus.findUniqueOrThrow({ where: { id: bron.plan.casusId }, select: { fase: true } });
  if (casus.fase === 'AFGESLOTEN') throw new DomainError('TRANSITION_REFUSED', ['De casus is afgesloten. Heropen de casus eerst.']);
  if (!bron.plan.actueel) throw new DomainError('TRANSITION_REFUSED', ['Dit plan is niet meer het actuele plan van het huishouden.']);
  const nieuw = await kopieerVersie(tx, actor, bron);
  await planAudit(tx, actor, huishoudenId, {
    actie: 'PLAN_NIEUWE_VERSIE',
    entiteit: 'PlanVersie',
    entiteitId: nieuw.id,
    after: { version: 1, status: 'CONCEPT', versienummer: nieuw.versienummer, vorigeVersieId: bron.id },
  });
  return nieuw;
}

/** Number and status of plan versions by id (a partner's proposal names the version it was taken into). */
export async function versiesVan(db: Tx | typeof prisma, ids: readonly (string | null)[]): Promise<Map<string, { versienummer: number; status: string }>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map();
  const versies = await db.planVersie.findMany({ where: { id: { in: wanted } }, select: { id: true, versienummer: true, status: true } });
  return new Map(versies.map((v) => [v.id, { versienummer: v.versienummer, status: v.status }]));
}

export const VERSIE_IN_BEWERKING = 'Er is al een nieuwe versie van dit plan in bewerking. Werk daarin verder.';
