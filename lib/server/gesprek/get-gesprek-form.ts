import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { isKind, persoonNaam } from '@/lib/domain/gesprek';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { gesprekKeys, gesprekToValues, type SavedGesprek } from '@/lib/validations/gesprek';
import type { HuishoudenRol, ZrmDomein } from '@/lib/generated/prisma/enums';

export type GesprekFormData = Awaited<ReturnType<typeof getGesprekForm>>;

/**
 * Everything the gesprek form needs: the household's current members (children marked, they get their own view),
 * the gemeente's active leefgebieden, and the gesprek as flat values. A new gesprek starts with the network and
 * mantelzorgers of the last one, so the map carries forward and is only corrected.
 */
export async function getGesprekForm(actor: Actor, huishoudenId: string, gesprekId: string | null, today = new Date()) {
  assertPermission(actor, 'gesprek:write');
  return leesZonderTransactie(async (tx) => {
    await assertHouseholdAccess(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Gesprek', entiteitId: gesprekId });
    const huishouden = await tx.huishouden.findFirst({
      where: { id: huishoudenId, gemeenteId: actor.gemeenteId },
      select: {
        id: true, naam: true,
        leden: {
          where: { tot: null }, orderBy: [{ rol: 'asc' }, { vanaf: 'asc' }],
          select: { rol: true, persoon: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true } } },
        },
        casussen: { where: { fase: { not: 'AFGESLOTEN' } }, select: { id: true, nummer: true } },
      },
    });
    if (!huishouden) throw new DomainError('NOT_FOUND');
    const leefgebieden = await tx.leefgebied.findMany({
      where: { gemeenteId: actor.gemeenteId, actief: true },
      orderBy: { volgorde: 'asc' },
      select: { id: true, naam: true, zrmDomein: true },
    });
    const leden = huishouden.leden.map((l) => ({
      id: l.persoon.id,
      naam: persoonNaam(l.persoon),
      rol: l.rol as HuishoudenRol,
      kind: isKind({ rol: l.rol, geboortedatum: l.persoon.geboortedatum }, today),
    }));

    let gesprek: null | { id: string; version: number; status: 'CONCEPT' | 'AFGEROND'; updatedAt: Date; verslagVerstuurdOp: Date | null; values: Record<string, string> } = null;
    let values: Record<string, string>;
    if (gesprekId) {
      const saved = await loadSavedGesprek(tx, actor, huishoudenId, gesprekId);
      // Leefgebieden the gemeente switched off since, stay visible on the gesprekken that used them.
      for (const l of saved.saved.leefgebieden) {
        if (!leefgebieden.some((lg) => lg.id === l.leefgebiedId)) {
          const lg = await tx.leefgebied.findUnique({ where: { id: l.leefgebiedId }, select: { id: true, naam: true, zrmDomein: true } });
          if (lg) leefgebieden.push(lg);
        }
      }
      values = gesprekToValues(saved.saved);
      gesprek = { id: saved.saved.id, version: saved.saved.version, status: saved.status, updatedAt: saved.updatedAt, verslagVerstuurdOp: saved.verslagVerstuurdOp, values };
    } else {
      values = await prefillFromLastGesprek(tx, huishoudenId);
    }
    return {
      huishouden: { id: huishouden.id, naam: huishouden.naam },
      casus: huishouden.casussen[0] ?? null,
      leden,
      leefgebieden,
      gesprek,
      values,
    };
  });
}

async function loadSavedGesprek(tx: Tx, actor: Actor, huishoudenId: string, gesprekId: string) {
  const g = await tx.gesprek.findFirst({
    where: { id: gesprekId, huishoudenId, gemeenteId: actor.gemeenteId },
    include: { deelnemers: true, leefgebieden: true, mantelzorg: true, netwerk: true },
  });
  if (!g) throw new DomainError('NOT_FOUND', ['Dit gesprek bestaat niet (meer).']);
  const zrm = await tx.zrmScore.findMany({ where: { gesprekId: g.id }, select: { persoonId: true, domein: true, score: true, notitie: true } });
  const saved: SavedGesprek = {
    id: g.id,
    version: g.version,
    datum: g.datum,
    plaats: g.plaats,
    clientondersteuningAangeboden: g.clientondersteuningAangeboden,
    clientondersteunerNaam: g.clientondersteunerNaam,
    // The column is a boolean: "nee" on a concept reads as not yet answered, so the question is asked again on afronden.
    clientondersteuningBeantwoord: g.status === 'AFGEROND' || g.clientondersteuningAangeboden,
    screening: { armoede: g.screeningArmoede, schulden: g.screeningSchulden, onveiligheid: g.screeningOnveiligheid, participatie: g.screeningParticipatie },
    screeningToelichting: g.screeningToelichting,
    samenvatting: g.samenvatting,
    afspraken: g.afspraken,
    vervolg: g.vervolg,
    deelnemers: g.deelnemers,
    leefgebieden: g.leefgebieden,
    mantelzorg: g.mantelzorg,
    netwerk: g.netwerk,
    zrm: zrm.map((z) => ({ ...z, domein: z.domein as ZrmDomein })),
  };
  return { saved, status: g.status, updatedAt: g.updatedAt, verslagVerstuurdOp: g.verslagVerstuurdOp };
}

async function prefillFromLastGesprek(tx: Tx, huishoudenId: string): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  const last = await tx.gesprek.findFirst({ where: { huishoudenId }, orderBy: { datum: 'desc' }, include: { mantelzorg: true } });
  last?.mantelzorg.forEach((m, i) => {
    values[gesprekKeys.mantelzorg(i, 'naam')] = m.naam;
    values[gesprekKeys.mantelzorg(i, 'relatie')] = m.relatie;
    values[gesprekKeys.mantelzorg(i, 'belasting')] = m.belasting;
    values[gesprekKeys.mantelzorg(i, 'ondersteuningsbehoefte')] = m.ondersteuningsbehoefte ?? '';
  });
  (await networkMap(tx, huishoudenId)).forEach((n, i) => {
    values[gesprekKeys.netwerk(i, 'soort')] = n.soort;
    values[gesprekKeys.netwerk(i, 'naam')] = n.naam;
    values[gesprekKeys.netwerk(i, 'relatie')] = n.relatie;
    values[gesprekKeys.netwerk(i, 'bijdrage')] = n.bijdrage ?? '';
    values[gesprekKeys.netwerk(i, 'telefoon')] = n.telefoon ?? '';
  });
  return values;
}

/**
 * The network around the household: the persons and organisations of the latest gesprek that recorded a network
 * (each new gesprek starts from the previous map, so the latest one is the current picture), plus any recorded
 * outside a gesprek.
 */
export async function networkMap(tx: Tx, huishoudenId: string) {
  const latest = await tx.gesprek.findFirst({
    where: { huishoudenId, netwerk: { some: {} } },
    orderBy: [{ datum: 'desc' }, { createdAt: 'desc' }],
    select: { id: true, datum: true },
  });
  const relaties = await tx.netwerkRelatie.findMany({
    where: { huishoudenId, OR: [{ gesprekId: null }, ...(latest ? [{ gesprekId: latest.id }] : [])] },
  });
  return relaties
    .sort((a, b) => (a.soort === b.soort ? a.naam.localeCompare(b.naam, 'nl') : a.soort === 'PERSOON' ? -1 : 1))
    .map((r) => ({ id: r.id, soort: r.soort, naam: r.naam, relatie: r.relatie, bijdrage: r.bijdrage, telefoon: r.telefoon, sinds: r.gesprekId ? latest!.datum : null }));
}
