import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import type { AddBetrokkeneInput } from '@/lib/validations/dossier';
import { openDossier } from './common';

/** Records an outside professional or organisation (huisarts, school, …) so that helpers know of each other. */
export async function addBetrokkene(actor: Actor, input: AddBetrokkeneInput) {
  assertPermission(actor, 'betrokkene:write');
  return prisma.$transaction(async (tx) => {
    const id = crypto.randomUUID();
    await openDossier(tx, actor, input.huishoudenId, { actie: 'BETROKKENE_ADDED', entiteit: 'Betrokkene', entiteitId: id, after: { rol: input.rol } });
    return tx.betrokkene.create({
      data: {
        id, gemeenteId: actor.gemeenteId, huishoudenId: input.huishoudenId, naam: input.naam, organisatie: input.organisatie, rol: input.rol,
        telefoon: input.telefoon, email: input.email, vanaf: input.vanaf,
      },
    });
  });
}
