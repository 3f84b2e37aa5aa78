import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { aantalOrganisaties, aantalProfessionals } from '@/lib/domain/betrokkenen';
import { betrokkenenBucket } from '@/lib/domain/rapportage';
import { getBetrokkenen } from '@/lib/server/dossier/get-betrokkenen';
import { getRapportage } from '@/lib/server/rapportage/get-rapportage';
import { createGemeente } from '../support/factories';
import { createRijkHuishouden, createWijkMetTeam, type HuishoudenFixture } from '../support/dossier-fixtures';

// Issue 16 item 20: the rapportage counted only recorded betrokkenen (the dossier said 3, the report 1), and its
// professionals and organisaties columns were equal in every row.
let org: Awaited<ReturnType<typeof createWijkMetTeam>>;
let fx: HuishoudenFixture;

beforeAll(async () => {
  const gemeenteId = (await createGemeente()).id;
  org = await createWijkMetTeam(gemeenteId);
  fx = await createRijkHuishouden(gemeenteId, org);
  // A second doctor of the same practice: one more professional, no more organisations.
  await prisma.betrokkene.create({
    data: { gemeenteId, huishoudenId: fx.huishouden.id, naam: 'Dr. de Wit', organisatie: 'huisartsenpraktijk zuid ', rol: 'Huisarts', vanaf: new Date('2020-01-01') },
  });
});

describe('rapportage: betrokkenen per huishouden', () => {
  it('counts professionals and organisations as the dossier does: regisseur, consult, behandelaar, aanbieder, recorded professionals', async () => {
    const dossier = (await getBetrokkenen(org.coach, fx.huishouden.id)).regels;
    const professionals = aantalProfessionals(dossier);
    const organisaties = aantalOrganisaties(dossier);
    // coach (regisseur and contactpersoon), gedragswetenschapper, behandelaar, aanbieder, two doctors;
    // the gemeente, the aanbieder, the practice.
    expect([professionals, organisaties]).toEqual([6, 3]);

    const r = await getRapportage(org.teamlead, { van: null, tot: null, teamId: org.team.id });
    const rij = (bucket: string) => r.betrokkenenPerHuishouden.find((b) => b.bucket === bucket)!;
    expect(rij(betrokkenenBucket(professionals)).huishoudensProfessionals).toBe(1);
    expect(rij(betrokkenenBucket(organisaties)).huishoudensOrganisaties).toBe(1);
    expect(r.betrokkenenPerHuishouden.map((b) => [b.bucket, b.huishoudensProfessionals, b.huishoudensOrganisaties])).toEqual([
      ['0', 0, 0], ['1', 0, 0], ['2', 0, 0], ['3', 0, 1], ['4–5', 0, 0], ['6 of meer', 1, 0],
    ]);
  });
});
