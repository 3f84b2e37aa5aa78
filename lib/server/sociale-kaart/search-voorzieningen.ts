import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ZoekVoorzieningenInput } from '@/lib/validations/beheer';

export const MAX_ZOEKRESULTATEN = 50;

/**
 * The sociale kaart for the front office and wijkcoaches while triaging and planning: active voorzieningen,
 * searched by text (name, offer, target group), leefgebied and wijk. A wijk filter includes the voorzieningen for
 * the whole gemeente, since those serve that wijk too. No personal data: no access log row.
 */
export async function searchVoorzieningen(actor: Actor, input: ZoekVoorzieningenInput) {
  assertPermission(actor, 'socialekaart:read');
  const where: Prisma.VoorzieningWhereInput = { gemeenteId: actor.gemeenteId, actief: true };
  const and: Prisma.VoorzieningWhereInput[] = [];
  if (input.q) {
    for (const woord of input.q.split(/\s+/).filter(Boolean).slice(0, 5)) {
      and.push({
        OR: [
          { naam: { contains: woord, mode: 'insensitive' } },
          { aanbod: { contains: woord, mode: 'insensitive' } },
          { doelgroep: { contains: woord, mode: 'insensitive' } },
        ],
      });
    }
  }
  if (input.leefgebied) and.push({ leefgebiedCodes: { has: input.leefgebied } });
  if (input.wijkId) and.push({ OR: [{ wijkId: input.wijkId }, { wijkId: null }] });
  if (input.soort) and.push({ soort: input.soort });
  if (and.length) where.AND = and;

  const [voorzieningen, totaal, leefgebieden, wijken] = await Promise.all([
    prisma.voorziening.findMany({
      where,
      orderBy: [{ naam: 'asc' }],
      take: MAX_ZOEKRESULTATEN,
      select: {
        id: true,
        naam: true,
        soort: true,
        aanbod: true,
        doelgroep: true,
        leefgebiedCodes: true,
        contactNaam: true,
        telefoon: true,
        email: true,
        website: true,
        adres: true,
        openingstijden: true,
        wijk: { select: { id: true, naam: true } },
      },
    }),
    prisma.voorziening.count({ where }),
    prisma.leefgebied.findMany({ where: { gemeenteId: actor.gemeenteId }, orderBy: { volgorde: 'asc' }, select: { code: true, naam: true, actief: true } }),
    prisma.wijk.findMany({ where: { gemeenteId: actor.gemeenteId, actief: true }, orderBy: { naam: 'asc' }, select: { id: true, naam: true } }),
  ]);
  return { voorzieningen, totaal, leefgebieden, wijken };
}
