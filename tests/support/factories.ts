// Small builders for integration tests: real rows through the real client, with just enough to be valid.
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import type { Rol } from '@/lib/generated/prisma/enums';

let counter = 0;
const next = () => ++counter;

export async function createGemeente() {
  const n = next();
  return prisma.gemeente.create({
    data: {
      naam: `Testgemeente ${n}`,
      gemeentecode: String(1000 + n).padStart(4, '0'),
      postadres: 'Postbus 1',
      postcodePlaats: '1780 AA Teststad',
      telefoon: '14 0223',
      website: 'https://www.example.test',
      email: 'info@example.test',
      briefhoofd: `Gemeente Test ${n}`,
      ondertekening: 'Het college van burgemeester en wethouders',
    },
  });
}

export async function createTeam(gemeenteId: string, naam = `Team ${next()}`) {
  return prisma.team.create({ data: { gemeenteId, naam, soort: 'WIJKTEAM' } });
}

export async function createUser(gemeenteId: string, rollen: Rol[], options: { teamId?: string; naam?: string } = {}) {
  const n = next();
  const user = await prisma.user.create({
    data: {
      gemeenteId,
      email: `user${n}-${crypto.randomUUID().slice(0, 6)}@example.test`,
      naam: options.naam ?? `Medewerker ${n}`,
      rollen,
      teams: options.teamId ? { create: { teamId: options.teamId } } : undefined,
    },
  });
  return user;
}

export function actorFor(user: { id: string; gemeenteId: string; naam: string; email: string; rollen: Rol[] }, teamIds: string[] = []): Actor {
  return { id: user.id, gemeenteId: user.gemeenteId, naam: user.naam, email: user.email, rollen: user.rollen, teamIds };
}

export async function createPersoon(gemeenteId: string, data: Partial<{ bsn: string; voornamen: string; achternaam: string; geboortedatum: Date }> = {}) {
  return prisma.persoon.create({
    data: {
      gemeenteId,
      voornamen: data.voornamen ?? 'Test',
      achternaam: data.achternaam ?? `Persoon${next()}`,
      bsn: data.bsn,
      geboortedatum: data.geboortedatum,
    },
  });
}

export async function createHuishouden(gemeenteId: string, leden: { persoonId: string; rol?: 'HOOFDBEWONER' | 'PARTNER' | 'KIND' }[] = []) {
  return prisma.huishouden.create({
    data: {
      gemeenteId,
      naam: `Huishouden ${next()}`,
      straat: 'Teststraat',
      huisnummer: next(),
      postcode: '1781AB',
      woonplaats: 'Den Helder',
      leden: { create: leden.map((l) => ({ gemeenteId, persoonId: l.persoonId, rol: l.rol ?? 'HOOFDBEWONER' })) },
    },
  });
}

export async function createCasus(gemeenteId: string, huishoudenId: string, fase: 'TRIAGE' | 'WACHT_OP_REGIE' | 'PLAN' | 'AFGESLOTEN' = 'TRIAGE') {
  const n = next();
  return prisma.casus.create({
    data: {
      gemeenteId,
      huishoudenId,
      nummer: `C-TEST-${n}-${crypto.randomUUID().slice(0, 4)}`,
      fase,
      meldingOntvangenOp: new Date(),
      afgeslotenOp: fase === 'AFGESLOTEN' ? new Date() : null,
    },
  });
}
