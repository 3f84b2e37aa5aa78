import 'server-only';
import { prisma } from '@/lib/db';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { isActiefOp } from '@/lib/domain/catalogus';
import { toCalendarDay, toIsoDate } from '@/lib/domain/dates';
import { HUISHOUDEN_ROL_LABELS, PARTNER_SOORT_LABELS, WET_LABELS } from '@/lib/domain/labels';
import type { Leveringsvorm } from '@/lib/generated/prisma/enums';
import { loadVersie, persoonNaam, planAudit, planLeesToegang, type VersieMetInhoud } from './shared';

/** The stored version as the flat values of the concept form (lib/validations/plan: `<lijst>.<rij>.<veld>`). */
export function planFormValues(huishoudenId: string, versie: VersieMetInhoud): Record<string, string> {
  const values: Record<string, string> = {
    huishoudenId,
    versieId: versie.id,
    version: String(versie.version),
    watGaatGoed: versie.watGaatGoed ?? '',
    monitorDoorId: versie.monitorDoorId ?? '',
    contactpersoonId: versie.contactpersoonId ?? '',
    evaluatieDatum: versie.evaluatieDatum ? toIsoDate(versie.evaluatieDatum) : '',
  };
  const put = (lijst: string, rij: string, velden: Record<string, string | null | boolean | undefined>) => {
    for (const [veld, waarde] of Object.entries(velden)) {
      if (waarde === true) values[`${lijst}.${rij}.${veld}`] = 'on';
      else if (typeof waarde === 'string') values[`${lijst}.${rij}.${veld}`] = waarde;
    }
  };
  for (const v of versie.vragen) put('vragen', v.id, { leefgebiedId: v.leefgebiedId, tekst: v.tekst });
  // A goal's row token is its id: the actions point at it.
  for (const d of versie.doelen) {
    put('doelen', d.id, { sleutel: d.id, leefgebiedId: d.leefgebiedId, persoonId: d.persoonId ?? '', omschrijving: d.omschrijving, horizon: d.horizon, zichtbaarAan: d.zichtbaarAan });
  }
  for (const a of versie.acties) {
    put('acties', a.id, {
      doel: a.doelId ?? '', wie: a.wie, wieNaam: a.wieNaam ?? '', wat: a.wat, uiterlijk: a.uiterlijk ? toIsoDate(a.uiterlijk) : '', status: a.status,
      partnerOrganisatieId: a.partnerOrganisatieId ?? '', gedeeld: a.gedeeld,
    });
  }
  for (const a of versie.arrangement) {
    put('arrangement', a.id, {
      soort: a.soort, omschrijving: a.omschrijving, persoonId: a.persoonId ?? '', voorzieningId: a.voorzieningId ?? '', productId: a.productId ?? '',
      leveringsvorm: a.leveringsvorm ?? '', eigenKrachtOverwogen: a.eigenKrachtOverwogen, netwerkOverwogen: a.netwerkOverwogen,
      algemeneVoorzieningOverwogen: a.algemeneVoorzieningOverwogen, overwegingToelichting: a.overwegingToelichting ?? '',
    });
  }
  return values;
}

export type Keuze = { value: string; label: string };
export type ProductKeuze = Keuze & { leveringsvormen: Leveringsvorm[] };

/**
 * The concept form of the household's plan: the version in concept with its values, and the choices it offers —
 * the gemeente's leefgebieden, the current members of the household, the staff who can monitor or be the contact,
 * the voorzieningen of the sociale kaart (algemene voorzieningen and voorliggende partners) for the household's wijk
 * and the products of the catalogue that are active today. `concept` is null when no version is in concept.
 */
export async function getPlanBewerken(actor: Actor, huishoudenId: string, now = new Date()) {
  assertPermission(actor, 'plan:write');
  const today = toCalendarDay(now);
  return leesZonderTransactie(async (tx) => {
    await planLeesToegang(actor, huishoudenId);
    const huishouden = await tx.huishouden.findUniqueOrThrow({ where: { id: huishoudenId }, select: { id: true, naam: true, wijkId: true } });
    const concept = await tx.planVersie.findFirst({ where: { plan: { huishoudenId, actueel: true }, status: 'CONCEPT' }, select: { id: true } });
    await planAudit(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'PlanVersie', entiteitId: concept?.id ?? null });
    if (!concept) return { huishouden, concept: null };
    const versie = await loadVersie(tx, actor, huishoudenId, concept.id);

    const leefgebieden = await tx.leefgebied.findMany({ where: { gemeenteId: actor.gemeenteId, actief: true }, orderBy: { volgorde: 'asc' }, select: { id: true, naam: true } });
    const leden = await tx.huishoudenLidmaatschap.findMany({
      where: { huishoudenId, tot: null },
      orderBy: { vanaf: 'asc' },
      select: { rol: true, persoon: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } } },
    });
    const medewerkers = await tx.user.findMany({
      where: { gemeenteId: actor.gemeenteId, actief: true, rollen: { hasSome: ['WIJKCOACH', 'TEAMLEAD'] } },
      orderBy: { naam: 'asc' },
      select: { id: true, naam: true },
    });
    const voorzieningen = await tx.voorziening.findMany({
      where: { gemeenteId: actor.gemeenteId, actief: true, OR: [{ wijkId: null }, ...(huishouden.wijkId ? [{ wijkId: huishouden.wijkId }] : [])] },
      orderBy: [{ soort: 'asc' }, { naam: 'asc' }],
      select: { id: true, naam: true, soort: true },
    });
    const producten = (
      await tx.product.findMany({
        where: { gemeenteId: actor.gemeenteId, actiefVan: { lte: today } },
        orderBy: [{ wet: 'asc' }, { code: 'asc' }],
        select: { id: true, wet: true, code: true, naam: true, actiefVan: true, actiefTot: true, leveringsvormen: true },
      })
    ).filter((p) => isActiefOp({ van: p.actiefVan, tot: p.actiefTot }, today));
    // Issue 22: the registered ketenpartners an action can be given to.
    const partners = await tx.partnerOrganisatie.findMany({ where: { gemeenteId: actor.gemeenteId, actief: true }, orderBy: { naam: 'asc' }, select: { id: true, naam: true, soort: true } });

    return {
      huishouden,
      concept: { id: versie.id, versienummer: versie.versienummer, version: versie.version, values: planFormValues(huishoudenId, versie) },
      keuzes: {
        leefgebieden: leefgebieden.map((l) => ({ value: l.id, label: l.naam })),
        personen: leden.map((l) => ({ value: l.persoon.id, label: `${persoonNaam(l.persoon)} (${HUISHOUDEN_ROL_LABELS[l.rol].toLowerCase()})` })),
        medewerkers: medewerkers.map((m) => ({ value: m.id, label: m.naam })),
        voorzieningen: voorzieningen.map((v) => ({ value: v.id, label: v.soort === 'VOORLIGGEND_PARTNER' ? `${v.naam} (voorliggende partner)` : v.naam })),
        partners: partners.map((p) => ({ value: p.id, label: `${p.naam} (${PARTNER_SOORT_LABELS[p.soort].toLowerCase()})` })),
        producten: producten.map((p): ProductKeuze => ({ value: p.id, label: `${WET_LABELS[p.wet]} · ${p.code} ${p.naam}`, leveringsvormen: p.leveringsvormen })),
      },
    };
  });
}

export type PlanBewerken = Awaited<ReturnType<typeof getPlanBewerken>>;
