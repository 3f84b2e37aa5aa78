// Issue 22 item 5, the regisseur's side: unhandled zorgsignalen in the werkvoorraad (crisis first) and the teamleider's
// casusverdeling, handled once with a version check; proposals taken over or declined; "wie ziet wat en waarom" per
// household, which follows a withdrawn consent at once; and the household sees the partner's look under "wie keek mee".
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { toCalendarDay } from '@/lib/domain/dates';
import { DomainError } from '@/lib/errors';
import { findInwoner } from '@/lib/server/access/inwoner-access';
import { getWieKeekMee } from '@/lib/server/inwoner/get-wie-keek-mee';
import { beoordeelPlanVoorstel } from '@/lib/server/ketenpartner/beoordeel-plan-voorstel';
import { getOpenZorgsignalen } from '@/lib/server/ketenpartner/get-open-zorgsignalen';
import { getPartnerInbreng } from '@/lib/server/ketenpartner/get-partner-inbreng';
import { handelZorgsignaalAf } from '@/lib/server/ketenpartner/handel-zorgsignaal-af';
import { doePlanVoorstel } from '@/lib/server/partner/doe-plan-voorstel';
import { getPartnerHuishouden } from '@/lib/server/partner/get-partner-huishouden';
import { stuurZorgsignaal } from '@/lib/server/partner/stuur-zorgsignaal';
import { conflict } from '@/lib/server/plan/shared';
import { actorFor, createTeam, createUser } from '../support/factories';
import { createPartnerHuishouden, createPartnerWereld, type PartnerWereld } from '../support/partner-factories';

const today = toCalendarDay(new Date());
let w: PartnerWereld;
beforeAll(async () => {
  w = await createPartnerWereld();
}, 60_000);

describe('zorgsignalen in the werkvoorraad and the casusverdeling', () => {
  it('crisis first for the regisseur and the teamleider of the team, not for another team; handled once', async () => {
    const a = await createPartnerHuishouden(w);
    const b = await createPartnerHuishouden(w);
    await stuurZorgsignaal(w.partners.huisarts, { huishoudenId: a.huishouden.id, soort: 'ZORG', toelichting: 'Slaapt slecht.' });
    await stuurZorgsignaal(w.partners.school, { huishoudenId: b.huishouden.id, soort: 'CRISIS', toelichting: 'Acute zorg.' });
    const regisseur = await getOpenZorgsignalen(w.coach);
    expect(regisseur.map((s) => [s.soort, s.huishoudenId])).toEqual([['CRISIS', b.huishouden.id], ['ZORG', a.huishouden.id]]);
    expect((await getOpenZorgsignalen(w.teamlead)).map((s) => s.soort)).toEqual(['CRISIS', 'ZORG']);
    const andereTeam = await createTeam(w.gemeenteId);
    const anderTeamlead = actorFor(await createUser(w.gemeenteId, ['TEAMLEAD'], { teamId: andereTeam.id }), [andereTeam.id]);
    expect(await getOpenZorgsignalen(anderTeamlead)).toEqual([]);

    const signaal = await prisma.partnerSignaal.findFirstOrThrow({ where: { huishoudenId: b.huishouden.id } });
    await handelZorgsignaalAf(w.coach, { huishoudenId: b.huishouden.id, signaalId: signaal.id, version: signaal.version });
    const again = await handelZorgsignaalAf(w.coach, { huishoudenId: b.huishouden.id, signaalId: signaal.id, version: signaal.version }).catch((e: unknown) => e);
    expect((again as DomainError).code).toBe('TRANSITION_REFUSED');
    expect((await getOpenZorgsignalen(w.coach)).map((s) => s.huishoudenId)).toEqual([a.huishouden.id]);
    // The partner sees that its signal was handled.
    expect((await getPartnerHuishouden(w.partners.school, b.huishouden.id)).signalen[0].afgehandeldOp).not.toBeNull();
  });
});

