import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { isOpenAanvraag } from '@/lib/domain/aanvraag-termijn';
import { beschikkingInhoudProblemen, productRegelProblemen, type ProductRegel } from '@/lib/domain/beschikking';
import type { Wet } from '@/lib/domain/enums';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { loadAanvraag } from '@/lib/server/aanvraag/shared';
import { nextKenmerk } from '@/lib/server/nummering';
import { applyTransition } from '@/lib/server/transition/apply-transition';
import type { BeschikkingConceptInput } from '@/lib/validations/beschikking';
import { beschikkingConflict, bumpBeschikking, catalogusProducten, loadBeschikking } from './shared';

export const CONCEPT_BESTAAT = 'Voor deze aanvraag is al een concept-beschikking. Werk dat concept bij.';

/**
 * Drafts a beschikking (DOMAIN.md §2): a new concept on an open aanvraag, or changes to a concept. Whoever saves the
 * concept is its opsteller; a second person with the mandate stelt it vast (four eyes). The concept is checked as
 * it is saved (per product at its own field, then the besluit as a whole), so that a saved concept is ready to be
 * vastgesteld. The aanvraag moves to in behandeling. Optimistic locking on the concept's version.
 */
export async function saveBeschikkingConcept(actor: Actor, input: BeschikkingConceptInput, now = new Date()) {
  assertPermission(actor, 'beschikking:draft');
  try {
    return await prisma.$transaction(async (tx) => (input.beschikkingId ? bijwerken(tx, actor, input, input.beschikkingId) : aanmaken(tx, actor, input, now)));
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [CONCEPT_BESTAAT]);
    throw error;
  }
}

async function aanmaken(tx: Tx, actor: Actor, input: BeschikkingConceptInput, now: Date) {
  if (!input.aanvraagId) throw new DomainError('NOT_FOUND', ['Aanvraag ontbreekt.']);
  const aanvraag = await loadAanvraag(tx, actor, input.aanvraagId);
  await assertHouseholdAccess(tx, actor, aanvraag.huishoudenId, {
    actie: 'BESCHIKKING_CONCEPT_AANGEMAAKT', entiteit: 'Aanvraag', entiteitId: aanvraag.id, persoonId: aanvraag.persoonId,
    after: { besluit: input.besluit, producten: input.producten.length },
  });
  if (!isOpenAanvraag(aanvraag.status)) throw new DomainError('TRANSITION_REFUSED', ['Deze aanvraag is al afgehandeld. Een nieuw besluit neem je als wijziging van de beschikking.']);
  if (input.besluit === 'INTREKKING') throw new DomainError('INVALID', ['Een intrekking maak je vanuit de beschikking die je intrekt.']);
  const bestaand = await tx.beschikking.count({ where: { aanvraagId: aanvraag.id, status: 'CONCEPT' } });
  if (bestaand) throw new DomainError('CONFLICT', [CONCEPT_BESTAAT]);
  await controleer(tx, actor, aanvraag.wet, input, null);

  const identificatie = await nextKenmerk(tx, actor.gemeenteId, 'beschikking', now);
  const beschikking = await tx.beschikking.create({
    data: {
      gemeenteId: actor.gemeenteId, identificatie, aanvraagId: aanvraag.id, huishoudenId: aanvraag.huishoudenId, persoonId: aanvraag.persoonId,
      wet: aanvraag.wet, besluit: input.besluit, wettelijkeGrondslag: input.wettelijkeGrondslag, motivering: input.motivering,
      status: 'CONCEPT', opgesteldDoorId: actor.id,
      producten: { create: input.producten.map(productData) },
    },
    select: { id: true, identificatie: true, version: true },
  });
  // The aanvraag is being handled now (a suspended one stays suspended until it is resumed).
  if (aanvraag.status === 'ONTVANGEN') {
    await applyTransition(tx, actor, {
      object: 'aanvraag', id: aanvraag.id, version: aanvraag.version, van: aanvraag.status, naar: 'IN_BEHANDELING',
      data: { behandelaarId: aanvraag.behandelaarId ?? actor.id },
      audit: null, // BESCHIKKING_CONCEPT_AANGEMAAKT of this use case
    });
  } else if (!aanvraag.behandelaarId) {
    await tx.aanvraag.updateMany({ where: { id: aanvraag.id, behandelaarId: null }, data: { behandelaarId: actor.id } });
  }
  return beschikking;
}

