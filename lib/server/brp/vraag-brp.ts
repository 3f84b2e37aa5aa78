import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { BrpError, brpConfigFromEnv, type BrpConfig, type Doelbinding } from '@/lib/brp/client';
import { recordAudit } from '@/lib/server/audit/record';

// Shared step of every BRP question (not a use case of its own: the callers check the permission). Doelbinding: the
// request carries the purpose, and the access log records that the BRP was asked, by whom, for which purpose and how
// it went — also when it did not answer. The terms asked (BSN, name) are not logged: only the kind of question.

/** The purposes Wijkregie asks the BRP for (x-doelbinding). */
export const BRP_DOELEN = {
  melding: 'Wmo 2015 art. 2.3.2 / Jeugdwet art. 2.3: onderzoek naar aanleiding van een melding',
  dossier: 'Wmo 2015 art. 2.3.2 / Jeugdwet art. 2.3: juiste gegevens in het dossier van een lopende casus',
  controle: 'Wmo 2015 art. 2.3.2 / Jeugdwet art. 2.3: controle van personen in lopende casussen',
} as const;
export type BrpDoel = keyof typeof BRP_DOELEN;

export const GEEN_BRP = 'Er is geen BRP ingesteld (BRP_URL). Je kunt verder met wat Wijkregie al weet; die gegevens zijn niet geverifieerd.';

export function brpConfig(): BrpConfig {
  const config = brpConfigFromEnv();
  if (!config) throw new BrpError('NIET_INGESTELD', GEEN_BRP);
  return config;
}

/** The system itself (the nightly check) as the asker. */
export const SYSTEEM_ID = '00000000-0000-0000-0000-000000000000';

export async function vraagBrp<T>(
  actor: Actor | null,
  options: { doel: BrpDoel; verwerking: string; gemeenteId?: string; huishoudenId?: string | null; persoonId?: string | null; vraag: string },
  ask: (config: BrpConfig, doelbinding: Doelbinding) => Promise<T>,
  count: (result: T) => number = (r) => (Array.isArray(r) ? r.length : 1),
): Promise<T> {
  const doelbinding: Doelbinding = { doel: BRP_DOELEN[options.doel], verwerking: options.verwerking, gebruiker: actor?.id ?? SYSTEEM_ID };
  const log = (after: Record<string, string | number | boolean | null>) =>
    prisma.$transaction((tx) =>
      recordAudit(tx, actor, {
        actie: 'BRP_GERAADPLEEGD', entiteit: 'BRP', huishoudenId: options.huishoudenId ?? null, persoonId: options.persoonId ?? null,
        context: doelbinding.doel, after: { verwerking: options.verwerking, vraag: options.vraag, ...after },
      }, { gemeenteId: options.gemeenteId }));
  let result: T;
  try {
    result = await ask(brpConfig(), doelbinding);
  } catch (error) {
    await log({ gelukt: false, fout: error instanceof BrpError ? error.soort : 'ONBEKEND' });
    throw error;
  }
  await log({ gelukt: true, resultaten: count(result) });
  return result;
}
