import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/db';

// The public form has no login and so no gemeente of its own. A deployment serves one gemeente for now: the first
// (only) Gemeente row. A multi-gemeente service would choose by host name here, and nowhere else.
export const getPublicGemeente = cache(async () => {
  const gemeente = await prisma.gemeente.findFirst({
    orderBy: { createdAt: 'asc' },
    select: { id: true, naam: true, telefoon: true, website: true, email: true, onderzoekTermijnDagen: true },
  });
  if (!gemeente) throw new Error('No gemeente configured: run the seed or create one in beheer');
  return gemeente;
});

export type PublicGemeente = Awaited<ReturnType<typeof getPublicGemeente>>;

/** The leefgebieden the online form offers, in the gemeente's order. */
export async function listPublicLeefgebieden() {
  const gemeente = await getPublicGemeente();
  return prisma.leefgebied.findMany({
    where: { gemeenteId: gemeente.id, actief: true },
    orderBy: { volgorde: 'asc' },
    select: { id: true, code: true, naam: true },
  });
}
