// Issue 22, need-to-know for ketenpartners. Generated, not by hand: every use case in lib/server/partner/ is listed
// below (a test fails when one is added without an entry), and every one of them is run for every refusal scenario —
// another organisation, consent withdrawn, expired, for another purpose, no involvement, another gemeente — and must
// give nothing: "niet gevonden" or a list without the household, and no row written. A positive control runs each
// use case for the partner that may, so that the refusals cannot pass by always refusing. Then the SQL for lists
// (partnerHuishoudenSql) and the check for single reads (findPartnerToegang) agree on every partner and household.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import { DomainError } from '@/lib/errors';
import { findPartnerToegang, partnerHuishoudens } from '@/lib/server/access/partner-access';
import { beantwoordConsult } from '@/lib/server/partner/beantwoord-consult';
import { bevestigStartZorg } from '@/lib/server/partner/bevestig-start-zorg';
import { bevestigStopZorg } from '@/lib/server/partner/bevestig-stop-zorg';
import { doePlanVoorstel } from '@/lib/server/partner/doe-plan-voorstel';
import { getPartnerConsulten } from '@/lib/server/partner/get-partner-consulten';
import { getPartnerHuishouden } from '@/lib/server/partner/get-partner-huishouden';
import { getPartnerToewijzingen } from '@/lib/server/partner/get-partner-toewijzingen';
import { getPartnerWerklijst } from '@/lib/server/partner/get-partner-werklijst';
import { rapporteerActieVoortgang } from '@/lib/server/partner/rapporteer-actie-voortgang';
import { stuurZorgsignaal } from '@/lib/server/partner/stuur-zorgsignaal';
import { getPartnerToewijzing } from '@/lib/server/partner/get-partner-toewijzing';
import { getPartnerVerzoeken } from '@/lib/server/partner/get-partner-verzoeken';
import { vraagToewijzingAan } from '@/lib/server/partner/vraag-toewijzing-aan';
import { vraagWijzigingAan } from '@/lib/server/partner/vraag-wijziging-aan';
import { createGemeente } from '../support/factories';
import { dag } from '../support/beschikking-factories';
import { createPartner, createPartnerHuishouden, createPartnerWereld, type PartnerWereld } from '../support/partner-factories';

type Huishouden = Awaited<ReturnType<typeof createPartnerHuishouden>>;
type Ctx = { w: PartnerWereld; h: Huishouden };
type Wie = 'huisarts' | 'marsdiep';

const today = toCalendarDay(new Date());

