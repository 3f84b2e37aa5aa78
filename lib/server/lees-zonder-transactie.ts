import 'server-only';
import { leesSql, prisma, type Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * A read whose only write is its one access-log statement, without an interactive transaction (issue 23). A
 * transaction held a pool connection for the whole read, every statement a round trip inside it; at ten users the
 * dossier's header and tab each waited for one, and some waited longer than Prisma allows (HTTP 500). What the
 * transaction guaranteed still holds without it: the log row is written by an awaited statement before the use case
 * returns, and a row that cannot be written throws, so no data leaves without its row; and under READ COMMITTED the
 * transaction gave its reads no common snapshot anyway. A use case that writes more than its log row (a read receipt,
 * a new secret) keeps its transaction.
 */
export const leesZonderTransactie = <T>(lees: (db: Tx) => Promise<T>): Promise<T> => lees(prisma);

/**
 * A hand-written read on the client given: outside a transaction (`prisma`) straight on node-postgres (leesSql, issue
 * 23: a quarter of the server CPU of $queryRaw), inside one on the transaction's connection. The options are leesSql's
 * (a kept plan), for the read outside a transaction; inside one the statement is planned as Prisma plans it.
 */
export const leesOp = <T>(db: Tx | typeof prisma, query: Prisma.Sql, options?: Parameters<typeof leesSql>[1]): Promise<T[]> =>
  db === prisma ? leesSql<T>(query, options) : db.$queryRaw<T[]>(query);
