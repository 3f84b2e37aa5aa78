import 'server-only';
import type { Tx } from '@/lib/db';
import { checkBijlage } from '@/lib/domain/bijlage';
import { DomainError } from '@/lib/errors';
import type { Bestand } from './upload-document';

// The attachment of a message in Mijn plan (issue 21), from the resident or from the regisseur: checked on its content
// exactly as a dossier document is (lib/domain/bijlage), stored as a document of the dossier (soort BIJLAGE).

export type BerichtBijlage = { bestand: Bestand; mimeType: string };

/** Checks the file before anything is written; refused at the field `bestand`. Null when no file was sent. */
export function checkBerichtBijlage(bestand: Bestand | null): BerichtBijlage | null {
  if (!bestand) return null;
  const check = checkBijlage(bestand.naam, bestand.bytes);
  if (!check.ok) throw new DomainError('INVALID', [], { bestand: [check.reason] });
  return { bestand, mimeType: check.type.mimeType };
}

/** Stores the checked attachment on the household's open casus (if any), in the caller's transaction; its id. */
export async function bewaarBerichtBijlage(tx: Tx, waar: { gemeenteId: string; huishoudenId: string; titel: string; doorId: string }, bijlage: BerichtBijlage): Promise<string> {
  const casus = await tx.casus.findFirst({ where: { huishoudenId: waar.huishoudenId, fase: { not: 'AFGESLOTEN' } }, select: { id: true } });
  const document = await tx.document.create({
    data: {
      gemeenteId: waar.gemeenteId, huishoudenId: waar.huishoudenId, casusId: casus?.id ?? null, soort: 'BIJLAGE',
      titel: waar.titel.slice(0, 200), mimeType: bijlage.mimeType, inhoud: Buffer.from(bijlage.bestand.bytes), grootte: bijlage.bestand.bytes.length,
      doorId: waar.doorId,
    },
    select: { id: true },
  });
  return document.id;
}
