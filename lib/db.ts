// The Prisma client over node-postgres (driver adapter, no engine binary). One per process; Next's dev server
// reloads modules, so the instance is kept on globalThis.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

// No connection is made until the first query, so `next build` can load modules without a database.
export function createPrisma(connectionString = env().DATABASE_URL): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: env().DB_POOL_MAX });
  // A busy two-core machine can take more than Prisma's default 2 s to hand out a connection for a transaction;
  // waiting a little longer is better than failing the user's save.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 20_000 } });
}

const globalForPrisma = globalThis as unknown as { wijkregiePrisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.wijkregiePrisma ?? createPrisma();
if (env().NODE_ENV !== 'production') globalForPrisma.wijkregiePrisma = prisma;