/** Every use case of lib/server/partner: who may call it for the household, how, and whether it gave something of it. */
const USE_CASES: Record<string, { wie: Wie; run: (p: PartnerActor, c: Ctx) => Promise<unknown>; kreeg: (result: unknown, c: Ctx) => boolean }> = {
  getPartnerWerklijst: {
    wie: 'huisarts',
    run: (p) => getPartnerWerklijst(p),
    kreeg: (r, c) => (r as { huishoudenId: string }[]).some((a) => a.huishoudenId === c.h.huishouden.id),
  },
  getPartnerHuishouden: { wie: 'huisarts', run: (p, c) => getPartnerHuishouden(p, c.h.huishouden.id), kreeg: (r, c) => (r as { id: string }).id === c.h.huishouden.id },
  getPartnerToewijzingen: {
    wie: 'marsdiep',
    run: (p) => getPartnerToewijzingen(p),
    kreeg: (r, c) => (r as { rijen: { huishoudenId: string | null }[] }).rijen.some((t) => t.huishoudenId === c.h.huishouden.id),
  },
  getPartnerToewijzing: { wie: 'marsdiep', run: (p, c) => getPartnerToewijzing(p, c.h.toewijzing.id), kreeg: (r, c) => (r as { id: string }).id === c.h.toewijzing.id },
  // Issue 22 item 4. The toewijzing has been sent (a change is asked of a toewijzing the aanbieder has, TR351).
  vraagWijzigingAan: {
    wie: 'marsdiep',
    run: async (p, c) => {
      await prisma.toewijzing.update({ where: { id: c.h.toewijzing.id }, data: { status: 'VERZONDEN' } });
      return vraagWijzigingAan(p, { toewijzingId: c.h.toewijzing.id, ingangsdatum: today, einddatum: null, volume: 4, motivatie: 'Meer dagdelen nodig.' });
    },
    kreeg: (r) => Boolean((r as { id: string }).id),
  },
  // One open verzoek per client (TR374): the change asked above has been answered first.
  vraagToewijzingAan: {
    wie: 'marsdiep',
    run: async (p, c) => {
      await prisma.aanbiederVerzoek.updateMany({ where: { persoonId: c.h.persoon.id, status: 'OPEN' }, data: { status: 'AFGEWEZEN', redenAfwijzing: '1', beantwoordOp: new Date() } });
      return vraagToewijzingAan(p, { bsn: c.h.persoon.bsn!, productId: c.w.producten.dagbesteding.id, ingangsdatum: today, einddatum: null, volume: 2, motivatie: 'Dagbesteding nodig.' });
    },
    kreeg: (r) => Boolean((r as { id: string }).id),
  },
  getPartnerVerzoeken: {
    wie: 'marsdiep',
    run: (p) => getPartnerVerzoeken(p),
    kreeg: (r, c) => (r as { rijen: { huishoudenId: string | null }[] }).rijen.some((v) => v.huishoudenId === c.h.huishouden.id),
  },
  getPartnerConsulten: {
    wie: 'huisarts',
    run: (p) => getPartnerConsulten(p),
    kreeg: (r, c) => (r as { huishoudenId: string }[]).some((k) => k.huishoudenId === c.h.huishouden.id),
  },
  rapporteerActieVoortgang: {
    wie: 'huisarts',
    run: (p, c) => rapporteerActieVoortgang(p, { actieId: c.h.actieHuisarts.id, vorigeStatus: 'OPEN', status: 'GEDAAN', notitie: 'Afgestemd met de POH-ggz.', op: today }),
    kreeg: (r, c) => (r as { huishoudenId: string }).huishoudenId === c.h.huishouden.id,
  },
  doePlanVoorstel: {
    wie: 'huisarts',
    run: (p, c) => doePlanVoorstel(p, { huishoudenId: c.h.huishouden.id, actieId: null, doelId: c.h.doelHuisarts.id, wat: 'Slaapcursus', uiterlijk: null, waarom: 'Helpt bij slapen.' }),
    kreeg: (r) => Boolean((r as { id: string }).id),
  },
  stuurZorgsignaal: {
    wie: 'huisarts',
    run: (p, c) => stuurZorgsignaal(p, { huishoudenId: c.h.huishouden.id, soort: 'ZORG', toelichting: 'Twee afspraken gemist.' }),
    kreeg: (r) => Boolean((r as { id: string }).id),
  },
  beantwoordConsult: {
    wie: 'huisarts',
    run: (p, c) => beantwoordConsult(p, { consultId: c.h.consultHuisarts!.id, version: c.h.consultHuisarts!.version, advies: 'Slaapdagboek bijhouden.', adviesOp: today }),
    kreeg: (r, c) => (r as { huishoudenId: string }).huishoudenId === c.h.huishouden.id,
  },
  bevestigStartZorg: {
    wie: 'marsdiep',
    run: (p, c) => bevestigStartZorg(p, { toewijzingId: c.h.toewijzing.id, begindatum: dag('2026-03-16') }),
    kreeg: (r) => r === 'GESTART',
  },
  bevestigStopZorg: {
    wie: 'marsdiep',
    run: (p, c) => bevestigStopZorg(p, { toewijzingId: c.h.toewijzing.id, begindatum: dag('2026-03-16'), einddatum: dag('2026-12-01'), redenBeeindiging: '19' }),
    kreeg: (r) => r === 'GESTOPT',
  },
};

