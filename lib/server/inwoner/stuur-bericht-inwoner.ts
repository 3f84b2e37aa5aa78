import 'server-only';
import { prisma } from '@/lib/db';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { recordInwonerAudit } from '@/lib/server/access/inwoner-access';
import { bewaarBerichtBijlage, checkBerichtBijlage } from '@/lib/server/dossier/bericht-bijlage';
import type { Bestand } from '@/lib/server/dossier/upload-document';
import type { BerichtInput } from '@/lib/validations/inwoner';
import { assertInwonerRateLimit } from './shared';

/**
 * Issue 21: a resident writes to their regisseur, optionally with one attachment (PDF, PNG or JPEG, checked on its
 * content exactly as a dossier document is, lib/domain/bijlage). The attachment becomes a document of the dossier.
 */
export async function stuurBerichtInwoner(inwoner: InwonerActor, input: BerichtInput, bestand: Bestand | null, now = new Date()): Promise<{ id: string }> {
  const bijlage = checkBerichtBijlage(bestand);
  return prisma.$transaction(async (tx) => {
    await assertInwonerRateLimit(tx, inwoner, now);
    // A resident's upload: doorId is the Persoon, not a User (Document.doorId has no foreign key).
    const documentId = bijlage
      ? await bewaarBerichtBijlage(tx, { gemeenteId: inwoner.gemeenteId, huishoudenId: inwoner.huishoudenId, titel: `Bijlage van ${inwoner.naam}: ${bijlage.bestand.naam}`, doorId: inwoner.persoonId }, bijlage)
      : null;
    const bericht = await tx.portaalBericht.create({
      data: { gemeenteId: inwoner.gemeenteId, huishoudenId: inwoner.huishoudenId, persoonId: inwoner.persoonId, tekst: input.tekst, documentId, op: now },
      select: { id: true },
    });
    await recordInwonerAudit(tx, inwoner, { actie: 'INWONER_BERICHT', entiteit: 'PortaalBericht', entiteitId: bericht.id, after: { documentId } });
    return bericht;
  });
}
