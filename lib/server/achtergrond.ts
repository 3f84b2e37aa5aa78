import 'server-only';
import { prisma, type Tx } from '@/lib/db';

/**
 * How long a background read may hold its transaction: the rapportage of a million households on one core takes most
 * of two minutes under load (bench/results/2026-12-08-1002560.md), far over Prisma's 20 s for a request's transaction
 * (lib/db.ts).
 */
const ACHTERGROND_TIMEOUT_MS = 10 * 60_000;

/**
 * A read that no user waits for (a scheduled job), on one core (issue 23). PostgreSQL would give each of its statements
 * two parallel workers beside the backend itself: on the two cores of the benchmark's machine the rapportage refresh
 * took both for ~1.3 s every five minutes at 100,000 households, and whatever page was measured then had its p95 up to
 * 1.5 times that of its other runs. Here the statements run one after another on one connection, in a transaction
 * with parallel query off (SET LOCAL: only this transaction); the job takes longer, the users' requests keep the other
 * core.
 */
export const achtergrondLezen = <T>(lees: (tx: Tx) => Promise<T>): Promise<T> =>
  prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`;
      return lees(tx);
    },
    { timeout: ACHTERGROND_TIMEOUT_MS },
  );