/** Exported from lib/server/partner but not a use case on a household, with the reason. */
const NOT_A_HOUSEHOLD_USE_CASE: Record<string, string> = {
  signInPartner: 'sign-in: finds the partner user from the eHerkenning claims; tested in partner-werk.test.ts',
  bekendeNamen: 'helper of the reads above, called only with households already checked',
  bekendeNamenUit: 'helper of getPartnerHuishouden: the names from what its check already read, no read of its own',
  getEigenGebruikers: 'the users of the coordinator\'s own organisation: no household; tested in partner-beheer.test.ts',
  rij: 'maps a row of the toewijzingen reads above',
  getContractProducten: 'the products of the organisation\'s own contracts: no household',
};

/**
 * The refusal scenarios: what is done to a fresh household, and which partner then calls. `geldt` says for whom the
 * scenario is a refusal (a toewijzing is the aanbieder's own ground: consent does not matter to it).
 */
const SCENARIOS: Record<string, { geldt: Wie[]; opties?: { huisartsActie?: boolean; huisartsConsult?: 'OPEN' | 'OUD' }; maak: (c: Ctx) => Promise<void>; wie: (c: Ctx, eigen: PartnerActor) => Promise<PartnerActor> | PartnerActor }> = {
  'another organisation (no consent, toewijzing or action there)': { geldt: ['huisarts', 'marsdiep'], maak: async () => {}, wie: (c) => c.w.partners.duinen },
  'consent withdrawn today': {
    geldt: ['huisarts'],
    maak: async (c) => { await prisma.toestemming.update({ where: { id: c.h.toestemmingHuisarts.id }, data: { ingetrokkenOp: today } }); },
    wie: (_, eigen) => eigen,
  },
  'consent expired yesterday': {
    geldt: ['huisarts'],
    maak: async (c) => { await prisma.toestemming.update({ where: { id: c.h.toestemmingHuisarts.id }, data: { geldigTot: addCalendarDays(today, -1) } }); },
    wie: (_, eigen) => eigen,
  },
  'consent for another purpose': {
    geldt: ['huisarts'],
    maak: async (c) => { await prisma.toestemming.update({ where: { id: c.h.toestemmingHuisarts.id }, data: { doel: 'Doorverwijzing' } }); },
    wie: (_, eigen) => eigen,
  },
  'consent but no involvement (no action of the organisation in the plan in force; its consult answered 31 days ago)': {
    geldt: ['huisarts'],
    opties: { huisartsActie: false, huisartsConsult: 'OUD' },
    maak: async () => {},
    wie: (_, eigen) => eigen,
  },
  'a partner of another gemeente': {
    geldt: ['huisarts', 'marsdiep'],
    maak: async () => {},
    wie: async () => createPartner((await createGemeente()).id, 'HUISARTSENPRAKTIJK', 'Praktijk elders'),
  },
};

const written = async (c: Ctx) => {
  const huishoudenId = c.h.huishouden.id;
  const [voortgang, signalen, voorstellen, leveringen, actie, consulten, verzoeken] = await Promise.all([
    prisma.partnerVoortgang.count({ where: { huishoudenId } }),
    prisma.partnerSignaal.count({ where: { huishoudenId } }),
    prisma.partnerVoorstel.count({ where: { huishoudenId } }),
    prisma.zorglevering.count({ where: { toewijzingId: c.h.toewijzing.id } }),
    prisma.actie.findUniqueOrThrow({ where: { id: c.h.actieHuisarts.id }, select: { status: true } }),
    prisma.consult.findMany({ where: { huishoudenId }, select: { status: true, advies: true, version: true } }),
    prisma.aanbiederVerzoek.count({ where: { persoonId: c.h.persoon.id } }),
  ]);
  return { voortgang, signalen, voorstellen, leveringen, actie: actie.status, consulten, verzoeken };
};

let w: PartnerWereld;
beforeAll(async () => {
  w = await createPartnerWereld();
}, 60_000);

