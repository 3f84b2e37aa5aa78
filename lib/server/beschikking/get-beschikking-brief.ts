import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { beschikkingBriefPdf } from './brief';
import { beschikkingBriefData } from './brief-data';
import { loadBeschikking } from './shared';

/**
 * The beschikking as a letter (PDF). Once sent, the letter as it was sent (the stored Document); before that, the
 * letter as it would read now (a concept is marked as such).
 */
export async function getBeschikkingBrief(actor: Actor, beschikkingId: string, now = new Date()): Promise<{ buffer: Buffer; filename: string }> {
  assertPermission(actor, 'dossier:read');
  return prisma.$transaction(async (tx) => {
    const b = await loadBeschikking(tx, actor, beschikkingId);
    await assertHouseholdAccess(tx, actor, b.huishoudenId, { actie: 'EXPORT', entiteit: 'Beschikking', entiteitId: b.id, persoonId: b.persoonId, after: { formaat: 'pdf' } });
    const filename = `beschikking-${b.identificatie}.pdf`;
    if (b.verzenddatum) {
      const verzonden = await tx.document.findFirst({ where: { huishoudenId: b.huishoudenId, bronId: b.id, soort: 'BESCHIKKING' }, orderBy: { createdAt: 'desc' }, select: { inhoud: true } });
      if (verzonden) return { buffer: Buffer.from(verzonden.inhoud), filename };
    }
    return { buffer: await beschikkingBriefPdf(await beschikkingBriefData(tx, b, toCalendarDay(now))), filename };
  });
}
