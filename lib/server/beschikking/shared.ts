import 'server-only';
import type { Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { MandaatFeit } from '@/lib/domain/mandaat';
import type { ProductInfo } from '@/lib/domain/beschikking';
import { BESLUIT_SOORT_LABELS } from '@/lib/domain/labels';
import { isUuid } from '@/lib/domain/ids';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';

export const BESCHIKKING_NIET_GEVONDEN = 'Deze beschikking bestaat niet (meer).';

export const BESCHIKKING_KERN = {
  id: true, gemeenteId: true, identificatie: true, aanvraagId: true, huishoudenId: true, persoonId: true, wet: true, besluit: true,
  wettelijkeGrondslag: true, motivering: true, status: true, datum: true, ingangsdatum: true, vervaldatum: true, vervalreden: true,
  verzenddatum: true, uiterlijkeReactiedatum: true, bezwaarTermijnDagen: true, opgesteldDoorId: true, vastgesteldDoorId: true, vastgesteldOp: true,
  vorigBesluitId: true, vervalredenVorig: true, version: true, createdAt: true, updatedAt: true,
  producten: {
    orderBy: [{ ingangsdatum: 'asc' }, { id: 'asc' }],
    select: {
      id: true, productId: true, volume: true, eenheid: true, frequentie: true, budgetCent: true, ingangsdatum: true, einddatum: true,
      leveringsvorm: true, aanbiederId: true, pgbMotivering: true,
      product: { select: { id: true, code: true, categorie: true, naam: true, wet: true } },
      aanbieder: { select: { id: true, naam: true, agbCode: true } },
    },
  },
} satisfies Prisma.BeschikkingSelect;

export type BeschikkingKern = Prisma.BeschikkingGetPayload<{ select: typeof BESCHIKKING_KERN }>;

/** A beschikking of the actor's gemeente with its products, or NOT_FOUND (a malformed id too). */
export async function loadBeschikking(tx: Tx, actor: Actor, beschikkingId: string): Promise<BeschikkingKern> {
  if (!isUuid(beschikkingId)) throw new DomainError('NOT_FOUND', [BESCHIKKING_NIET_GEVONDEN]);
  const b = await tx.beschikking.findFirst({ where: { id: beschikkingId, gemeenteId: actor.gemeenteId }, select: BESCHIKKING_KERN });
  if (!b) throw new DomainError('NOT_FOUND', [BESCHIKKING_NIET_GEVONDEN]);
  return b;
}

/**
 * Optimistic lock on Beschikking.version (and the status it must still have): bumps it, or STALE_VERSION. Not for
 * the status: that moves through applyTransition (lib/server/transition/apply-transition.ts).
 */
export async function bumpBeschikking(tx: Tx, actor: Actor, b: { id: string; status: BeschikkingKern['status'] }, version: number, data: Omit<Prisma.BeschikkingUpdateManyMutationInput, 'status'>) {
  const { count } = await tx.beschikking.updateMany({ where: { id: b.id, version, status: b.status }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw await beschikkingConflict(tx, actor, b.id);
  return version + 1;
}

/** STALE_VERSION for a beschikking: who changed it since it was opened, when, and what (issue 10). */
export function beschikkingConflict(tx: Tx, actor: Actor, beschikkingId: string) {
  return staleVersionError(tx, actor, {
    entiteit: 'Beschikking',
    entiteitId: beschikkingId,
    wat: 'deze beschikking',
    details: ({ actie, after }) => {
      const a = (after ?? {}) as { besluit?: keyof typeof BESLUIT_SOORT_LABELS; producten?: number };
      if (actie !== 'BESCHIKKING_CONCEPT_GEWIJZIGD' || !a.besluit || !BESLUIT_SOORT_LABELS[a.besluit]) return [];
      const producten = typeof a.producten === 'number' ? ` met ${a.producten} ${a.producten === 1 ? 'product' : 'producten'}` : '';
      return [`het besluit is nu ${BESLUIT_SOORT_LABELS[a.besluit].toLowerCase()}${producten}`];
    },
  });
}

export const mandatenVan = (tx: Tx, userId: string): Promise<MandaatFeit[]> =>
  tx.mandaat.findMany({ where: { userId }, select: { soort: true, wet: true, productId: true, vanaf: true, tot: true } });

export type CatalogusProduct = ProductInfo & { id: string; code: string; categorie: string; naam: string; eenheid: string; standaardFrequentie: string };

/** The products of the gemeente's catalogue with these ids. */
export async function catalogusProducten(tx: Tx, gemeenteId: string, ids: readonly (string | null)[]): Promise<Map<string, CatalogusProduct>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map();
  const rows = await tx.product.findMany({
    where: { gemeenteId, id: { in: wanted } },
    select: { id: true, code: true, categorie: true, naam: true, wet: true, leveringsvormen: true, actiefVan: true, actiefTot: true, eenheid: true, standaardFrequentie: true },
  });
  return new Map(rows.map((r) => [r.id, r]));
}

/** Names of users by id (opsteller, vaststeller), for display. */
export async function gebruikersNamen(tx: Tx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map();
  const users = await tx.user.findMany({ where: { id: { in: wanted } }, select: { id: true, naam: true } });
  return new Map(users.map((u) => [u.id, u.naam]));
}
