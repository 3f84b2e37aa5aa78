import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { isUuid } from '@/lib/domain/ids';
import { DomainError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordInwonerAudit, zichtbarePersonen } from '@/lib/server/access/inwoner-access';

export const BRIEF_NIET_GEVONDEN = 'Deze brief hebben we niet gevonden.';

/**
 * Issue 21: the letters of the household as they were sent — beschikkingen (of the persons whose part the resident
 * sees), the verslag of the keukentafelgesprek and the plan — stored as documents when they were sent or made.
 */
async function brievenWhere(tx: Tx, inwoner: InwonerActor, now: Date): Promise<Prisma.DocumentWhereInput> {
  const personen = await zichtbarePersonen(inwoner, now, tx);
  const beschikkingen = (await tx.beschikking.findMany({ where: { huishoudenId: inwoner.huishoudenId, persoonId: { in: personen } }, select: { id: true } })).map((b) => b.id);
  return {
    huishoudenId: inwoner.huishoudenId, gemeenteId: inwoner.gemeenteId, mimeType: 'application/pdf',
    OR: [{ soort: { in: ['VERSLAG', 'PLAN'] } }, { soort: 'BESCHIKKING', bronId: { in: beschikkingen } }],
  };
}

export async function getMijnBrieven(inwoner: InwonerActor, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const brieven = await tx.document.findMany({ where: await brievenWhere(tx, inwoner, now), orderBy: { createdAt: 'desc' }, select: { id: true, soort: true, titel: true, createdAt: true } });
    await recordInwonerAudit(tx, inwoner, { actie: 'READ', entiteit: 'Document' });
    return brieven;
  });
}

/** One letter as PDF, or NOT_FOUND (also for any document of another household or another person's part). */
export async function getMijnBrief(inwoner: InwonerActor, documentId: string, now = new Date()) {
  if (!isUuid(documentId)) throw new DomainError('NOT_FOUND', [BRIEF_NIET_GEVONDEN]);
  return prisma.$transaction(async (tx) => {
    const brief = await tx.document.findFirst({ where: { id: documentId, AND: [await brievenWhere(tx, inwoner, now)] }, select: { id: true, titel: true, inhoud: true } });
    if (!brief) throw new DomainError('NOT_FOUND', [BRIEF_NIET_GEVONDEN]);
    await recordInwonerAudit(tx, inwoner, { actie: 'EXPORT', entiteit: 'Document', entiteitId: brief.id });
    return { buffer: Buffer.from(brief.inhoud), filename: `${brief.titel}.pdf` };
  });
}
