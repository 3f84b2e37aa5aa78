import 'server-only';
import type { Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { refusalReasons } from '@/lib/domain/casus-transitions';
import { isOpen, kiesTeamVoorCasus } from '@/lib/domain/melding';
import type { MeldingStatus } from '@/lib/domain/enums';
import { DomainError } from '@/lib/errors';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { nextKenmerk } from '@/lib/server/nummering';
import { casusFacts } from '@/lib/server/casus/casus-facts';
import { applyTransition } from '@/lib/server/transition/apply-transition';
import type { AuditAction } from '@/lib/domain/audit-actions';

// Shared steps of attaching a melding to a household (koppel-melding, create-huishouden-voor-melding). Not a use
// case of its own: the callers check the permission and own the transaction.

export type OpenMelding = { id: string; kenmerk: string; version: number; status: MeldingStatus; urgent: boolean; ontvangenOp: Date; huishoudenId: string | null; casusId: string | null };

export const MELDING_AL_GETRIEERD = 'Deze melding is al getrieerd. Koppelen kan alleen bij een melding die nog open staat.';

/** The melding to attach, in this gemeente and still open; and the version the form saw must still hold. */
export async function loadOpenMelding(tx: Tx, actor: Actor, meldingId: string, version: number): Promise<OpenMelding> {
  const melding = await tx.melding.findFirst({
    where: { id: meldingId, gemeenteId: actor.gemeenteId },
    select: { id: true, kenmerk: true, version: true, status: true, urgent: true, ontvangenOp: true, huishoudenId: true, casusId: true },
  });
  if (!melding) throw new DomainError('NOT_FOUND', ['Melding niet gevonden.']);
  if (!isOpen(melding.status)) throw new DomainError('TRANSITION_REFUSED', [MELDING_AL_GETRIEERD]);
  if (melding.version !== version) throw await staleVersionError(tx, actor, { entiteit: 'Melding', entiteitId: melding.id, wat: 'deze melding' });
  return melding;
}

/**
 * Attaches the melding to the household, in its one open casus (DOMAIN.md §3 rule 1); without one, a new casus in
 * TRIAGE for the team of the household's wijk. Writes the access-log row once the melding gives the ground.
 */
export async function attachMelding(tx: Tx, actor: Actor, melding: OpenMelding, huishoudenId: string, options: { actie?: AuditAction; nieuwHuishouden?: boolean } = {}) {
  // One attachment per household at a time: two meldingen at once must not both open a casus.
  const locked = await tx.$queryRaw<{ id: string; wijkId: string | null }[]>`
    SELECT "id", "wijkId" FROM "Huishouden"
     WHERE "id" = ${huishoudenId}::uuid AND "gemeenteId" = ${actor.gemeenteId}::uuid AND "geanonimiseerdOp" IS NULL
       FOR UPDATE`;
  const huishouden = locked[0];
  if (!huishouden) throw new DomainError('NOT_FOUND', ['Huishouden niet gevonden.']);

  let casus = await tx.casus.findFirst({ where: { huishoudenId, fase: { not: 'AFGESLOTEN' } }, select: { id: true, nummer: true, fase: true } });
  let nieuweCasus = false;
  if (!casus) {
    const teams = huishouden.wijkId
      ? (await tx.teamWijk.findMany({ where: { wijkId: huishouden.wijkId }, select: { team: { select: { id: true, naam: true, soort: true, actief: true } } } })).map((t) => t.team)
      : [];
    const nummer = await nextKenmerk(tx, actor.gemeenteId, 'casus');
    casus = await tx.casus.create({
      data: {
        gemeenteId: actor.gemeenteId,
        nummer,
        huishoudenId,
        teamId: kiesTeamVoorCasus(teams),
        fase: 'TRIAGE',
        urgentie: melding.urgent ? 'HOOG' : 'NORMAAL',
        meldingOntvangenOp: melding.ontvangenOp,
        faseWijzigingen: { create: { van: null, naar: 'TRIAGE', doorId: actor.id, reden: `Melding ${melding.kenmerk}` } },
      },
      select: { id: true, nummer: true, fase: true },
    });
    nieuweCasus = true;
  } else if (melding.urgent) {
    await tx.casus.updateMany({ where: { id: casus.id, urgentie: 'NORMAAL' }, data: { urgentie: 'HOOG', version: { increment: 1 } } });
  }

  // NIEUW → IN_TRIAGE; a melding attached again (to another household) stays in triage.
  await applyTransition(tx, actor, {
    object: 'melding', id: melding.id, version: melding.version, van: melding.status, naar: 'IN_TRIAGE',
    data: { huishoudenId, casusId: casus.id },
    audit: null, // MELDING_GEKOPPELD below, once the melding gives the ground
  });

  if (melding.casusId && melding.casusId !== casus.id) await closeAbandonedCasus(tx, actor, melding.casusId, melding.kenmerk);

  await assertHouseholdAccess(tx, actor, huishoudenId, {
    actie: options.actie ?? 'MELDING_GEKOPPELD',
    entiteit: 'Melding',
    entiteitId: melding.id,
    before: { huishoudenId: melding.huishoudenId, casusId: melding.casusId },
    after: { huishoudenId, casusId: casus.id, nieuweCasus, nieuwHuishouden: options.nieuwHuishouden ?? false },
  });
  return { casusId: casus.id, casusNummer: casus.nummer, nieuweCasus };
}

/**
 * Re-attaching a melding (a mistake at the desk) leaves the casus it opened empty: a casus still in triage with no
 * other melding and no triage is closed, along the route table, with the reason on record.
 */
async function closeAbandonedCasus(tx: Tx, actor: Actor, casusId: string, kenmerk: string) {
  const casus = await tx.casus.findUnique({
    where: { id: casusId },
    select: { id: true, huishoudenId: true, fase: true, version: true, veiligheid: true, _count: { select: { meldingen: true, triages: true } } },
  });
  if (!casus || casus.fase !== 'TRIAGE' || casus._count.meldingen > 0 || casus._count.triages > 0) return;
  const afsluitreden = `Melding ${kenmerk} is aan een ander huishouden gekoppeld.`;
  const facts = await casusFacts(tx, actor, casus, { afsluitreden, teamleadApprovedClosing: false });
  if (refusalReasons(facts, 'AFGESLOTEN').length) return; // leave it for the team: the transition table says it cannot close
  await applyTransition(tx, actor, {
    object: 'casus', id: casus.id, version: casus.version, van: casus.fase, naar: 'AFGESLOTEN', facts, reden: afsluitreden,
    data: { afgeslotenOp: new Date(), afsluitreden },
    audit: null, // part of MELDING_GEKOPPELD
  });
}