describe('the list of partner use cases is complete', () => {
  it('every function exported from lib/server/partner is a use case here or listed with its reason', async () => {
    const modules = import.meta.glob('../../lib/server/partner/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;
    const functions = Object.values(modules).flatMap((m) => Object.entries(m).filter(([, v]) => typeof v === 'function').map(([k]) => k));
    expect(functions.filter((f) => !(f in USE_CASES) && !(f in NOT_A_HOUSEHOLD_USE_CASE))).toEqual([]);
    expect(Object.keys(USE_CASES)).toHaveLength(14);
  });
});

describe('positive control: the partner that may, gets it', () => {
  it('every use case gives the household to its own partner', async () => {
    const c: Ctx = { w, h: await createPartnerHuishouden(w, { huisartsConsult: 'OPEN' }) };
    // Reads first, then writes in this order (stop needs the start).
    for (const [naam, useCase] of Object.entries(USE_CASES)) {
      const result = await useCase.run(w.partners[useCase.wie], c);
      expect(useCase.kreeg(result, c), naam).toBe(true);
    }
    expect(await written(c)).toEqual({
      voortgang: 1, signalen: 1, voorstellen: 1, leveringen: 1, actie: 'GEDAAN', consulten: [{ status: 'AFGEROND', advies: 'Slaapdagboek bijhouden.', version: 2 }], verzoeken: 2,
    });
  });
});

describe.each(Object.entries(SCENARIOS))('refused: %s', (_, scenario) => {
  const cases = Object.entries(USE_CASES).filter(([, u]) => scenario.geldt.includes(u.wie));
  it.each(cases.map(([naam]) => naam))('%s gives nothing and writes nothing', async (naam) => {
    const useCase = USE_CASES[naam];
    const c: Ctx = { w, h: await createPartnerHuishouden(w, { huisartsConsult: 'OPEN', ...scenario.opties }) };
    await scenario.maak(c);
    const partner = await scenario.wie(c, w.partners[useCase.wie]);
    const voor = await written(c);
    const result = await useCase.run(partner, c).then((r) => ({ r }), (e: unknown) => ({ e }));
    if ('e' in result) {
      expect(result.e).toBeInstanceOf(DomainError);
      expect((result.e as DomainError).code).toBe('NOT_FOUND');
    } else {
      expect(useCase.kreeg(result.r, c)).toBe(false);
    }
    expect(await written(c)).toEqual(voor);
  });
});

describe('partnerHuishoudenSql (lists) and findPartnerToegang (single reads) agree', () => {
  it('for every partner over households in every state', async () => {
    const huishoudens = [];
    for (const [, scenario] of Object.entries(SCENARIOS)) {
      const c: Ctx = { w, h: await createPartnerHuishouden(w, { huisartsConsult: 'OPEN', ...scenario.opties }) };
      await scenario.maak(c);
      huishoudens.push(c.h.huishouden.id);
    }
    // Involved only by an open consult (no action): seen with the consent, the same in SQL and check.
    const alleenConsult: Ctx = { w, h: await createPartnerHuishouden(w, { huisartsActie: false, huisartsConsult: 'OPEN' }) };
    huishoudens.push(alleenConsult.h.huishouden.id);
    expect(await findPartnerToegang(w.partners.huisarts, alleenConsult.h.huishouden.id)).toEqual({ gronden: ['TOESTEMMING'], betrokkenheid: ['CONSULT'] });
    const ingetrokken: Ctx = { w, h: await createPartnerHuishouden(w) };
    await prisma.toewijzing.update({ where: { id: ingetrokken.h.toewijzing.id }, data: { status: 'INGETROKKEN' } });
    huishoudens.push(ingetrokken.h.huishouden.id);
    let gezien = 0;
    for (const partner of Object.values(w.partners)) {
      const sql = new Set(await partnerHuishoudens(partner));
      for (const id of huishoudens) {
        const check = (await findPartnerToegang(partner, id)) !== null;
        expect(check, `${partner.organisatieNaam} → ${id}`).toBe(sql.has(id));
        if (check) gezien++;
      }
    }
    // The comparison means something: some pairs are allowed, some are not.
    expect(gezien).toBeGreaterThan(5);
    expect(gezien).toBeLessThan(Object.keys(w.partners).length * huishoudens.length);
  });
});
