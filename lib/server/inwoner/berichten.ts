import 'server-only';
import { volledigeNaam } from '@/lib/domain/naam';
import type { Tx } from '@/lib/db';

/** A household's conversation in Mijn plan, oldest first, with who wrote each message (issue 21). */
export async function berichtenVan(tx: Tx, huishoudenId: string) {
  const berichten = await tx.portaalBericht.findMany({
    where: { huishoudenId }, orderBy: { op: 'asc' }, take: 200,
    select: { id: true, persoonId: true, medewerkerId: true, tekst: true, documentId: true, op: true, gelezenOp: true },
  });
  const [personen, medewerkers, documenten] = await Promise.all([
    tx.persoon.findMany({ where: { id: { in: berichten.flatMap((b) => (b.persoonId ? [b.persoonId] : [])) } }, select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } }),
    tx.user.findMany({ where: { id: { in: berichten.flatMap((b) => (b.medewerkerId ? [b.medewerkerId] : [])) } }, select: { id: true, naam: true } }),
    tx.document.findMany({ where: { id: { in: berichten.flatMap((b) => (b.documentId ? [b.documentId] : [])) } }, select: { id: true, titel: true, mimeType: true, grootte: true } }),
  ]);
  const persoon = new Map(personen.map((p) => [p.id, volledigeNaam(p)]));
  const medewerker = new Map(medewerkers.map((u) => [u.id, u.naam]));
  const document = new Map(documenten.map((d) => [d.id, d]));
  return berichten.map((b) => ({
    id: b.id, tekst: b.tekst, op: b.op, gelezenOp: b.gelezenOp,
    vanInwoner: b.persoonId !== null,
    persoonId: b.persoonId,
    afzender: b.persoonId ? persoon.get(b.persoonId) ?? 'Inwoner' : medewerker.get(b.medewerkerId!) ?? 'Wijkteam',
    bijlage: b.documentId ? document.get(b.documentId) ?? null : null,
  }));
}

export type PortaalBerichtWeergave = Awaited<ReturnType<typeof berichtenVan>>[number];
