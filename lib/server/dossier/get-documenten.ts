import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { namenVan, openDossier } from './common';

/**
 * The documents of a household: generated PDFs (verslag, plan, beschikking letters, inzage) and uploaded files.
 * Metadata only; the content is served by the download route after its own access check.
 */
export async function getDocumenten(actor: Actor, huishoudenId: string) {
  assertPermission(actor, 'dossier:read');
  return prisma.$transaction(async (tx) => {
    await openDossier(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Documenten' });
    const documenten = await tx.document.findMany({
      where: { huishoudenId },
      orderBy: { createdAt: 'desc' },
      select: { id: true, soort: true, titel: true, mimeType: true, grootte: true, createdAt: true, doorId: true },
    });
    const naam = await namenVan(tx, documenten.map((d) => d.doorId));
    return documenten.map((d) => ({ ...d, door: naam(d.doorId) }));
  });
}