describe('proposals', () => {
  it('are taken over or declined once, with a version check', async () => {
    const h = await createPartnerHuishouden(w);
    const voorstel = await doePlanVoorstel(w.partners.huisarts, { huishoudenId: h.huishouden.id, actieId: h.actieHuisarts.id, doelId: null, wat: 'Twee keer per maand', uiterlijk: null, waarom: 'Meer nodig.' });
    const stale = await beoordeelPlanVoorstel(w.coach, { huishoudenId: h.huishouden.id, voorstelId: voorstel.id, version: 7, besluit: 'AFGEWEZEN' }).catch((e: unknown) => e);
    expect((stale as DomainError).code).toBe('STALE_VERSION');
    await beoordeelPlanVoorstel(w.coach, { huishoudenId: h.huishouden.id, voorstelId: voorstel.id, version: 1, besluit: 'OVERGENOMEN' });
    expect((await getPartnerHuishouden(w.partners.huisarts, h.huishouden.id)).voorstellen.map((v) => v.status)).toEqual(['OVERGENOMEN']);
  });

  it('refuses a staff member without access to the household', async () => {
    const h = await createPartnerHuishouden(w);
    const voorstel = await doePlanVoorstel(w.partners.huisarts, { huishoudenId: h.huishouden.id, actieId: null, doelId: null, wat: 'x', uiterlijk: null, waarom: 'y' });
    const team = await createTeam(w.gemeenteId);
    const vreemde = actorFor(await createUser(w.gemeenteId, ['WIJKCOACH'], { teamId: team.id }), [team.id]);
    const error = await beoordeelPlanVoorstel(vreemde, { huishoudenId: h.huishouden.id, voorstelId: voorstel.id, version: 1, besluit: 'AFGEWEZEN' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((await prisma.partnerVoorstel.findUniqueOrThrow({ where: { id: voorstel.id } })).status).toBe('OPEN');
    // Reading what the partners brought in is refused alike.
    expect(await getPartnerInbreng(vreemde, h.huishouden.id).catch((e: unknown) => e)).toBeInstanceOf(DomainError);
  });

  it("is part of the plan tab's view: it writes no access-log row of its own (the tab's read writes the one)", async () => {
    const h = await createPartnerHuishouden(w);
    const voor = await prisma.auditEntry.count({ where: { huishoudenId: h.huishouden.id } });
    await getPartnerInbreng(w.coach, h.huishouden.id);
    expect(await prisma.auditEntry.count({ where: { huishoudenId: h.huishouden.id } })).toBe(voor);
  });
});

describe('a proposal taken over goes into the concept of the next version (issue 22)', () => {
  const beoordeel = (h: { huishouden: { id: string } }, voorstelId: string, besluit: 'OVERGENOMEN' | 'AFGEWEZEN' = 'OVERGENOMEN') =>
    beoordeelPlanVoorstel(w.coach, { huishoudenId: h.huishouden.id, voorstelId, version: 1, besluit });
  const concept = (planId: string) => prisma.planVersie.findFirstOrThrow({ where: { planId, status: 'CONCEPT' }, include: { acties: true, doelen: true } });

  it('starts the concept from the version in force and adds the action for its goal, the partner as executor', async () => {
    const h = await createPartnerHuishouden(w);
    const uiterlijk = new Date(Date.now() + 30 * 86_400_000);
    const voorstel = await doePlanVoorstel(w.partners.huisarts, { huishoudenId: h.huishouden.id, actieId: null, doelId: h.doelHuisarts.id, wat: 'Slaapdagboek bespreken met de POH-ggz', uiterlijk, waarom: 'Zij slaapt nog slecht.' });
    expect(await beoordeel(h, voorstel.id)).toEqual({ versienummer: 2 });

    const v2 = await concept(h.plan.id);
    expect(v2).toMatchObject({ versienummer: 2, vorigeVersieId: h.versie.id, version: 2 });
    const nieuw = v2.acties.find((a) => a.wat === 'Slaapdagboek bespreken met de POH-ggz')!;
    expect(nieuw).toMatchObject({ partnerOrganisatieId: w.partners.huisarts.organisatieId, wie: 'PROFESSIONAL', wieNaam: 'Huisartsenpraktijk Molenplein', status: 'OPEN', uiterlijk: toCalendarDay(uiterlijk) });
    expect(v2.doelen.find((d) => d.id === nieuw.doelId)?.omschrijving).toBe('Ik wil beter slapen.');
    expect(v2.acties).toHaveLength(4); // the three copied and the new one
    // The version in force does not change; the regisseur still decides (vaststellen).
    expect(await prisma.actie.count({ where: { planVersieId: h.versie.id } })).toBe(3);
    expect((await prisma.planVersie.findUniqueOrThrow({ where: { id: h.versie.id } })).status).toBe('VASTGESTELD');

    const stored = await prisma.partnerVoorstel.findUniqueOrThrow({ where: { id: voorstel.id } });
    expect(stored).toMatchObject({ status: 'OVERGENOMEN', opgenomenInVersieId: v2.id, beoordeeldDoorId: w.coach.id, version: 2 });
    const audit = await prisma.auditEntry.findMany({ where: { huishoudenId: h.huishouden.id, actorId: w.coach.id }, orderBy: { op: 'asc' }, select: { actie: true, entiteitId: true, after: true } });
    expect(audit.map((a) => a.actie)).toEqual(['PLAN_NIEUWE_VERSIE', 'PLAN_VOORSTEL_OPGENOMEN', 'PARTNER_VOORSTEL_BEOORDEELD']);
    expect(audit[1]).toMatchObject({ entiteitId: v2.id, after: { version: 2, onderdelen: ['acties'], voorstelId: voorstel.id, actieToegevoegd: nieuw.id } });

    // Both sides read where it went.
    expect((await getPartnerHuishouden(w.partners.huisarts, h.huishouden.id)).voorstellen[0].uitkomst).toBe('Opgenomen in het concept van versie 2');
    expect((await getPartnerInbreng(w.coach, h.huishouden.id)).voorstellen[0].uitkomst).toBe('Opgenomen in het concept van versie 2');
    await prisma.planVersie.update({ where: { id: v2.id }, data: { status: 'VASTGESTELD', vastgesteldOp: new Date() } });
    expect((await getPartnerHuishouden(w.partners.huisarts, h.huishouden.id)).voorstellen[0].uitkomst).toBe('Opgenomen in versie 2 van het plan');
  });

  it('changes the partner action in the concept in the making, once; declining touches no plan', async () => {
    const h = await createPartnerHuishouden(w);
    const eerste = await doePlanVoorstel(w.partners.school, { huishoudenId: h.huishouden.id, actieId: null, doelId: h.doelSchool.id, wat: 'Gesprek met de leerplichtambtenaar', uiterlijk: null, waarom: 'Verzuim.' });
    await beoordeel(h, eerste.id);
    const v2 = await concept(h.plan.id);
    const wijziging = await doePlanVoorstel(w.partners.huisarts, { huishoudenId: h.huishouden.id, actieId: h.actieHuisarts.id, doelId: null, wat: 'Twee keer per maand afstemming met de POH-ggz', uiterlijk: null, waarom: 'Meer nodig.' });
    expect(await beoordeel(h, wijziging.id)).toEqual({ versienummer: 2 });
    const na = await concept(h.plan.id);
    expect(na.id).toBe(v2.id);
    expect(na.version).toBe(v2.version + 1);
    const gewijzigd = na.acties.filter((a) => a.partnerOrganisatieId === w.partners.huisarts.organisatieId);
    expect(gewijzigd.map((a) => [a.wat, a.uiterlijk?.getTime()])).toEqual([['Twee keer per maand afstemming met de POH-ggz', h.actieHuisarts.uiterlijk ? toCalendarDay(h.actieHuisarts.uiterlijk).getTime() : undefined]]);
    expect(na.acties).toHaveLength(4);
    // A colleague's editor opened on the concept before this gets the conflict message naming the step.
    const melding = await prisma.$transaction((tx) => conflict(tx, v2.id, v2.version, [], new Date()));
    expect(melding.code).toBe('STALE_VERSION');
    expect(melding.reasons.join(' ')).toContain('nam een voorstel van een ketenpartner op in het concept');

    const afgewezen = await doePlanVoorstel(w.partners.huisarts, { huishoudenId: h.huishouden.id, actieId: null, doelId: null, wat: 'Iets anders', uiterlijk: null, waarom: 'x' });
    expect(await beoordeel(h, afgewezen.id, 'AFGEWEZEN')).toEqual({ versienummer: null });
    expect((await concept(h.plan.id)).version).toBe(na.version);
    expect((await prisma.partnerVoorstel.findUniqueOrThrow({ where: { id: afgewezen.id } })).opgenomenInVersieId).toBeNull();
  });

  it('refuses rather than overwrite when the concept changed the same action or goal, or lies ter akkoord', async () => {
    const h = await createPartnerHuishouden(w);
    const opruimen = await doePlanVoorstel(w.partners.school, { huishoudenId: h.huishouden.id, actieId: null, doelId: null, wat: 'Start', uiterlijk: null, waarom: 'x' });
    await beoordeel(h, opruimen.id);
    const v2 = await concept(h.plan.id);
    // A colleague rewrote the huisarts's action and the school's goal in the concept.
    await prisma.actie.updateMany({ where: { planVersieId: v2.id, partnerOrganisatieId: w.partners.huisarts.organisatieId }, data: { wat: 'Afstemming met de huisarts zelf' } });
    await prisma.doel.updateMany({ where: { planVersieId: v2.id, omschrijving: 'Mijn zoon gaat elke dag naar school.' }, data: { omschrijving: 'Mijn zoon gaat weer naar school.' } });
    const wijziging = await doePlanVoorstel(w.partners.huisarts, { huishoudenId: h.huishouden.id, actieId: h.actieHuisarts.id, doelId: null, wat: 'Wekelijks', uiterlijk: null, waarom: 'x' });
    const fout = await beoordeel(h, wijziging.id).catch((e: unknown) => e) as DomainError;
    expect(fout.code).toBe('CONFLICT');
    expect(fout.reasons.join(' ')).toContain('De actie “Afstemming met de POH-ggz van de huisarts” is in het concept intussen gewijzigd of verwijderd.');
    expect(fout.reasons.join(' ')).toContain('pas het concept van versie 2 zelf aan, of wijs het voorstel af');
    const nieuw = await doePlanVoorstel(w.partners.school, { huishoudenId: h.huishouden.id, actieId: null, doelId: h.doelSchool.id, wat: 'Huisbezoek', uiterlijk: null, waarom: 'x' });
    expect(((await beoordeel(h, nieuw.id).catch((e: unknown) => e)) as DomainError).reasons.join(' ')).toContain('Het doel “Mijn zoon gaat elke dag naar school.” is in het concept intussen gewijzigd of verwijderd.');
    const onveranderd = await concept(h.plan.id);
    expect(onveranderd.version).toBe(v2.version);
    expect(onveranderd.acties.map((a) => a.wat)).not.toContain('Wekelijks');
    expect((await prisma.partnerVoorstel.findUniqueOrThrow({ where: { id: wijziging.id } })).status).toBe('OPEN');

    await prisma.planVersie.update({ where: { id: v2.id }, data: { status: 'TER_AKKOORD' } });
    const terAkkoord = await beoordeel(h, nieuw.id).catch((e: unknown) => e) as DomainError;
    expect(terAkkoord.code).toBe('TRANSITION_REFUSED');
    expect(terAkkoord.reasons[0]).toContain('ter akkoord');
  });

  it('two regisseurs taking over at once: one concept, and no proposal marked taken over without its action', async () => {
    const h = await createPartnerHuishouden(w);
    const a = await doePlanVoorstel(w.partners.huisarts, { huishoudenId: h.huishouden.id, actieId: null, doelId: null, wat: 'Eerste', uiterlijk: null, waarom: 'x' });
    const b = await doePlanVoorstel(w.partners.school, { huishoudenId: h.huishouden.id, actieId: null, doelId: null, wat: 'Tweede', uiterlijk: null, waarom: 'x' });
    const uitkomsten = await Promise.allSettled([beoordeel(h, a.id), beoordeel(h, b.id)]);
    const gelukt = uitkomsten.filter((u) => u.status === 'fulfilled').length;
    expect(gelukt).toBeGreaterThanOrEqual(1);
    // Whoever lost the race (a second concept, or the concept's version moved on) is told so, nothing half-written.
    for (const u of uitkomsten) if (u.status === 'rejected') expect(['CONFLICT', 'STALE_VERSION']).toContain((u.reason as DomainError).code);
    expect(await prisma.planVersie.count({ where: { planId: h.plan.id } })).toBe(2);
    const v2 = await concept(h.plan.id);
    expect(v2.acties.filter((x) => x.wat === 'Eerste' || x.wat === 'Tweede')).toHaveLength(gelukt);
    expect(await prisma.partnerVoorstel.count({ where: { id: { in: [a.id, b.id] }, status: 'OVERGENOMEN', opgenomenInVersieId: v2.id } })).toBe(gelukt);
  });

  it('refuses when the household has no plan in force or in the making', async () => {
    const h = await createPartnerHuishouden(w);
    const voorstel = await doePlanVoorstel(w.partners.huisarts, { huishoudenId: h.huishouden.id, actieId: null, doelId: null, wat: 'x', uiterlijk: null, waarom: 'y' });
    await prisma.ondersteuningsplan.update({ where: { id: h.plan.id }, data: { actueel: false } });
    const fout = await beoordeel(h, voorstel.id).catch((e: unknown) => e) as DomainError;
    expect(fout.reasons).toEqual(['Dit huishouden heeft nog geen plan. Maak eerst een plan; neem het voorstel daarna over.']);
    expect((await prisma.partnerVoorstel.findUniqueOrThrow({ where: { id: voorstel.id } })).status).toBe('OPEN');
  });
});

describe('wie ziet wat en waarom', () => {
  it('names every linked partner, its ground and consent, and follows a withdrawal at once', async () => {
    const h = await createPartnerHuishouden(w);
    const zicht = async () => Object.fromEntries((await getPartnerInbreng(w.coach, h.huishouden.id)).zicht.map((z) => [z.naam, z]));
    const voor = await zicht();
    expect(Object.keys(voor).sort()).toEqual(['Basisschool De Vuurtoren', 'Huisartsenpraktijk Molenplein', 'Stichting Dagbesteding Marsdiep']);
    expect(voor['Huisartsenpraktijk Molenplein'].toegang?.gronden).toEqual(['TOESTEMMING']);
    expect(voor['Huisartsenpraktijk Molenplein'].toestemmingen).toEqual([expect.objectContaining({ deeltContactgegevens: true })]);
    expect(voor['Stichting Dagbesteding Marsdiep'].toegang?.gronden).toEqual(['TOEWIJZING']);
    await prisma.toestemming.update({ where: { id: h.toestemmingHuisarts.id }, data: { ingetrokkenOp: today } });
    const na = await zicht();
    expect(na['Huisartsenpraktijk Molenplein'].toegang).toBeNull();
    expect(na['Basisschool De Vuurtoren'].toegang).not.toBeNull();
  });
});

describe('the household sees the partner look', () => {
  it('under "wie keek mee", as a medewerker of the partner organisation', async () => {
    const h = await createPartnerHuishouden(w);
    await getPartnerHuishouden(w.partners.huisarts, h.huishouden.id);
    const found = await findInwoner(w.gemeenteId, h.persoon.bsn!);
    if (!('inwoner' in found)) throw new Error(found.weigering);
    const rijen = await getWieKeekMee(found.inwoner);
    expect(rijen).toContainEqual(expect.objectContaining({ organisatie: 'Huisartsenpraktijk Molenplein', rollen: [], actie: 'READ' }));
  });
});
