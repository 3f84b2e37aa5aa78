import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import {
  beschikkingInhoudProblemen,
  beschikkingRefusalReasons,
  isToekenning,
  looptijd,
  type BeschikkingFeiten,
  mandaatProblem,
  productRegelProblemen,
} from '@/lib/domain/beschikking';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { isOpenAanvraag } from '@/lib/domain/aanvraag-termijn';
import { applyTransition } from '@/lib/server/transition/apply-transition';
import { toewijzingenBijVaststellen, type ToewijzingUitkomst } from '@/lib/server/toewijzing/toewijzingen-bij-vaststellen';
import type { BeschikkingStapInput } from '@/lib/validations/beschikking';
import { beschikkingConflict, catalogusProducten, loadBeschikking, mandatenVan, type BeschikkingKern } from './shared';

/**
 * Concept → vastgesteld (DOMAIN.md §3 rule 7): by a second backoffice user, not the opsteller (four eyes; the
 * database refuses it too: Beschikking_vier_ogen), with the BESCHIKKING_VASTSTELLEN mandate for the law and every
 * product. In one transaction: the besluit with its datum, ingangsdatum and vervaldatum; the aanvraag beschikt; an
 * earlier besluit it replaces or withdraws vervalt with the vervalreden of this one; and the toewijzingen for every
 * ZIN product (or the changes to the earlier ones), each with its number. All or nothing.
 */
export async function vaststellenBeschikking(actor: Actor, input: BeschikkingStapInput, now = new Date()): Promise<{ version: number; toewijzingen: ToewijzingUitkomst[] }> {
  assertPermission(actor, 'beschikking:vaststellen');
  const today = toCalendarDay(now);
  return prisma.$transaction(async (tx) => {
    const b = await loadBeschikking(tx, actor, input.beschikkingId);
    await assertHouseholdAccess(tx, actor, b.huishoudenId, { actie: 'BESCHIKKING_VASTGESTELD', entiteit: 'Beschikking', entiteitId: b.id, persoonId: b.persoonId });
    const vorig = b.vorigBesluitId ? await loadBeschikking(tx, actor, b.vorigBesluitId) : null;

    const feiten: BeschikkingFeiten = {
      status: b.status,
      opgesteldDoorId: b.opgesteldDoorId,
      actorId: actor.id,
      mandaatProbleem: mandaatProblem(await mandatenVan(tx, actor.id), { wet: b.wet, producten: await mandaatProducten(tx, b, vorig), op: today }),
      inhoudProblemen: await inhoudProblemen(tx, b),
      datum: null,
      verzenddatum: null,
      vervalreden: null,
      today,
    };
    const periode = isToekenning(b.besluit) ? looptijd(b.producten) : { ingangsdatum: b.besluit === 'INTREKKING' ? b.ingangsdatum : null, vervaldatum: null };
    const version = await applyTransition(tx, actor, {
      object: 'beschikking', id: b.id, version: input.version, van: b.status, naar: 'VASTGESTELD', facts: feiten,
      data: {
        datum: today,
        vastgesteldDoorId: actor.id,
        vastgesteldOp: now,
        ingangsdatum: periode.ingangsdatum,
        vervaldatum: periode.vervaldatum,
        vervalreden: periode.vervaldatum ? 'TIJDELIJK' : null,
      },
      audit: null, // BESCHIKKING_VASTGESTELD above (need-to-know)
      conflict: () => beschikkingConflict(tx, actor, b.id),
    });

    if (b.aanvraagId) {
      // Decided: the aanvraag is beschikt, and a running opschorting ends today.
      await tx.opschorting.updateMany({ where: { aanvraagId: b.aanvraagId, tot: null }, data: { tot: today } });
      const aanvraag = await tx.aanvraag.findUnique({ where: { id: b.aanvraagId }, select: { id: true, status: true, version: true } });
      if (aanvraag && isOpenAanvraag(aanvraag.status)) {
        await applyTransition(tx, actor, {
          object: 'aanvraag', id: aanvraag.id, version: aanvraag.version, van: aanvraag.status, naar: 'BESCHIKT',
          audit: null, // part of BESCHIKKING_VASTGESTELD
        });
      }
    }

    if (vorig) await laatVervallen(tx, actor, vorig, b, periode.ingangsdatum ?? today);

    const persoon = await tx.persoon.findUniqueOrThrow({ where: { id: b.persoonId }, select: { overledenOp: true } });
    const toewijzingen = await toewijzingenBijVaststellen(tx, actor, {
      gemeenteId: actor.gemeenteId,
      persoonId: b.persoonId,
      wet: b.wet,
      besluit: b.besluit,
      beschikkingId: b.id,
      producten: b.producten,
      vorigBeschikkingId: vorig?.id ?? null,
      intrekkingPer: b.besluit === 'INTREKKING' ? b.ingangsdatum : null,
      ingangsdatum: periode.ingangsdatum,
      overledenOp: persoon.overledenOp,
      now,
    });
    return { version, toewijzingen };
  });
}

