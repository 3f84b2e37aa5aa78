import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay, toIsoDate } from '@/lib/domain/dates';
import { isOpenAanvraag } from '@/lib/domain/aanvraag-termijn';
import { STANDAARD_GRONDSLAG } from '@/lib/domain/beschikking';
import { formatBedrag } from '@/lib/domain/catalogus';
import type { Wet } from '@/lib/domain/enums';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { loadAanvraag, persoonNaam } from '@/lib/server/aanvraag/shared';
import { loadBeschikking } from './shared';
import { eenVoorEen } from '@/lib/server/een-voor-een';

export type ProductOptie = { id: string; code: string; naam: string; eenheid: string; standaardFrequentie: string; leveringsvormen: string[] };
export type AanbiederOptie = { id: string; naam: string; agbCode: string; productIds: string[] };

/** The form values of a product line, as strings (what the inputs show). */
export type ProductRegelWaarden = {
  productId: string; leveringsvorm: string; volume: string; eenheid: string; frequentie: string; budget: string;
  ingangsdatum: string; einddatum: string; aanbiederId: string; pgbMotivering: string;
};

export type BeschikkingFormulier = {
  beschikkingId: string | null;
  aanvraagId: string | null;
  version: number | null;
  identificatie: string | null;
  wet: Wet;
  context: { aanvraag: string | null; inwoner: string; huishoudenId: string; gevraagd: string | null; leveringsvorm: string | null; toelichting: string | null };
  vorig: { id: string; identificatie: string } | null;
  waarden: { besluit: string; wettelijkeGrondslag: string; motivering: string; vervalredenVorig: string; intrekkingPer: string; producten: ProductRegelWaarden[] };
  producten: ProductOptie[];
  aanbieders: AanbiederOptie[];
};

/**
 * What the beschikking form needs: a new concept on an open aanvraag (the requested product, its eenheid and
 * frequentie, ZIN or PGB as asked, from today), or an existing concept. The catalogue of the law, and the active
 * aanbieders with the products they have a current contract for (the form lists those first).
 */
