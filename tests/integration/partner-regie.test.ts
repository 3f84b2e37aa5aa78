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
