import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { meldNieuwBericht } from '@/lib/server/mail/meld-nieuw-bericht';
import type { BerichtMedewerkerInput } from '@/lib/validations/inwoner';
import { bewaarBerichtBijlage, checkBerichtBijlage } from './bericht-bijlage';
import { openDossier } from './common';
import type { Bestand } from './upload-document';

/**
 * Issue 21: the regisseur answers the household in Mijn plan. The household's adult members with an e-mail address
 * get a mail that there is a message (never its content), sent by a job after the commit (lib/server/mail). An
 * attachment (PDF, PNG or JPEG, checked as every dossier document) becomes a document of the dossier, which the
 * household downloads in Mijn plan.
 */
export async function stuurBerichtMedewerker(actor: Actor, input: BerichtMedewerkerInput, bestand: Bestand | null = null, now = new Date()): Promise<{ id: string }> {
  assertPermission(actor, 'plan:write');
  const bijlage = checkBerichtBijlage(bestand);
  const { bericht, mails } = await prisma.$transaction(async (tx) => {
    const id = crypto.randomUUID();
    await openDossier(tx, actor, input.huishoudenId, { actie: 'PORTAAL_BERICHT_VERSTUURD', entiteit: 'PortaalBericht', entiteitId: id, after: { bijlage: bijlage !== null } });
    const documentId = bijlage
      ? await bewaarBerichtBijlage(tx, { gemeenteId: actor.gemeenteId, huishoudenId: input.huishoudenId, titel: `Bijlage van ${actor.naam}: ${bijlage.bestand.naam}`, doorId: actor.id }, bijlage)
      : null;
    const bericht = await tx.portaalBericht.create({
      data: { id, gemeenteId: actor.gemeenteId, huishoudenId: input.huishoudenId, medewerkerId: actor.id, tekst: input.tekst, documentId, op: now },
      select: { id: true },
    });
    // The household's own messages before this answer count as read by now.
    await tx.portaalBericht.updateMany({ where: { huishoudenId: input.huishoudenId, persoonId: { not: null }, gelezenOp: null }, data: { gelezenOp: now } });
    return { bericht, mails: await meldNieuwBericht(tx, actor.gemeenteId, input.huishoudenId, now) };
  });
  await mails.verstuur();
  return bericht;
}
