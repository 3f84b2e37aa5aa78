import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/db';
import type { Gemeente } from '@/lib/generated/prisma/client';

const lees = (gemeenteId: string) => prisma.gemeente.findUniqueOrThrow({ where: { id: gemeenteId } });

/** Per process: the gemeente as read at a stand (its version and updatedAt). */
const perProces = new Map<string, { stand: string; gemeente: Promise<Gemeente> }>();

/**
 * The gemeente. With its stand as read in this request (lib/auth/session.ts getActorGemeente: the actor's statement
 * reads it), from the per-process cache, read again only when the stand changed: a change in beheer (which raises
 * the version) shows on the next request in every process, and the cached row is never older than the stand it is
 * kept under. Without a stand: read. Cached per request.
 */
export const getGemeente = cache(async (gemeenteId: string, stand?: string): Promise<Gemeente> => {
  if (stand === undefined) return lees(gemeenteId);
  const kept = perProces.get(gemeenteId);
  if (kept?.stand === stand) return kept.gemeente;
  const gemeente = lees(gemeenteId);
  perProces.set(gemeenteId, { stand, gemeente });
  gemeente.catch(() => {
    if (perProces.get(gemeenteId)?.gemeente === gemeente) perProces.delete(gemeenteId);
  });
  return gemeente;
});
