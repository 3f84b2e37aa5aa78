import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { achtergrondLezen } from '@/lib/server/achtergrond';

// Issue 23: a scheduled job's read (the rapportage refresh) runs on one core, so that it does not take the cores the
// users' requests need; the setting holds only inside its transaction.

const parallel = async (db: { $queryRaw: typeof prisma.$queryRaw }) =>
  (await db.$queryRaw<{ w: string }[]>`SELECT current_setting('max_parallel_workers_per_gather') AS w`)[0].w;

describe('achtergrondLezen', () => {
  it('reads with parallel query off, and gives back what the read gives', async () => {
    const buiten = await parallel(prisma);
    expect(buiten).not.toBe('0'); // PostgreSQL's default (2): else this test could not tell the difference
    const gelezen = await achtergrondLezen(async (tx) => ({ binnen: await parallel(tx), een: (await tx.$queryRaw<{ n: number }[]>`SELECT 1::int AS n`)[0].n }));
    expect(gelezen).toEqual({ binnen: '0', een: 1 });
  });

  it('leaves every other statement as it was, on every connection of the pool', async () => {
    const voor = await parallel(prisma);
    await achtergrondLezen(async (tx) => parallel(tx));
    // More reads than the pool has connections at once: each connection the transaction could have used is read.
    const na = await Promise.all(Array.from({ length: 12 }, () => parallel(prisma)));
    expect(new Set(na)).toEqual(new Set([voor]));
  });

  it('a read that fails fails the call, and the setting goes with its transaction', async () => {
    await expect(achtergrondLezen(async (tx) => tx.$queryRaw`SELECT 1 / 0`)).rejects.toThrow(/division by zero/);
    expect(await parallel(prisma)).not.toBe('0');
  });
});
