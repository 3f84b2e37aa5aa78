import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { afrondReasons, persoonNaam } from '@/lib/domain/gesprek';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { SaveGesprekInput } from '@/lib/validations/gesprek';
import { eenVoorEen } from '@/lib/server/een-voor-een';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';

export type SaveGesprekResult = { gesprekId: string; version: number; status: 'CONCEPT' | 'AFGEROND'; created: boolean };

/**
 * Saves the keukentafelgesprek (DOMAIN.md §2 vraagverheldering) as a concept at any point, or afgerond once it is
 * complete enough for the verslag. Two tabs cannot silently overwrite each other: the update carries the version
 * the form was loaded with, and a stale one is refused (the form keeps every typed value). The parts of the gesprek
 * (deelnemers, leefgebieden, mantelzorg, netwerk, ZRM scores) are replaced as a whole in the same transaction.
 */
export async function saveGesprek(actor: Actor, input: SaveGesprekInput, today = new Date()): Promise<SaveGesprekResult> {
  assertPermission(actor, 'gesprek:write');
  return prisma.$transaction(async (tx) => {
    const id = input.gesprekId ?? crypto.randomUUID();
    const existing = input.gesprekId
      ? await tx.gesprek.findFirst({ where: { id: input.gesprekId, gemeenteId: actor.gemeenteId }, select: { id: true, huishoudenId: true, status: true, casusId: true } })
      : null;
    if (input.gesprekId && (!existing || existing.huishoudenId !== input.huishoudenId)) throw new DomainError('NOT_FOUND', ['Dit gesprek bestaat niet (meer).']);
    const afronden = input.intent === 'afronden' || existing?.status === 'AFGEROND';
    const status = afronden ? 'AFGEROND' : 'CONCEPT';
    await assertHouseholdAccess(tx, actor, input.huishoudenId, {
      actie: existing ? (afronden ? 'GESPREK_AFGEROND' : 'GESPREK_BIJGEWERKT') : 'GESPREK_VASTGELEGD',
      entiteit: 'Gesprek',
      entiteitId: id,
      after: { status, version: existing ? input.version + 1 : 1 },
    });

    const [leden, leefgebieden] = await eenVoorEen([
      tx.huishoudenLidmaatschap.findMany({
        where: { huishoudenId: input.huishoudenId, tot: null },
        select: { persoon: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } } },
      }),
      tx.leefgebied.findMany({ where: { gemeenteId: actor.gemeenteId, id: { in: input.leefgebiedIds } }, select: { id: true, naam: true } }),
    ]);
    const lidById = new Map(leden.map((l) => [l.persoon.id, l.persoon]));
    const leefgebiedById = new Map(leefgebieden.map((l) => [l.id, l]));
    const unknownPersons = [...input.deelnemerPersoonIds, ...input.zrm.map((z) => z.persoonId), ...input.leefgebieden.flatMap((l) => (l.persoonId ? [l.persoonId] : []))]
      .filter((persoonId) => !lidById.has(persoonId));
    if (unknownPersons.length) throw new DomainError('INVALID', ['Een van de gekozen personen hoort niet (meer) bij dit huishouden. Laad de pagina opnieuw.']);
    if (input.leefgebiedIds.some((lgId) => !leefgebiedById.has(lgId))) {
      throw new DomainError('INVALID', ['Een gekozen leefgebied bestaat niet (meer). Laad de pagina opnieuw.'], { leefgebieden: ['Kies de leefgebieden opnieuw.'] });
    }

    if (afronden) {
      const reasons = afrondReasons({
        datum: input.datum,
        plaats: input.plaats,
        deelnemerCount: input.deelnemerPersoonIds.length + input.andereDeelnemers.length,
        clientondersteuningAangeboden: input.clientondersteuningAangeboden,
        screening: input.screening,
        screeningToelichting: input.screeningToelichting,
        leefgebiedenIngevuld: input.leefgebieden.filter((l) => !l.persoonId && [l.situatie, l.gaatGoed, l.zorgen, l.eigenKracht, l.wens].some(Boolean)).length,
        afspraken: input.afspraken,
      });
      if (Object.keys(reasons).length) {
        throw new DomainError('INVALID', ['Het gesprek is nog niet compleet. Je concept is niet verloren: vul de gemarkeerde velden aan of sla het op als concept.'], reasons);
      }
    }

    const casus = existing
      ? { id: existing.casusId }
      : await tx.casus.findFirst({ where: { huishoudenId: input.huishoudenId, fase: { not: 'AFGESLOTEN' } }, select: { id: true } });
    if (!casus) throw new DomainError('TRANSITION_REFUSED', ['Dit huishouden heeft geen open casus. Een gesprek hoort bij een casus.']);

    const datum = input.datum ?? toCalendarDay(today);
    const fields = {
      datum,
      plaats: input.plaats,
      clientondersteuningAangeboden: input.clientondersteuningAangeboden ?? false,
      clientondersteunerNaam: input.clientondersteunerNaam || null,
      screeningArmoede: input.screening.armoede,
      screeningSchulden: input.screening.schulden,
      screeningOnveiligheid: input.screening.onveiligheid,
      screeningParticipatie: input.screening.participatie,
      screeningToelichting: input.screeningToelichting || null,
      samenvatting: input.samenvatting || null,
      afspraken: input.afspraken || null,
      vervolg: input.vervolg || null,
      status,
    } as const;

    let version = 1;
    if (existing) {
      const { count } = await tx.gesprek.updateMany({
        where: { id: existing.id, version: input.version },
        data: { ...fields, version: { increment: 1 } },
      });
      if (count === 0) throw await staleVersionError(tx, actor, { entiteit: 'Gesprek', entiteitId: existing.id, wat: 'dit gesprek' });
      version = input.version + 1;
      await eenVoorEen([
        tx.gesprekDeelnemer.deleteMany({ where: { gesprekId: id } }),
        tx.gesprekLeefgebied.deleteMany({ where: { gesprekId: id } }),
        tx.mantelzorg.deleteMany({ where: { gesprekId: id } }),
        tx.netwerkRelatie.deleteMany({ where: { gesprekId: id } }),
        tx.zrmScore.deleteMany({ where: { gesprekId: id } }),
      ]);
    } else {
      await tx.gesprek.create({
        data: { id, gemeenteId: actor.gemeenteId, huishoudenId: input.huishoudenId, casusId: casus.id, voerderId: actor.id, ...fields },
      });
    }

    await writeParts(tx, actor, id, input, datum, lidById, leefgebiedById);
    return { gesprekId: id, version, status, created: !existing };
  });
}