export async function getBeschikkingFormulier(actor: Actor, bron: { aanvraagId: string } | { beschikkingId: string }, now = new Date()): Promise<BeschikkingFormulier> {
  assertPermission(actor, 'beschikking:draft');
  const today = toCalendarDay(now);
  return prisma.$transaction(async (tx) => {
    if ('beschikkingId' in bron) {
      const b = await loadBeschikking(tx, actor, bron.beschikkingId);
      await assertHouseholdAccess(tx, actor, b.huishoudenId, { actie: 'READ', entiteit: 'Beschikking', entiteitId: b.id, persoonId: b.persoonId });
      if (b.status !== 'CONCEPT') throw new DomainError('TRANSITION_REFUSED', ['Deze beschikking is al vastgesteld. Wijzig haar met een nieuw besluit.']);
      const [aanvraag, persoon, vorig] = await eenVoorEen([
        b.aanvraagId ? tx.aanvraag.findUnique({ where: { id: b.aanvraagId }, select: { nummer: true, leveringsvorm: true, toelichting: true, product: { select: { naam: true, code: true } } } }) : null,
        tx.persoon.findUniqueOrThrow({ where: { id: b.persoonId }, select: { voornamen: true, tussenvoegsel: true, achternaam: true } }),
        b.vorigBesluitId ? tx.beschikking.findUnique({ where: { id: b.vorigBesluitId }, select: { id: true, identificatie: true } }) : null,
      ]);
      return {
        beschikkingId: b.id,
        aanvraagId: b.aanvraagId,
        version: b.version,
        identificatie: b.identificatie,
        wet: b.wet,
        context: {
          aanvraag: aanvraag?.nummer ?? null, inwoner: persoonNaam(persoon), huishoudenId: b.huishoudenId,
          gevraagd: aanvraag ? `${aanvraag.product.code} ${aanvraag.product.naam}` : null, leveringsvorm: aanvraag?.leveringsvorm ?? null, toelichting: aanvraag?.toelichting ?? null,
        },
        vorig,
        waarden: {
          besluit: b.besluit,
          wettelijkeGrondslag: b.wettelijkeGrondslag,
          motivering: b.motivering,
          vervalredenVorig: b.vervalredenVorig ?? '',
          intrekkingPer: b.besluit === 'INTREKKING' && b.ingangsdatum ? toIsoDate(b.ingangsdatum) : '',
          producten: b.producten.map((p) => ({
            productId: p.productId, leveringsvorm: p.leveringsvorm, volume: p.volume === null ? '' : String(p.volume), eenheid: p.eenheid ?? '',
            frequentie: p.frequentie ?? '', budget: p.budgetCent === null ? '' : formatBedrag(p.budgetCent), ingangsdatum: toIsoDate(p.ingangsdatum),
            einddatum: p.einddatum ? toIsoDate(p.einddatum) : '', aanbiederId: p.aanbiederId ?? '', pgbMotivering: p.pgbMotivering ?? '',
          })),
        },
        ...(await opties(tx, actor, b.wet, today)),
      };
    }

    const aanvraag = await loadAanvraag(tx, actor, bron.aanvraagId);
    await assertHouseholdAccess(tx, actor, aanvraag.huishoudenId, { actie: 'READ', entiteit: 'Aanvraag', entiteitId: aanvraag.id, persoonId: aanvraag.persoonId });
    if (!isOpenAanvraag(aanvraag.status)) throw new DomainError('TRANSITION_REFUSED', ['Deze aanvraag is al afgehandeld.']);
    const concept = await tx.beschikking.findFirst({ where: { aanvraagId: aanvraag.id, status: 'CONCEPT' }, select: { id: true } });
    if (concept) throw new DomainError('CONFLICT', ['Voor deze aanvraag is al een concept-beschikking.'], { beschikkingId: [concept.id] });
    const [persoon, product] = await eenVoorEen([
      tx.persoon.findUniqueOrThrow({ where: { id: aanvraag.persoonId }, select: { voornamen: true, tussenvoegsel: true, achternaam: true } }),
      tx.product.findUniqueOrThrow({ where: { id: aanvraag.productId }, select: { id: true, code: true, naam: true, eenheid: true, standaardFrequentie: true } }),
    ]);
    return {
      beschikkingId: null,
      aanvraagId: aanvraag.id,
      version: null,
      identificatie: null,
      wet: aanvraag.wet,
      context: {
        aanvraag: aanvraag.nummer, inwoner: persoonNaam(persoon), huishoudenId: aanvraag.huishoudenId, gevraagd: `${product.code} ${product.naam}`,
        leveringsvorm: aanvraag.leveringsvorm, toelichting: aanvraag.toelichting,
      },
      vorig: null,
      waarden: {
        besluit: 'TOEKENNING',
        wettelijkeGrondslag: STANDAARD_GRONDSLAG[aanvraag.wet],
        motivering: '',
        vervalredenVorig: '',
        intrekkingPer: '',
        producten: [{
          productId: product.id, leveringsvorm: aanvraag.leveringsvorm, volume: '', eenheid: product.eenheid, frequentie: product.standaardFrequentie,
          budget: '', ingangsdatum: toIsoDate(today), einddatum: '', aanbiederId: '', pgbMotivering: '',
        }],
      },
      ...(await opties(tx, actor, aanvraag.wet, today)),
    };
  });
}

async function opties(tx: Tx, actor: Actor, wet: Wet, today: Date): Promise<{ producten: ProductOptie[]; aanbieders: AanbiederOptie[] }> {
  const actief = { actiefVan: { lte: today }, OR: [{ actiefTot: null }, { actiefTot: { gte: today } }] };
  const [producten, aanbieders] = await eenVoorEen([
    tx.product.findMany({ where: { gemeenteId: actor.gemeenteId, wet, ...actief }, orderBy: { code: 'asc' }, select: { id: true, code: true, naam: true, eenheid: true, standaardFrequentie: true, leveringsvormen: true } }),
    tx.aanbieder.findMany({
      where: { gemeenteId: actor.gemeenteId, actief: true },
      orderBy: { naam: 'asc' },
      select: { id: true, naam: true, agbCode: true, contracten: { where: { van: { lte: today }, OR: [{ tot: null }, { tot: { gte: today } }] }, select: { productId: true } } },
    }),
  ]);
  return {
    producten,
    aanbieders: aanbieders.map((a) => ({ id: a.id, naam: a.naam, agbCode: a.agbCode, productIds: a.contracten.map((c) => c.productId) })),
  };
}
