import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { isActiefOp } from '@/lib/domain/catalogus';
import { formatDatum, toCalendarDay } from '@/lib/domain/dates';
import {
  ACTIE_STATUS_LABELS,
  ARRANGEMENT_SOORT_LABELS,
  HORIZON_LABELS,
  LEVERINGSVORM_LABELS,
  UITVOERDER_LABELS,
} from '@/lib/domain/labels';
import { isBevroren } from '@/lib/domain/plan';
import { diffPlan, gewijzigdeOnderdelen, samenvatting, type PlanInhoud } from '@/lib/domain/plan-diff';
import { DomainError } from '@/lib/errors';
import type { PlanConceptInput } from '@/lib/validations/plan';
import { conflict, loadVersie, persoonNaam, planAudit, planInhoudVan, planToegang } from './shared';

export const TER_AKKOORD_NIET_BEWERKEN = 'Het plan ligt ter akkoord bij het huishouden. Zet het eerst terug naar concept om het te wijzigen.';
export const VASTGESTELD_NIET_BEWERKEN = 'Deze versie is vastgesteld en verandert niet meer. Maak een nieuwe versie om iets te wijzigen.';

type Lookups = {
  leefgebied: Map<string, string>;
  persoon: Map<string, string>;
  user: Map<string, string>;
  voorziening: Map<string, string>;
  product: Map<string, string>;
  partner: Map<string, string>;
};

/**
 * Every id the form sends must be one the household may use: leefgebieden of the gemeente, current members of the
 * household, active staff, active voorzieningen of the sociale kaart and products active today with the chosen
 * leveringsvorm. Problems come back at their own field.
 */
async function checkReferenties(tx: Tx, actor: Actor, input: PlanConceptInput, today: Date): Promise<Lookups> {
  const rij = (lijst: string, item: { rij?: string }, index: number, veld: string) => `${lijst}.${item.rij ?? index}.${veld}`;
  const leefgebiedIds = [...input.vragen.map((v) => v.leefgebiedId), ...input.doelen.map((d) => d.leefgebiedId)];
  const persoonIds = [...input.doelen.map((d) => d.persoonId), ...input.arrangement.map((a) => a.persoonId)].filter((id): id is string => Boolean(id));
  const userIds = [input.monitorDoorId, input.contactpersoonId].filter((id): id is string => Boolean(id));
  const voorzieningIds = input.arrangement.map((a) => a.voorzieningId).filter((id): id is string => Boolean(id));
  const productIds = input.arrangement.map((a) => a.productId).filter((id): id is string => Boolean(id));
  const partnerIds = input.acties.map((a) => a.partnerOrganisatieId).filter((id): id is string => Boolean(id));
  // One connection per transaction: the queries run one after the other.
  const leefgebieden = await tx.leefgebied.findMany({ where: { gemeenteId: actor.gemeenteId, id: { in: leefgebiedIds } }, select: { id: true, naam: true } });
  const leden = await tx.huishoudenLidmaatschap.findMany({
    where: { huishoudenId: input.huishoudenId, tot: null, persoonId: { in: persoonIds } },
    select: { persoon: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } } },
  });
  const users = await tx.user.findMany({ where: { gemeenteId: actor.gemeenteId, actief: true, id: { in: userIds } }, select: { id: true, naam: true } });
  const voorzieningen = await tx.voorziening.findMany({ where: { gemeenteId: actor.gemeenteId, actief: true, id: { in: voorzieningIds } }, select: { id: true, naam: true } });
  const producten = await tx.product.findMany({
    where: { gemeenteId: actor.gemeenteId, id: { in: productIds } },
    select: { id: true, code: true, naam: true, actiefVan: true, actiefTot: true, leveringsvormen: true },
  });
  const partners = partnerIds.length
    ? await tx.partnerOrganisatie.findMany({ where: { gemeenteId: actor.gemeenteId, actief: true, id: { in: partnerIds } }, select: { id: true, naam: true } })
    : [];
  const lookups: Lookups = {
    leefgebied: new Map(leefgebieden.map((l) => [l.id, l.naam])),
    persoon: new Map(leden.map((l) => [l.persoon.id, persoonNaam(l.persoon)])),
    user: new Map(users.map((u) => [u.id, u.naam])),
    voorziening: new Map(voorzieningen.map((v) => [v.id, v.naam])),
    product: new Map(producten.map((p) => [p.id, `${p.code} ${p.naam}`])),
    partner: new Map(partners.map((p) => [p.id, p.naam])),
  };
  const productById = new Map(producten.map((p) => [p.id, p]));

  const errors: Record<string, string[]> = {};
  const fout = (key: string, message: string) => (errors[key] ??= []).push(message);
  input.vragen.forEach((v, i) => lookups.leefgebied.has(v.leefgebiedId) || fout(rij('vragen', v, i, 'leefgebiedId'), 'Kies een leefgebied uit de lijst.'));
  input.doelen.forEach((d, i) => {
    if (!lookups.leefgebied.has(d.leefgebiedId)) fout(rij('doelen', d, i, 'leefgebiedId'), 'Kies een leefgebied uit de lijst.');
    if (d.persoonId && !lookups.persoon.has(d.persoonId)) fout(rij('doelen', d, i, 'persoonId'), 'Deze persoon hoort niet (meer) bij het huishouden.');
  });
  if (input.monitorDoorId && !lookups.user.has(input.monitorDoorId)) fout('monitorDoorId', 'Kies een medewerker uit de lijst.');
  if (input.contactpersoonId && !lookups.user.has(input.contactpersoonId)) fout('contactpersoonId', 'Kies een medewerker uit de lijst.');
  input.acties.forEach((a, i) => {
    if (a.partnerOrganisatieId && !lookups.partner.has(a.partnerOrganisatieId)) fout(rij('acties', a, i, 'partnerOrganisatieId'), 'Kies een ketenpartner uit de lijst.');
  });
  input.arrangement.forEach((a, i) => {
    if (a.persoonId && !lookups.persoon.has(a.persoonId)) fout(rij('arrangement', a, i, 'persoonId'), 'Deze persoon hoort niet (meer) bij het huishouden.');
    if (a.voorzieningId && !lookups.voorziening.has(a.voorzieningId)) fout(rij('arrangement', a, i, 'voorzieningId'), 'Deze voorziening staat niet (meer) op de sociale kaart.');
    if (a.productId) {
      const product = productById.get(a.productId);
      if (!product || !isActiefOp({ van: product.actiefVan, tot: product.actiefTot }, today)) {
        fout(rij('arrangement', a, i, 'productId'), 'Dit product is vandaag niet in de productcatalogus. Kies een ander product.');
      } else if (a.leveringsvorm && !product.leveringsvormen.includes(a.leveringsvorm)) {
        fout(rij('arrangement', a, i, 'leveringsvorm'), `Voor ${product.naam} kan alleen ${product.leveringsvormen.map((l) => LEVERINGSVORM_LABELS[l].toLowerCase()).join(' of ')}.`);
      }
    }
  });
  if (Object.keys(errors).length) throw new DomainError('INVALID', ['Controleer de gemarkeerde velden.'], errors);
  return lookups;
}

