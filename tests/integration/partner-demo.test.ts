// Issue 22: the demo's ketenpartners work: the huisarts's demo user sees its actions in the plans of households that
// consented, the school's sees its (one of them late), the aanbieder's sees its running toewijzingen, and the
// woningcorporatie (no action, no consent) sees nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { findPartnerGebruiker } from '@/lib/server/access/partner-access';
import { getPartnerHuishouden } from '@/lib/server/partner/get-partner-huishouden';
import { getPartnerToewijzingen } from '@/lib/server/partner/get-partner-toewijzingen';
import { getPartnerWerklijst } from '@/lib/server/partner/get-partner-werklijst';
import { DEMO_PARTNERS } from '@/prisma/seed/partners';
import { seedDemo } from '@/prisma/seed';

let gemeenteId: string;
const demoPartner = async (sleutel: keyof typeof DEMO_PARTNERS): Promise<PartnerActor> => {
  const g = await prisma.partnerGebruiker.findFirstOrThrow({ where: { email: DEMO_PARTNERS[sleutel].email, gemeenteId } });
  return (await findPartnerGebruiker(gemeenteId, g.id))!;
};

beforeAll(async () => {
  ({ gemeenteId } = await seedDemo(prisma, { today: new Date() }));
}, 180_000);

describe('the demo ketenpartners', () => {
  it('the huisarts sees its actions in the three households that consented, each with exactly its goal', async () => {
    const huisarts = await demoPartner('huisarts');
    const acties = await getPartnerWerklijst(huisarts);
    expect(acties).toHaveLength(3);
    expect(await prisma.actie.count({ where: { partnerOrganisatieId: huisarts.organisatieId } })).toBe(4);
    expect(new Set(acties.map((a) => a.wat))).toEqual(new Set(['Afstemming met de POH-ggz van de huisarts']));
    expect(acties.every((a) => a.namen.length > 0)).toBe(true);
    const view = await getPartnerHuishouden(huisarts, acties[0].huishoudenId);
    expect(view.doelen).toHaveLength(1);
    expect(view.doelen[0].acties.map((a) => a.wat)).toEqual(['Afstemming met de POH-ggz van de huisarts']);
    expect(view.contactgegevens.length).toBeGreaterThan(0);
  });

  it('the school sees its two actions, one late; the corporatie sees none', async () => {
    const acties = await getPartnerWerklijst(await demoPartner('school'));
    expect(acties.map((a) => a.termijn).sort()).toEqual(['BINNENKORT', 'TE_LAAT']);
    expect(await getPartnerWerklijst(await demoPartner('corporatie'))).toEqual([]);
  });

  it('the aanbieder sees its running toewijzingen', async () => {
    const toewijzingen = await getPartnerToewijzingen(await demoPartner('aanbieder'));
    expect(toewijzingen.rijen.length).toBeGreaterThan(0);
    expect(toewijzingen.total).toBeGreaterThanOrEqual(toewijzingen.rijen.length);
  });
});
