import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { beschikkingTermDays, dueDate } from '@/lib/domain/deadlines';

/** Open aanvragen with their legal due date (opschorting moves it), most urgent first. */
export async function listOpenAanvragen(actor: Actor, today = new Date()) {
  assertPermission(actor, 'aanvraag:read');
  const aanvragen = await prisma.aanvraag.findMany({
    where: { gemeenteId: actor.gemeenteId, status: { in: ['ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT'] } },
    select: {
      id: true, nummer: true, wet: true, status: true, ontvangenOp: true, verdagingDagen: true,
      product: { select: { code: true, naam: true } },
      persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } },
      opschortingen: { select: { van: true, tot: true } },
    },
  });
  return aanvragen
    .map((a) => ({
      ...a,
      uiterlijk: dueDate({ start: a.ontvangenOp, termDays: beschikkingTermDays(a.wet), suspensions: a.opschortingen, extensionDays: a.verdagingDagen ?? 0, today }),
    }))
    .sort((a, b) => a.uiterlijk.getTime() - b.uiterlijk.getTime());
}