/** The input as it reads, to compare with what is stored. */
function inhoudVanInvoer(input: PlanConceptInput, l: Lookups): PlanInhoud {
  const doelTekst = new Map(input.doelen.map((d) => [d.sleutel, d.omschrijving]));
  return {
    watGaatGoed: input.watGaatGoed ?? '',
    monitor: (input.monitorDoorId && l.user.get(input.monitorDoorId)) || '',
    contactpersoon: (input.contactpersoonId && l.user.get(input.contactpersoonId)) || '',
    evaluatieDatum: input.evaluatieDatum ? formatDatum(input.evaluatieDatum) : '',
    vragen: input.vragen.map((v) => ({ leefgebied: l.leefgebied.get(v.leefgebiedId) ?? '', tekst: v.tekst })),
    doelen: input.doelen.map((d) => ({
      leefgebied: l.leefgebied.get(d.leefgebiedId) ?? '',
      persoon: (d.persoonId && l.persoon.get(d.persoonId)) || '',
      omschrijving: d.omschrijving,
      horizon: HORIZON_LABELS[d.horizon],
      zichtbaarAan: d.zichtbaarAan,
    })),
    acties: input.acties.map((a) => ({
      wat: a.wat,
      wie: a.wieNaam ? `${UITVOERDER_LABELS[a.wie]} (${a.wieNaam})` : UITVOERDER_LABELS[a.wie],
      doel: (a.doel && doelTekst.get(a.doel)) || '',
      uiterlijk: a.uiterlijk ? formatDatum(a.uiterlijk) : '',
      status: ACTIE_STATUS_LABELS[a.status],
    })),
    arrangement: input.arrangement.map((a) => ({
      soort: ARRANGEMENT_SOORT_LABELS[a.soort],
      omschrijving: a.omschrijving,
      voorziening: (a.voorzieningId && l.voorziening.get(a.voorzieningId)) || '',
      product: (a.productId && l.product.get(a.productId)) || '',
      persoon: (a.persoonId && l.persoon.get(a.persoonId)) || '',
      leveringsvorm: a.leveringsvorm ? LEVERINGSVORM_LABELS[a.leveringsvorm] : '',
    })),
  };
}

/**
 * Saves the concept of a plan version as a whole. Two people may have it open: the save carries the version it was
 * loaded with, and a save on an older version is refused with who changed what since then (from the access log) and
 * how their input differs from what is stored now, so nothing is silently overwritten. The parts are replaced in
 * the same transaction; a vastgesteld version is never touched (the database refuses it as well).
 */