async function writeParts(
  tx: Tx,
  actor: Actor,
  gesprekId: string,
  input: SaveGesprekInput,
  datum: Date,
  lidById: Map<string, { id: string; voornamen: string; tussenvoegsel: string | null; achternaam: string }>,
  leefgebiedById: Map<string, { id: string; naam: string }>,
) {
  const deelnemers = [
    ...input.deelnemerPersoonIds.map((persoonId) => ({ gesprekId, persoonId, naam: persoonNaam(lidById.get(persoonId)!), rol: 'HUISHOUDEN' })),
    ...input.andereDeelnemers.map((d) => ({ gesprekId, persoonId: null, naam: d.naam, rol: d.rol })),
  ];
  if (deelnemers.length) await tx.gesprekDeelnemer.createMany({ data: deelnemers });
  if (input.leefgebieden.length) {
    await tx.gesprekLeefgebied.createMany({
      data: input.leefgebieden.map((l) => ({ gesprekId, ...l, label: leefgebiedById.get(l.leefgebiedId)!.naam })),
    });
  }
  if (input.mantelzorg.length) await tx.mantelzorg.createMany({ data: input.mantelzorg.map((m) => ({ gesprekId, ...m })) });
  if (input.netwerk.length) {
    await tx.netwerkRelatie.createMany({
      data: input.netwerk.map((n) => ({ gemeenteId: actor.gemeenteId, huishoudenId: input.huishoudenId, gesprekId, ...n })),
    });
  }
  // ZRM 2017: score, date, assessor and note only (the criteria texts are licensed). The date is the gesprek's.
  if (input.zrm.length) {
    await tx.zrmScore.createMany({
      data: input.zrm.map((z) => ({
        gemeenteId: actor.gemeenteId, huishoudenId: input.huishoudenId, persoonId: z.persoonId, domein: z.domein, score: z.score,
        notitie: z.notitie, datum, beoordelaarId: actor.id, gesprekId,
      })),
    });
  }
}
