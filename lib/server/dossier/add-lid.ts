import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toIsoDate } from '@/lib/domain/dates';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { AddLidInput } from '@/lib/validations/dossier';
import { ledenGewijzigd, openDossier } from './common';
import { verhuisPersoonIn } from './verhuis-persoon';

/** Optimistic lock on the household's members: bumps Huishouden.version, or says who changed them first. */
async function bumpVersion(tx: Tx, actor: Pick<Actor, 'id'>, huishoudenId: string, version: number) {
  const { count } = await tx.huishouden.updateMany({ where: { id: huishoudenId, version }, data: { version: { increment: 1 } } });
  if (count === 0) throw await ledenGewijzigd(tx, actor, huishoudenId);
}

/**
 * A person joins the household: someone we know by BSN moves in (their current membership elsewhere ends the same
 * day), or a new person is recorded. One transaction; the household's version guards against a parallel change.
 */
export async function addLid(actor: Actor, input: AddLidInput, today = new Date()) {
  assertPermission(actor, 'huishouden:leden-wijzigen');
  return prisma.$transaction(async (tx) => {
    await openDossier(tx, actor, input.huishoudenId, { actie: 'LID_TOEGEVOEGD', entiteit: 'HuishoudenLidmaatschap', after: { wie: input.wie, rol: input.rol, vanaf: toIsoDate(input.datum) } });
    await bumpVersion(tx, actor, input.huishoudenId, input.version);
    let persoonId: string;
    if (input.wie === 'BEKEND') {
      const persoon = await tx.persoon.findFirst({ where: { gemeenteId: actor.gemeenteId, bsn: input.bsn! }, select: { id: true, overledenOp: true } });
      if (!persoon) throw new DomainError('INVALID', [], { bsn: ['Er is geen persoon met dit BSN bekend. Kies "Nieuwe persoon".'] });
      if (persoon.overledenOp) throw new DomainError('INVALID', [], { bsn: ['Deze persoon is overleden.'] });
      persoonId = persoon.id;
    } else {
      try {
        const persoon = await tx.persoon.create({
          data: {
            gemeenteId: actor.gemeenteId, bsn: input.bsn, voornamen: input.voornamen!, tussenvoegsel: input.tussenvoegsel, achternaam: input.achternaam!,
            geboortedatum: input.geboortedatum,
          },
          select: { id: true },
        });
        persoonId = persoon.id;
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError('INVALID', [], { bsn: ['Er is al een persoon met dit BSN. Kies "Al bekend bij ons".'] });
        throw error;
      }
    }
    const lid = await verhuisPersoonIn(tx, actor, { persoonId, naarHuishoudenId: input.huishoudenId, rol: input.rol, datum: input.datum, reden: input.reden }, today);
    return { lidmaatschapId: lid.id, persoonId };
  });
}

export { bumpVersion };