export async function savePlanConcept(actor: Actor, input: PlanConceptInput, now = new Date()): Promise<{ version: number; onderdelen: string[] }> {
  assertPermission(actor, 'plan:write');
  const today = toCalendarDay(now);
  return prisma.$transaction(async (tx) => {
    await planToegang(tx, actor, input.huishoudenId);
    const versie = await loadVersie(tx, actor, input.huishoudenId, input.versieId);
    const lookups = await checkReferenties(tx, actor, input, today);
    const nieuw = inhoudVanInvoer(input, lookups);
    const oud = await planInhoudVan(tx, versie);
    const verschil = diffPlan(oud, nieuw);
    // The status first (issue 16 item 11): an editor left open while the version was vastgesteld is not a conflict
    // with a colleague to merge by reopening, but a version that no longer changes: say so, and what was not saved.
    const nietOpgeslagen = (onderdelen: string[]) =>
      onderdelen.length ? [`Je wijzigingen zijn niet opgeslagen; ze staan nog in het formulier (${onderdelen.join('; ')}).`] : [];
    if (isBevroren(versie.status)) throw new DomainError('TRANSITION_REFUSED', [VASTGESTELD_NIET_BEWERKEN, ...nietOpgeslagen(samenvatting(verschil))]);
    if (versie.status === 'TER_AKKOORD') throw new DomainError('TRANSITION_REFUSED', [TER_AKKOORD_NIET_BEWERKEN, ...nietOpgeslagen(samenvatting(verschil))]);
    if (versie.version !== input.version) throw await conflict(tx, versie.id, input.version, samenvatting(verschil), now, actor.id);

    // The lock: a second save on the same version waits here and then finds the version moved on.
    const { count } = await tx.planVersie.updateMany({
      where: { id: versie.id, version: input.version, status: 'CONCEPT' },
      data: {
        watGaatGoed: input.watGaatGoed,
        monitorDoorId: input.monitorDoorId,
        contactpersoonId: input.contactpersoonId,
        evaluatieDatum: input.evaluatieDatum,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw await conflict(tx, versie.id, input.version, [], now, actor.id);

    await tx.actie.deleteMany({ where: { planVersieId: versie.id } });
    await tx.arrangementItem.deleteMany({ where: { planVersieId: versie.id } });
    await tx.doel.deleteMany({ where: { planVersieId: versie.id } });
    await tx.planVraag.deleteMany({ where: { planVersieId: versie.id } });

    const doelIds = new Map(input.doelen.map((d) => [d.sleutel, crypto.randomUUID()]));
    await tx.planVraag.createMany({
      data: input.vragen.map((v) => ({ planVersieId: versie.id, leefgebiedId: v.leefgebiedId, label: lookups.leefgebied.get(v.leefgebiedId)!, tekst: v.tekst })),
    });
    await tx.doel.createMany({
      data: input.doelen.map((d, volgorde) => ({
        id: doelIds.get(d.sleutel)!, planVersieId: versie.id, leefgebiedId: d.leefgebiedId, label: lookups.leefgebied.get(d.leefgebiedId)!,
        persoonId: d.persoonId, omschrijving: d.omschrijving, horizon: d.horizon, zichtbaarAan: d.zichtbaarAan, volgorde,
      })),
    });
    await tx.actie.createMany({
      data: input.acties.map((a) => ({
        planVersieId: versie.id, doelId: a.doel ? doelIds.get(a.doel) ?? null : null, wie: a.wie, wieNaam: a.wieNaam, wat: a.wat,
        uiterlijk: a.uiterlijk, status: a.status, partnerOrganisatieId: a.partnerOrganisatieId ?? null, gedeeld: Boolean(a.partnerOrganisatieId) && Boolean(a.gedeeld),
      })),
    });
    await tx.arrangementItem.createMany({
      data: input.arrangement.map((a) => ({
        planVersieId: versie.id, soort: a.soort, omschrijving: a.omschrijving, persoonId: a.persoonId, voorzieningId: a.voorzieningId,
        productId: a.productId, leveringsvorm: a.leveringsvorm, eigenKrachtOverwogen: a.eigenKrachtOverwogen,
        netwerkOverwogen: a.netwerkOverwogen, algemeneVoorzieningOverwogen: a.algemeneVoorzieningOverwogen,
        overwegingToelichting: a.overwegingToelichting,
      })),
    });

    const onderdelen = gewijzigdeOnderdelen(verschil);
    await planAudit(tx, actor, input.huishoudenId, {
      actie: 'PLAN_CONCEPT_OPGESLAGEN',
      entiteit: 'PlanVersie',
      entiteitId: versie.id,
      before: { version: input.version },
      after: { version: input.version + 1, onderdelen },
    });
    return { version: input.version + 1, onderdelen };
  });
}
