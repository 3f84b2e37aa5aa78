import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { assignRegie } from '@/lib/server/regie/assign-regie';
import { actorFor, createGemeente, createRegieTeam, createTeamCasus, createUser } from '../support/factories';

// DOMAIN.md §3 rule 3 under load: twenty attempts at once to give the same household a lead regisseur leave exactly
// one, whether they come through the use case (two teamleads, optimistic lock on Casus.version) or straight at the
// database (partial unique index RegieToewijzing_een_lead_regisseur).

const ATTEMPTS = 20;
let gemeenteId: string;
let teamId: string;
let teamleads: Actor[];
let coaches: Actor[];

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  const team = await createRegieTeam(gemeenteId, { coaches: 5 });
  teamId = team.team.id;
  coaches = team.coaches;
  const second = await createUser(gemeenteId, ['TEAMLEAD'], { teamId });
  teamleads = [team.teamlead, actorFor(second, [teamId])];
});

describe('20 concurrent attempts to assign a lead regisseur to one household', () => {
  it('through assignRegie: exactly one wins, the others are refused with a known reason', async () => {
    const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId);
    const results = await Promise.allSettled(
      Array.from({ length: ATTEMPTS }, (_, i) =>
        assignRegie(teamleads[i % 2], {
          casusId: casus.id, version: casus.version, mode: 'EERSTE', vorm: 'CASUSREGIE', regisseurId: coaches[i % coaches.length].id,
          aanbiederId: null, externeRegisseurNaam: null, reden: `Poging ${i}`, uitzonderingReden: null, uitzonderingGoedgekeurd: false,
        }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(ATTEMPTS - 1);
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(DomainError);
      expect(['STALE_VERSION', 'TRANSITION_REFUSED', 'CONFLICT']).toContain((r.reason as DomainError).code);
    }
    // A conflict names the teamlead who won (or "Je hebt" for the same teamlead's other attempts), the regisseur they
    // chose, and that the loser's input is still in the form.
    const winner = results.findIndex((r) => r.status === 'fulfilled');
    const stale = refused.map((r) => r.reason as DomainError).filter((e) => e.code === 'STALE_VERSION');
    expect(stale.length).toBeGreaterThan(0);
    for (const e of stale) {
      expect(e.reasons.join(' ')).toMatch(new RegExp(`^(${teamleads[winner % 2].naam} heeft|Je hebt) de regie van deze casus.* om \\d{2}:\\d{2} gewijzigd: ${coaches[winner % coaches.length].naam} is nu regisseur\\. Je wijziging is niet opgeslagen`));
    }

    const leads = await prisma.regieToewijzing.findMany({ where: { huishoudenId: huishouden.id, lead: true, tot: null } });
    expect(leads).toHaveLength(1);
    expect(await prisma.regieToewijzing.count({ where: { huishoudenId: huishouden.id } })).toBe(1);
    const after = await prisma.casus.findUniqueOrThrow({ where: { id: casus.id } });
    expect(after).toMatchObject({ fase: 'PLAN', version: casus.version + 1 });
    expect(await prisma.casusFaseWijziging.count({ where: { casusId: casus.id } })).toBe(1);
    // Only the winner's access-log row stays: the refused transactions rolled back their own.
    expect(await prisma.auditEntry.count({ where: { huishoudenId: huishouden.id, actie: 'REGIE_TOEGEWEZEN' } })).toBe(1);
  });

  it('straight at the database: the partial unique index lets exactly one current lead in', async () => {
    const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId, { fase: 'PLAN' });
    const results = await Promise.allSettled(
      Array.from({ length: ATTEMPTS }, (_, i) =>
        prisma.regieToewijzing.create({
          data: {
            gemeenteId, huishoudenId: huishouden.id, casusId: casus.id, vorm: 'CASUSREGIE', lead: true,
            regisseurId: coaches[i % coaches.length].id, reden: `Poging ${i}`, toegewezenDoorId: teamleads[0].id,
          },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await prisma.regieToewijzing.count({ where: { huishoudenId: huishouden.id, lead: true, tot: null } })).toBe(1);
  });
});
