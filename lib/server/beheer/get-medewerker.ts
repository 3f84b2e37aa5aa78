import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';

/** One staff member with everything beheer sets for them, and the choices the forms offer. */
export async function getMedewerker(actor: Actor, userId: string) {
  assertPermission(actor, 'beheer:manage');
  const g = { gemeenteId: actor.gemeenteId };
  const user = await prisma.user.findFirst({
    where: { id: userId, ...g },
    select: {
      id: true,
      naam: true,
      email: true,
      functie: true,
      telefoon: true,
      rollen: true,
      actief: true,
      gedeactiveerdOp: true,
      beschikbaarheid: true,
      afwezigTot: true,
      wachtwoordGewijzigdOp: true,
      oidcSubject: true,
      totpActief: true,
      version: true,
      createdAt: true,
      teams: {
        orderBy: [{ vanaf: 'desc' }],
        select: { id: true, isLead: true, vanaf: true, tot: true, team: { select: { id: true, naam: true, soort: true } } },
      },
      focuswijken: { select: { wijkId: true } },
      mandaten: {
        orderBy: [{ vanaf: 'desc' }],
        select: { id: true, soort: true, wet: true, vanaf: true, tot: true, product: { select: { id: true, code: true, naam: true } } },
      },
      _count: { select: { regie: { where: { tot: null, casus: { fase: { not: 'AFGESLOTEN' } } } } } },
    },
  });
  if (!user) throw new DomainError('NOT_FOUND', ['Deze medewerker bestaat niet (meer).']);
  const [teams, wijken, producten] = await Promise.all([
    prisma.team.findMany({ where: { ...g, actief: true }, orderBy: { naam: 'asc' }, select: { id: true, naam: true } }),
    prisma.wijk.findMany({ where: g, orderBy: { naam: 'asc' }, select: { id: true, naam: true, actief: true } }),
    prisma.product.findMany({ where: g, orderBy: [{ wet: 'asc' }, { code: 'asc' }, { actiefVan: 'desc' }], select: { id: true, code: true, naam: true, wet: true } }),
  ]);
  const { _count, ...rest } = user;
  return { user: { ...rest, openRegie: _count.regie }, keuzes: { teams, wijken, producten } };
}
