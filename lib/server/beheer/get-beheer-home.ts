import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { validatorOntbreekt } from '@/lib/iwmo/validatie';

/** Counts per part of beheer, and the points that need the beheerder's attention. */
export async function getBeheerHome(actor: Actor) {
  assertPermission(actor, 'beheer:manage');
  const g = { gemeenteId: actor.gemeenteId };
  const today = toCalendarDay(new Date());
  const [medewerkers, gedeactiveerd, teams, wijken, wijkenZonderPostcode, leefgebieden, producten, actieveProducten, aanbieders, voorzieningen, openRegieInactief, gemeente] =
    await Promise.all([
      prisma.user.count({ where: { ...g, actief: true } }),
      prisma.user.count({ where: { ...g, actief: false } }),
      prisma.team.count({ where: { ...g, actief: true } }),
      prisma.wijk.count({ where: { ...g, actief: true } }),
      prisma.wijk.count({ where: { ...g, actief: true, postcodeGebieden: { none: {} } } }),
      prisma.leefgebied.count({ where: { ...g, actief: true } }),
      prisma.product.count({ where: g }),
      prisma.product.count({ where: { ...g, actiefVan: { lte: today }, OR: [{ actiefTot: null }, { actiefTot: { gte: today } }] } }),
      prisma.aanbieder.count({ where: { ...g, actief: true } }),
      prisma.voorziening.count({ where: { ...g, actief: true } }),
      prisma.regieToewijzing.count({ where: { ...g, tot: null, regisseur: { actief: false }, casus: { fase: { not: 'AFGESLOTEN' } } } }),
      prisma.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { naam: true, gemeentecode: true } }),
    ]);
  return { medewerkers, gedeactiveerd, teams, wijken, wijkenZonderPostcode, leefgebieden, producten, actieveProducten, aanbieders, voorzieningen, openRegieInactief, gemeente, berichtenControle: await getBerichtenControle(actor.gemeenteId) };
}

/**
 * Issue 19: when xmllint or xsltproc cannot start, incoming messages wait (ONTVANGEN) instead of being refused; beheer
 * is told why and how many wait. Null when the validators run.
 */
export async function getBerichtenControle(gemeenteId: string): Promise<{ fout: string; wachtend: number } | null> {
  const fout = await validatorOntbreekt();
  if (!fout) return null;
  return { fout, wachtend: await prisma.inkomendBericht.count({ where: { gemeenteId, status: 'ONTVANGEN' } }) };
}
