import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { getTijdlijn } from '@/lib/server/dossier/get-tijdlijn';
import { createContactmoment } from '@/lib/server/dossier/create-contactmoment';
import { createGemeente } from '../support/factories';
import { createBuitenstaander, createRijkHuishouden, createWijkMetTeam, type HuishoudenFixture } from '../support/dossier-fixtures';
import { toCalendarDay } from '@/lib/domain/dates';

let gemeenteId: string;
let org: Awaited<ReturnType<typeof createWijkMetTeam>>;
let fx: HuishoudenFixture;

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  org = await createWijkMetTeam(gemeenteId);
  fx = await createRijkHuishouden(gemeenteId, org);
});

describe('the tijdlijn', () => {
  it('merges the records of every kind into one history, newest first', async () => {
    const { items, perSoort } = await getTijdlijn(org.coach, fx.huishouden.id);
    expect(perSoort).toMatchObject({
      MELDING: 1, TRIAGE: 1, FASE: 3, TOESTEMMING: 1, GESPREK: 1, VEILIGHEID: 1, REGIE: 1, PLAN: 2, AANVRAAG: 1, BESCHIKKING: 3, TOEWIJZING: 1, LEDEN: 3,
    });
    for (let i = 1; i < items.length; i++) expect(items[i - 1].op.getTime()).toBeGreaterThanOrEqual(items[i].op.getTime());
    expect(items.find((i) => i.soort === 'REGIE')).toMatchObject({ titel: `${org.coach.naam} kreeg de casusregie`, door: org.teamlead.naam, href: `/huishoudens/${fx.huishouden.id}/regie` });
    expect(items.find((i) => i.soort === 'TRIAGE')).toMatchObject({ door: org.coach.naam, href: `/meldingen/${fx.melding.id}` });
  });

  it('shows a new journaal entry, and filters by kind', async () => {
    await createContactmoment(org.coach, {
      huishoudenId: fx.huishouden.id, soort: 'HUISBEZOEK', datum: toCalendarDay(new Date()), tijd: 0, duurMinuten: 45, metWie: 'Piet en Anna', notitie: 'Keukentafel, afspraken over de post.',
    });
    const { items } = await getTijdlijn(org.coach, fx.huishouden.id, ['JOURNAAL']);
    expect(items.map((i) => [i.soort, i.titel, i.door])).toEqual([['JOURNAAL', 'Huisbezoek met Piet en Anna', org.coach.naam]]);
  });

  it('shows closing of the casus', async () => {
    await prisma.casusFaseWijziging.create({ data: { casusId: fx.casus.id, van: 'EVALUATIE', naar: 'AFGESLOTEN', op: new Date(), reden: 'Situatie stabiel' } });
    const { items } = await getTijdlijn(org.coach, fx.huishouden.id, ['FASE']);
    expect(items[0]).toMatchObject({ titel: `Casus ${fx.casus.nummer} afgesloten`, details: ['Situatie stabiel'] });
  });

  it('is refused without need-to-know, and a read is logged', async () => {
    const ander = await createBuitenstaander(gemeenteId);
    await expect(getTijdlijn(ander, fx.huishouden.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const row = await prisma.auditEntry.findFirstOrThrow({ where: { actorId: org.coach.id, entiteit: 'Tijdlijn' } });
    expect(row).toMatchObject({ actie: 'READ', huishoudenId: fx.huishouden.id });
  });
});