/** The products the mandate must cover: the besluit's own, or for an afwijzing the aanvraag's, for an intrekking the withdrawn ones. */
async function mandaatProducten(tx: Tx, b: BeschikkingKern, vorig: BeschikkingKern | null) {
  if (b.producten.length) return b.producten.map((p) => ({ id: p.productId, naam: p.product.naam }));
  if (vorig?.producten.length) return vorig.producten.map((p) => ({ id: p.productId, naam: p.product.naam }));
  if (b.aanvraagId) {
    const aanvraag = await tx.aanvraag.findUnique({ where: { id: b.aanvraagId }, select: { product: { select: { id: true, naam: true } } } });
    if (aanvraag) return [aanvraag.product];
  }
  return [];
}

/** The content checks again at vaststellen: the catalogue may have changed since the concept was saved. */
async function inhoudProblemen(tx: Tx, b: BeschikkingKern): Promise<string[]> {
  const catalogus = await catalogusProducten(tx, b.gemeenteId, b.producten.map((p) => p.productId));
  const perProduct = b.producten.flatMap((p) => {
    const fouten = productRegelProblemen({ ...p }, { wet: b.wet, product: catalogus.get(p.productId) ?? null });
    return Object.values(fouten).map((f) => `${p.product.naam}: ${f}`);
  });
  const geheel = beschikkingInhoudProblemen({ ...b, producten: b.producten });
  if (b.besluit === 'INTREKKING' && !b.ingangsdatum) geheel.push('Vul in per wanneer het besluit wordt ingetrokken.');
  return [...new Set([...perProduct, ...geheel])];
}

/** The besluit this one replaces or withdraws vervalt (ZGW): vervaldatum and the vervalreden the successor names. */
async function laatVervallen(tx: Tx, actor: Actor, vorig: BeschikkingKern, opvolger: BeschikkingKern, per: Date) {
  const feiten: BeschikkingFeiten = {
    status: vorig.status, opgesteldDoorId: vorig.opgesteldDoorId, actorId: actor.id, mandaatProbleem: null, inhoudProblemen: [],
    datum: vorig.datum, verzenddatum: vorig.verzenddatum, vervalreden: opvolger.vervalredenVorig, today: per,
  };
  const redenen = beschikkingRefusalReasons(feiten, 'VERVALLEN');
  if (redenen.length) throw new DomainError('TRANSITION_REFUSED', [`Het vorige besluit ${vorig.identificatie} kan niet vervallen:`, ...redenen]);
  await applyTransition(tx, actor, {
    object: 'beschikking', id: vorig.id, version: vorig.version, van: vorig.status, naar: 'VERVALLEN', facts: feiten,
    data: { vervaldatum: toCalendarDay(per), vervalreden: opvolger.vervalredenVorig },
    audit: { actie: 'BESCHIKKING_VERVALLEN', huishoudenId: vorig.huishoudenId, persoonId: vorig.persoonId, after: { vervalreden: opvolger.vervalredenVorig, opvolger: opvolger.identificatie } },
    conflict: () => beschikkingConflict(tx, actor, vorig.id),
  });
}