async function bijwerken(tx: Tx, actor: Actor, input: BeschikkingConceptInput, beschikkingId: string) {
  const b = await loadBeschikking(tx, actor, beschikkingId);
  await assertHouseholdAccess(tx, actor, b.huishoudenId, {
    actie: 'BESCHIKKING_CONCEPT_GEWIJZIGD', entiteit: 'Beschikking', entiteitId: b.id, persoonId: b.persoonId,
    before: { besluit: b.besluit, producten: b.producten.length }, after: { besluit: input.besluit, producten: input.producten.length },
  });
  if (b.status !== 'CONCEPT') throw new DomainError('TRANSITION_REFUSED', ['Deze beschikking is al vastgesteld en verandert niet meer. Wijzig haar met een nieuw besluit.']);
  if ((b.besluit === 'INTREKKING') !== (input.besluit === 'INTREKKING')) {
    throw new DomainError('INVALID', [b.besluit === 'INTREKKING' ? 'Een intrekking blijft een intrekking.' : 'Een intrekking maak je vanuit de beschikking die je intrekt.']);
  }
  if (input.version === null) throw await beschikkingConflict(tx, actor, b.id);
  await controleer(tx, actor, b.wet, input, b.vorigBesluitId);
  const version = await bumpBeschikking(tx, actor, b, input.version, {
    besluit: input.besluit,
    wettelijkeGrondslag: input.wettelijkeGrondslag,
    motivering: input.motivering,
    // Four eyes: whoever last wrote the concept is its opsteller; someone else stelt it vast.
    opgesteldDoorId: actor.id,
    ...(b.vorigBesluitId && input.vervalredenVorig ? { vervalredenVorig: input.vervalredenVorig } : {}),
    ...(input.besluit === 'INTREKKING' ? { ingangsdatum: input.intrekkingPer ? toCalendarDay(input.intrekkingPer) : null } : {}),
  });
  await tx.beschiktProduct.deleteMany({ where: { beschikkingId: b.id } });
  if (input.producten.length) await tx.beschiktProduct.createMany({ data: input.producten.map((p) => ({ ...productData(p), beschikkingId: b.id })) });
  return { id: b.id, identificatie: b.identificatie, version };
}

const productData = (p: ProductRegel) => ({
  productId: p.productId!,
  volume: p.volume,
  eenheid: p.volume !== null ? p.eenheid : null,
  frequentie: p.volume !== null ? p.frequentie : null,
  budgetCent: p.budgetCent,
  ingangsdatum: toCalendarDay(p.ingangsdatum!),
  einddatum: p.einddatum ? toCalendarDay(p.einddatum) : null,
  leveringsvorm: p.leveringsvorm!,
  aanbiederId: p.leveringsvorm === 'ZIN' ? p.aanbiederId : null,
  pgbMotivering: p.leveringsvorm === 'PGB' ? p.pgbMotivering : null,
});

/**
 * The rules of lib/domain/beschikking against the catalogue: per product at its field (producten.<n>.<veld>), then
 * the besluit as a whole. A ZIN aanbieder must be an active aanbieder of this gemeente.
 */
export async function controleer(tx: Tx, actor: Actor, wet: Wet, input: Pick<BeschikkingConceptInput, 'besluit' | 'wettelijkeGrondslag' | 'motivering' | 'producten'>, vorigBesluitId: string | null) {
  const catalogus = await catalogusProducten(tx, actor.gemeenteId, input.producten.map((p) => p.productId));
  const aanbiederIds = [...new Set(input.producten.map((p) => p.aanbiederId).filter((id): id is string => Boolean(id)))];
  const aanbieders = new Set(
    aanbiederIds.length
      ? (await tx.aanbieder.findMany({ where: { gemeenteId: actor.gemeenteId, id: { in: aanbiederIds }, actief: true }, select: { id: true } })).map((a) => a.id)
      : [],
  );
  const fieldErrors: Record<string, string[]> = {};
  input.producten.forEach((p, i) => {
    const fouten = productRegelProblemen(p, { wet, product: p.productId ? (catalogus.get(p.productId) ?? null) : null });
    if (p.leveringsvorm === 'ZIN' && p.aanbiederId && !aanbieders.has(p.aanbiederId)) fouten.aanbiederId = 'Kies een actieve aanbieder uit de lijst.';
    for (const [veld, fout] of Object.entries(fouten)) fieldErrors[`producten.${i}.${veld}`] = [fout];
  });
  if (Object.keys(fieldErrors).length) throw new DomainError('INVALID', ['Controleer de gemarkeerde velden.'], fieldErrors);
  const problemen = beschikkingInhoudProblemen({ ...input, vorigBesluitId });
  if (problemen.length) throw new DomainError('INVALID', problemen);
}
