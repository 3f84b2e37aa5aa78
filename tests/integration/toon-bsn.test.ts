// Issue 16 item 19: a wijkcoach with need-to-know shows a member's BSN on request; every showing is in the access log
// (BSN_GETOOND, with the person); without need-to-know, or for someone outside the household, nothing is shown or logged.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { BSN_GETOOND, toonBsn } from '@/lib/server/dossier/toon-bsn';
import { createGemeente } from '../support/factories';
import { createBuitenstaander, createRijkHuishouden, createWijkMetTeam, type HuishoudenFixture } from '../support/dossier-fixtures';

let gemeenteId: string;
let org: Awaited<ReturnType<typeof createWijkMetTeam>>;
let fx: HuishoudenFixture;

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  org = await createWijkMetTeam(gemeenteId);
  fx = await createRijkHuishouden(gemeenteId, org);
});

describe('toonBsn', () => {
  it('shows the BSN to the regisseur and logs who saw whose BSN, why', async () => {
    const persoon = await prisma.persoon.findUniqueOrThrow({ where: { id: fx.vader.id } });
    expect(persoon.bsn).not.toBeNull();
    expect(await toonBsn(org.coach, { huishoudenId: fx.huishouden.id, persoonId: fx.vader.id })).toEqual({ bsn: persoon.bsn });
    const rows = await prisma.auditEntry.findMany({ where: { actie: BSN_GETOOND, persoonId: fx.vader.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: org.coach.id, huishoudenId: fx.huishouden.id, entiteit: 'Persoon', entiteitId: fx.vader.id, context: 'regisseur', breakTheGlass: false });
  });

  it('refuses without need-to-know, and for a person of another household, and logs nothing', async () => {
    const buiten = await createBuitenstaander(gemeenteId);
    await expect(toonBsn(buiten, { huishoudenId: fx.huishouden.id, persoonId: fx.vader.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const ander = await createRijkHuishouden(gemeenteId, org);
    await expect(toonBsn(org.coach, { huishoudenId: fx.huishouden.id, persoonId: ander.vader.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await prisma.auditEntry.count({ where: { actie: BSN_GETOOND, OR: [{ actorId: buiten.id }, { persoonId: ander.vader.id }] } })).toBe(0);
  });
});
