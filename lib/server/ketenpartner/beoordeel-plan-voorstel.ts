import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { GELDENDE_STATUSSEN } from '@/lib/domain/plan';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { PlanStatus } from '@/lib/generated/prisma/enums';
import { recordHouseholdAccess } from '@/lib/server/access/household-access';
import { loadVersie, planToegang, startVolgendeVersie, type VersieMetInhoud } from '@/lib/server/plan/shared';
import { TER_AKKOORD_NIET_BEWERKEN } from '@/lib/server/plan/save-plan-concept';
import type { VoorstelBeoordelenInput } from '@/lib/validations/partner';

export const GEEN_PLAN = 'Dit huishouden heeft nog geen plan. Maak eerst een plan; neem het voorstel daarna over.';
export const VERSIE_NET_GEMAAKT = 'Er is net een nieuwe versie van het plan gemaakt. Open het plan opnieuw en neem het voorstel dan over.';

const dag = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * Issue 22: the regisseur declines a partner's proposal, or takes it over: then it is written into the concept of the
 * next plan version — a new action (for its goal, with the partner organisation as executor, and its term) or the
 * change of the partner's action. With no version in the making, the concept is started from the version in force
 * the way the plan editor starts one (startVolgendeVersie). The regisseur still decides: the concept is vastgesteld
 * as any other. When the concept has meanwhile changed (or removed) the same action or goal, the proposal is refused
 * rather than overwriting that change. One transaction: the proposal's status, the concept (its version bumped with
 * the lock of a save, so an editor left open gets the conflict message), the access-log rows.
 */
export async function beoordeelPlanVoorstel(actor: Actor, input: VoorstelBeoordelenInput, now = new Date()): Promise<{ versienummer: number | null }> {
  assertPermission(actor, 'plan:write');
  try {
    return await prisma.$transaction(async (tx) => {
      const grond = await planToegang(tx, actor, input.huishoudenId);
      const voorstel = await tx.partnerVoorstel.findFirst({
        where: { id: input.voorstelId, huishoudenId: input.huishoudenId, gemeenteId: actor.gemeenteId },
        select: { id: true, status: true, organisatieId: true, actieId: true, doelId: true, wat: true, uiterlijk: true },
      });
      if (!voorstel) throw new DomainError('NOT_FOUND', ['Dit voorstel bestaat niet.']);
      if (voorstel.status !== 'OPEN') throw new DomainError('TRANSITION_REFUSED', ['Over dit voorstel is al besloten.']);
      const opgenomen = input.besluit === 'OVERGENOMEN' ? await neemOpInConcept(tx, actor, input.huishoudenId, voorstel, grond) : null;
      const { count } = await tx.partnerVoorstel.updateMany({
        where: { id: voorstel.id, version: input.version, status: 'OPEN' },
        data: { status: input.besluit, beoordeeldOp: now, beoordeeldDoorId: actor.id, opgenomenInVersieId: opgenomen?.id ?? null, version: { increment: 1 } },
      });
      if (count === 0) throw new DomainError('STALE_VERSION');
      await recordHouseholdAccess(tx, actor, input.huishoudenId, grond, {
        actie: 'PARTNER_VOORSTEL_BEOORDEELD', entiteit: 'PartnerVoorstel', entiteitId: voorstel.id,
        after: { besluit: input.besluit, opgenomenInVersieId: opgenomen?.id ?? null },
      });
      return { versienummer: opgenomen?.versienummer ?? null };
    });
  } catch (error) {
    // PlanVersie_een_versie_in_bewerking: a colleague started the next version at the same moment.
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [VERSIE_NET_GEMAAKT]);
    throw error;
  }
}

type Voorstel = { id: string; organisatieId: string; actieId: string | null; doelId: string | null; wat: string; uiterlijk: Date | null };

/** The concept the proposal goes into: the version in the making, or a new one copied from the version in force. */
async function conceptVoor(tx: Tx, actor: Actor, huishoudenId: string): Promise<VersieMetInhoud> {
  const versies = await tx.planVersie.findMany({
    where: { gemeenteId: actor.gemeenteId, plan: { huishoudenId, actueel: true }, status: { in: ['CONCEPT', 'TER_AKKOORD', ...(GELDENDE_STATUSSEN as PlanStatus[])] } },
    orderBy: { versienummer: 'desc' },
    select: { id: true, status: true },
  });
  const inBewerking = versies.find((v) => v.status === 'CONCEPT' || v.status === 'TER_AKKOORD');
  if (inBewerking) {
    const versie = await loadVersie(tx, actor, huishoudenId, inBewerking.id);
    if (versie.status === 'TER_AKKOORD') throw new DomainError('TRANSITION_REFUSED', [TER_AKKOORD_NIET_BEWERKEN, 'Het voorstel is niet overgenomen.']);
    return versie;
  }
  const geldend = versies.find((v) => GELDENDE_STATUSSEN.includes(v.status));
  if (!geldend) throw new DomainError('TRANSITION_REFUSED', [GEEN_PLAN]);
  const nieuw = await startVolgendeVersie(tx, actor, huishoudenId, await loadVersie(tx, actor, huishoudenId, geldend.id));
  return loadVersie(tx, actor, huishoudenId, nieuw.id);
}

