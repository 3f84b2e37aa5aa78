import 'server-only';
import { prisma } from '@/lib/db';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { checkBijlage } from '@/lib/domain/bijlage';
import { DomainError } from '@/lib/errors';
import { recordInwonerAudit } from '@/lib/server/access/inwoner-access';
import type { Bestand } from '@/lib/server/dossier/upload-document';
import type { BerichtInput } from '@/lib/validations/inwoner';
import { assertInwonerRateLimit } from './shared';

/**
 * Issue 21: a resident writes to their regisseur, optionally with one attachment (PDF, PNG or JPEG, checked on its
 * content exactly as a dossier document is, lib/domain/bijlage). The attachment becomes a document of the dossier.
 */
export async function stuurBerichtInwoner(inwoner: InwonerActor, input: BerichtInput, bestand: Bestand | null, now = new Date()): Promise<{ id: string }> {
  const check = bestand ? checkBijlage(bestand.naam, bestand.bytes) : null;
  if (check && !check.ok) throw new DomainError('INVALID', [], { bestand: [check.reason] });
  return prisma.$transaction(async (tx) => {
    await assertInwonerRateLimit(tx, inwoner, now);
    let documentId: string | null = null;
    if (bestand && check?.ok) {
      const casus = await tx.casus.findFirst({ where: { huishoudenId: inwoner.huishoudenId, fase: { not: 'AFGESLOTEN' } }, select: { id: true } });
      const document = await tx.document.create({
        data: {
          gemeenteId: inwoner.gemeenteId, huishoudenId: inwoner.huishoudenId, casusId: casus?.id ?? null, soort: 'BIJLAGE',
          titel: `Bijlage van ${inwoner.naam}: ${bestand.naam}`.slice(0, 200), mimeType: check.type.mimeType,
          inhoud: Buffer.from(bestand.bytes), grootte: bestand.bytes.length,
          doorId: inwoner.persoonId, // a resident's upload: the Persoon, not a User (Document.doorId has no foreign key)
        },
        select: { id: true },
      });
      documentId = document.id;
    }
    const bericht = await tx.portaalBericht.create({
      data: { gemeenteId: inwoner.gemeenteId, huishoudenId: inwoner.huishoudenId, persoonId: inwoner.persoonId, tekst: input.tekst, documentId, op: now },
      select: { id: true },
    });
    await recordInwonerAudit(tx, inwoner, { actie: 'INWONER_BERICHT', entiteit: 'PortaalBericht', entiteitId: bericht.id, after: { documentId } });
    return bericht;
  });
}
