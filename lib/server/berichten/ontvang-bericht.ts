import 'server-only';
import { createHash } from 'node:crypto';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record';

/** At most this many bytes in one message file (a declaratie of a large aanbieder stays far below it). */
export const MAX_BERICHT_BYTES = 5 * 1024 * 1024;

export type Ontvangen = { id: string; nieuw: boolean };

/**
 * Keeps an incoming file exactly as it came (the inbox's first step; processing is verwerkInkomendeBerichten). The
 * same bytes twice are one row: INSERT … ON CONFLICT on (gemeente, sha256), so two workers reading the same folder,
 * or an aanbieder uploading twice, store it once. Bytes that are not UTF-8 are kept as well (decoded with
 * replacement characters) and refused when processed: never lost.
 */
export async function ontvangBericht(gemeenteId: string, input: { bestandsnaam: string; inhoud: Buffer; bron: 'MAP' | 'UPLOAD' }, now = new Date()): Promise<Ontvangen> {
  const sha256 = createHash('sha256').update(input.inhoud).digest('hex');
  const tekst = input.inhoud.toString('utf8').replace(/\u0000/g, '\uFFFD');
  const bestandsnaam = input.bestandsnaam.slice(0, 255);
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    INSERT INTO "InkomendBericht" ("id", "gemeenteId", "bestandsnaam", "inhoud", "sha256", "bron", "ontvangenOp")
    VALUES (gen_random_uuid(), ${gemeenteId}::uuid, ${bestandsnaam}, ${tekst}, ${sha256}, ${input.bron}, ${now})
    ON CONFLICT ("gemeenteId", "sha256") DO NOTHING
    RETURNING "id"`;
  if (rows.length) return { id: rows[0].id, nieuw: true };
  const bestaand = await prisma.inkomendBericht.findUniqueOrThrow({ where: { gemeenteId_sha256: { gemeenteId, sha256 } }, select: { id: true } });
  return { id: bestaand.id, nieuw: false };
}

/** A file an aanbieder sent by hand, uploaded by the backoffice on the Berichtenverkeer page. */
export async function uploadBericht(actor: Actor, input: { bestandsnaam: string; inhoud: Buffer }, now = new Date()): Promise<Ontvangen> {
  assertPermission(actor, 'berichten:behandelen');
  if (!input.inhoud.length) throw new DomainError('INVALID', ['Het bestand is leeg.'], { bestand: ['Kies een XML-bestand met een bericht.'] });
  if (input.inhoud.length > MAX_BERICHT_BYTES) throw new DomainError('INVALID', ['Het bestand is groter dan 5 MB.'], { bestand: ['Een bericht is ten hoogste 5 MB.'] });
  const ontvangen = await ontvangBericht(actor.gemeenteId, { ...input, bron: 'UPLOAD' }, now);
  await prisma.$transaction((tx) => recordAudit(tx, actor, { actie: 'BERICHT_GEUPLOAD', entiteit: 'InkomendBericht', entiteitId: ontvangen.id, after: { nieuw: ontvangen.nieuw } }));
  return ontvangen;
}