async function neemOpInConcept(tx: Tx, actor: Actor, huishoudenId: string, voorstel: Voorstel, grond: Awaited<ReturnType<typeof planToegang>>) {
  const concept = await conceptVoor(tx, actor, huishoudenId);
  const organisatie = await tx.partnerOrganisatie.findUniqueOrThrow({ where: { id: voorstel.organisatieId }, select: { naam: true, soort: true, actief: true } });
  const geweigerd = (reden: string) =>
    new DomainError('CONFLICT', [`${reden} Het voorstel is niet overgenomen: pas het concept van versie ${concept.versienummer} zelf aan, of wijs het voorstel af.`]);
  if (!organisatie.actief) throw new DomainError('TRANSITION_REFUSED', [`${organisatie.naam} is niet meer actief als ketenpartner. Wijs het voorstel af.`]);

  // The same goal and action in the concept: ids change with every copy and save, so they are found by their content
  // as the partner saw it. A goal or action the concept changed since is not the one the proposal is about.
  const doelInConcept = async (doelId: string | null) => {
    if (!doelId) return null;
    const bron = await tx.doel.findUniqueOrThrow({ where: { id: doelId }, select: { leefgebiedId: true, persoonId: true, omschrijving: true } });
    const doel = concept.doelen.find((d) => d.leefgebiedId === bron.leefgebiedId && d.persoonId === bron.persoonId && d.omschrijving === bron.omschrijving);
    if (!doel) throw geweigerd(`Het doel “${bron.omschrijving}” is in het concept intussen gewijzigd of verwijderd.`);
    return doel.id;
  };

  let onderdeel: Record<string, unknown>;
  if (voorstel.actieId) {
    const bron = await tx.actie.findUniqueOrThrow({ where: { id: voorstel.actieId }, select: { wat: true, uiterlijk: true, partnerOrganisatieId: true } });
    const zelfde = concept.acties.filter((a) => a.partnerOrganisatieId === bron.partnerOrganisatieId && a.wat === bron.wat && dag(a.uiterlijk) === dag(bron.uiterlijk));
    if (zelfde.length !== 1) throw geweigerd(`De actie “${bron.wat}” is in het concept intussen gewijzigd of verwijderd.`);
    await tx.actie.update({ where: { id: zelfde[0].id }, data: { wat: voorstel.wat, uiterlijk: voorstel.uiterlijk ?? zelfde[0].uiterlijk } });
    onderdeel = { actieGewijzigd: zelfde[0].id };
  } else {
    const doelId = await doelInConcept(voorstel.doelId);
    const actie = await tx.actie.create({
      data: {
        planVersieId: concept.id, doelId, wie: organisatie.soort === 'AANBIEDER' ? 'AANBIEDER' : 'PROFESSIONAL', wieNaam: organisatie.naam,
        wat: voorstel.wat, uiterlijk: voorstel.uiterlijk, status: 'OPEN', partnerOrganisatieId: voorstel.organisatieId,
      },
      select: { id: true },
    });
    onderdeel = { actieToegevoegd: actie.id };
  }
  // The lock of a save (savePlanConcept): a concurrent save waits and then finds the version moved on, and an editor
  // opened before this gets the conflict message naming this step (wijzigingenSinds reads this row).
  const { count } = await tx.planVersie.updateMany({ where: { id: concept.id, version: concept.version, status: 'CONCEPT' }, data: { version: { increment: 1 } } });
  if (count === 0) throw new DomainError('STALE_VERSION');
  await recordHouseholdAccess(tx, actor, huishoudenId, grond, {
    actie: 'PLAN_VOORSTEL_OPGENOMEN', entiteit: 'PlanVersie', entiteitId: concept.id,
    before: { version: concept.version },
    after: { version: concept.version + 1, onderdelen: ['acties'], voorstelId: voorstel.id, ...onderdeel },
  });
  return { id: concept.id, versienummer: concept.versienummer };
}
