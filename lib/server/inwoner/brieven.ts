import 'server-only';
import { leesSql, prisma } from '@/lib/db';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import type { DocumentSoort } from '@/lib/domain/enums';
import { isUuid } from '@/lib/domain/ids';
import { DomainError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordInwonerAudit, zichtbarePersonenSql } from '@/lib/server/access/inwoner-access';

export const BRIEF_NIET_GEVONDEN = 'Deze brief hebben we niet gevonden.';

/**
 * Issue 21: the letters of the household as they were sent — beschikkingen (of the persons whose part the resident
 * sees), the verslag of the keukentafelgesprek and the plan — stored as documents when they were sent or made. A
 * condition on the Document row `d` (issue 23: part of the page's one statement, no list of beschikkingen first).
 */
function brievenSql(inwoner: InwonerActor, now: Date): Prisma.Sql {
  return Prisma.sql`d."huishoudenId" = ${inwoner.huishoudenId}::uuid AND d."gemeenteId" = ${inwoner.gemeenteId}::uuid AND d."mimeType" = 'application/pdf'
    AND (d."soort" IN ('VERSLAG', 'PLAN') OR (d."soort" = 'BESCHIKKING' AND d."bronId" IN (
      SELECT b."id" FROM "Beschikking" b WHERE b."huishoudenId" = ${inwoner.huishoudenId}::uuid AND b."persoonId" IN (${zichtbarePersonenSql(inwoner, now)}))))`;
}

/** The household's letters, newest first: one statement, then the access-log row (were six statements in a transaction). */
export async function getMijnBrieven(inwoner: InwonerActor, now = new Date()) {
  const brieven = await leesSql<{ id: string; soort: DocumentSoort; titel: string; createdAt: Date }>(Prisma.sql`
    SELECT d."id", d."soort", d."titel", d."createdAt" FROM "Document" d WHERE ${brievenSql(inwoner, now)} ORDER BY d."createdAt" DESC, d."id"`);
  await recordInwonerAudit(prisma, inwoner, { actie: 'READ', entiteit: 'Document' });
  return brieven;
}

/** One letter as PDF, or NOT_FOUND (also for any document of another household or another person's part). */
export async function getMijnBrief(inwoner: InwonerActor, documentId: string, now = new Date()) {
  if (!isUuid(documentId)) throw new DomainError('NOT_FOUND', [BRIEF_NIET_GEVONDEN]);
  const [brief] = await leesSql<{ id: string; titel: string; inhoud: Buffer }>(Prisma.sql`
    SELECT d."id", d."titel", d."inhoud" FROM "Document" d WHERE d."id" = ${documentId}::uuid AND ${brievenSql(inwoner, now)}`);
  if (!brief) throw new DomainError('NOT_FOUND', [BRIEF_NIET_GEVONDEN]);
  await recordInwonerAudit(prisma, inwoner, { actie: 'EXPORT', entiteit: 'Document', entiteitId: brief.id });
  return { buffer: Buffer.from(brief.inhoud), filename: `${brief.titel}.pdf` };
}
