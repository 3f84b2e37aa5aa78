import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { opschalingDecisionRefusals } from '@/lib/domain/opschaling';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';
import type { DecideOpschalingInput } from '@/lib/validations/regie';
import { applyRegieAssignment, loadCasusForRegie, REGIE_TRANSACTION } from './regie-core';

// The teamlead decides on an opschalingsverzoek: toekennen gives procesregie to a member with that mandate (the
// procesregisseur leads, the casusregisseur stays beside them); afwijzen needs a toelichting. Both are recorded on
// the request; a grant is also an OPGESCHAALD event on the casus.
export async function decideOpschaling(actor: Actor, input: DecideOpschalingInput) {
  assertPermission(actor, 'regie:assign');
  return prisma.$transaction(async (tx) => {
    const verzoek = await tx.opschalingsverzoek.findFirst({
      where: { id: input.verzoekId, gemeenteId: actor.gemeenteId },
      select: { id: true, casusId: true, status: true, reden: true },
    });
    if (!verzoek) throw new DomainError('NOT_FOUND', ['Dit verzoek bestaat niet (meer).']);
    const casus = await loadCasusForRegie(tx, actor, verzoek.casusId);
    await assertHouseholdAccess(tx, actor, casus.huishoudenId, {
      actie: input.besluit === 'TOEKENNEN' ? 'OPSCHALING_TOEGEKEND' : 'OPSCHALING_AFGEWEZEN',
      entiteit: 'Opschalingsverzoek',
      entiteitId: verzoek.id,
      after: { besluit: input.besluit, procesregisseurId: input.procesregisseurId },
    });
    const reasons = opschalingDecisionRefusals({
      status: verzoek.status, besluit: input.besluit, toelichting: input.toelichting ?? '', procesregisseurId: input.procesregisseurId,
    });
    if (reasons.length) throw new DomainError('TRANSITION_REFUSED', reasons);

    const { count } = await tx.opschalingsverzoek.updateMany({
      where: { id: verzoek.id, version: input.version, status: 'OPEN' },
      data: {
        status: input.besluit === 'TOEKENNEN' ? 'TOEGEKEND' : 'AFGEWEZEN',
        besluitDoorId: actor.id,
        besluitOp: new Date(),
        besluitToelichting: input.toelichting,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      throw await staleVersionError(tx, actor, {
        entiteit: 'Opschalingsverzoek', entiteitId: verzoek.id, wat: 'dit verzoek',
      });
    }
    if (input.besluit === 'AFWIJZEN') return { besluit: input.besluit, casusNummer: casus.nummer };

    await applyRegieAssignment(
      tx,
      actor,
      casus,
      {
        casusId: casus.id,
        version: casus.version,
        mode: 'WIJZIGEN',
        vorm: 'PROCESREGIE',
        regisseurId: input.procesregisseurId,
        aanbiederId: null,
        externeRegisseurNaam: null,
        reden: input.toelichting ? `Opschaling toegekend: ${input.toelichting}` : 'Opschaling toegekend',
        uitzonderingReden: null,
        uitzonderingGoedgekeurd: false,
      },
      { field: 'procesregisseurId' },
    );
    await tx.casusGebeurtenis.create({
      data: { casusId: casus.id, soort: 'OPGESCHAALD', omschrijving: 'Opgeschaald naar procesregie op verzoek van de regisseur.', doorId: actor.id },
    });
    return { besluit: input.besluit, casusNummer: casus.nummer };
  }, REGIE_TRANSACTION);
}
