import 'server-only';
import { volledigeNaam } from '@/lib/domain/naam';
import type { Tx } from '@/lib/db';
import { leesOp } from '@/lib/server/lees-zonder-transactie';
import { Prisma } from '@/lib/generated/prisma/client';

type BerichtRij = {
  id: string; tekst: string; op: Date; gelezenOp: Date | null; persoonId: string | null; medewerkerId: string | null;
  lid: boolean; voornamen: string | null; tussenvoegsel: string | null; achternaam: string | null; medewerker: string | null;
  documentId: string | null; titel: string | null; mimeType: string | null; grootte: number | null;
};

/**
 * A household's conversation in Mijn plan, oldest first (the first 200), with who wrote each message (issue 21). One
 * statement (issue 23: were four), on node-postgres outside a transaction.
 */
export async function berichtenVan(tx: Tx, huishoudenId: string) {
  const query = Prisma.sql`
    SELECT b."id", b."tekst", b."op", b."gelezenOp", b."persoonId", b."medewerkerId",
      p."id" IS NOT NULL AS "lid", p."voornamen", p."tussenvoegsel", p."achternaam", u."naam" AS "medewerker",
      d."id" AS "documentId", d."titel", d."mimeType", d."grootte"
    FROM (SELECT * FROM "PortaalBericht" pb WHERE pb."huishoudenId" = ${huishoudenId}::uuid ORDER BY pb."op" ASC, pb."id" LIMIT 200) b
    LEFT JOIN "Persoon" p ON p."id" = b."persoonId"
    LEFT JOIN "User" u ON u."id" = b."medewerkerId"
    LEFT JOIN "Document" d ON d."id" = b."documentId"
    ORDER BY b."op" ASC, b."id"`;
  const rijen = await leesOp<BerichtRij>(tx, query);
  return rijen.map((b) => ({
    id: b.id, tekst: b.tekst, op: b.op, gelezenOp: b.gelezenOp,
    vanInwoner: b.persoonId !== null,
    persoonId: b.persoonId,
    afzender: b.persoonId ? (b.lid ? volledigeNaam({ voornamen: b.voornamen ?? '', tussenvoegsel: b.tussenvoegsel, achternaam: b.achternaam ?? '' }) : 'Inwoner') : b.medewerker ?? 'Wijkteam',
    bijlage: b.documentId ? { id: b.documentId, titel: b.titel!, mimeType: b.mimeType!, grootte: b.grootte! } : null,
  }));
}

export type PortaalBerichtWeergave = Awaited<ReturnType<typeof berichtenVan>>[number];
