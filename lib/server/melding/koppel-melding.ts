import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import type { KoppelMeldingInput } from '@/lib/validations/melding';
import { attachMelding, loadOpenMelding } from './attach';

/** Attaches an open melding to an existing household and its open casus (or a new casus in triage). */
export async function koppelMelding(actor: Actor, input: KoppelMeldingInput) {
  assertPermission(actor, 'triage:perform');
  return prisma.$transaction(async (tx) => {
    const melding = await loadOpenMelding(tx, actor, input.meldingId, input.version);
    return attachMelding(tx, actor, melding, input.huishoudenId);
  });
}
