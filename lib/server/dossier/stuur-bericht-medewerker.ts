import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { meldNieuwBericht } from '@/lib/server/mail/meld-nieuw-bericht';
import type { BerichtMedewerkerInput } from '@/lib/validations/inwoner';
import { openDossier } from './common';

/**
 * Issue 21: the regisseur answers the household in Mijn plan. The household's adult members with an e-mail address
 * get a mail that there is a message (never its content), sent by a job after the commit (lib/server/mail).
 */
export async function stuurBerichtMedewerker(actor: Actor, input: BerichtMedewerkerInput, now = new Date()): Promise<{ id: string }> {
  assertPermission(actor, 'plan:write');
  const { bericht, mails } = await prisma.$transaction(async (tx) => {
    const id = crypto.randomUUID();
    await openDossier(tx, actor, input.huishoudenId, { actie: 'PORTAAL_BERICHT_VERSTUURD', entiteit: 'PortaalBericht', entiteitId: id });
    const bericht = await tx.portaalBericht.create({
      data: { id, gemeenteId: actor.gemeenteId, huishoudenId: input.huishoudenId, medewerkerId: actor.id, tekst: input.tekst, op: now },
      select: { id: true },
    });
    // The household's own messages before this answer count as read by now.
    await tx.portaalBericht.updateMany({ where: { huishoudenId: input.huishoudenId, persoonId: { not: null }, gelezenOp: null }, data: { gelezenOp: now } });
    return { bericht, mails: await meldNieuwBericht(tx, actor.gemeenteId, input.huishoudenId, now) };
  });
  await mails.verstuur();
  return bericht;
}
