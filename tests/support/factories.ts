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

// ── Regie (issue 5) ──

/** A mandate from a year ago, open-ended (PROCESREGIE, DOORZETTINGSMACHT, …). */
export async function grantMandaat(userId: string, soort: 'PROCESREGIE' | 'DOORZETTINGSMACHT' | 'PLAN_VASTSTELLEN' | 'BESCHIKKING_VASTSTELLEN') {
  return prisma.mandaat.create({ data: { userId, soort, vanaf: new Date(Date.now() - 365 * 86_400_000) } });
}

/** A team with a teamlead and wijkcoaches (the first coach with the PROCESREGIE mandate when procesregisseur is set). */
export async function createRegieTeam(gemeenteId: string, options: { coaches?: number; procesregisseur?: boolean; wijkId?: string } = {}) {
  const team = await createTeam(gemeenteId);
  if (options.wijkId) await prisma.teamWijk.create({ data: { teamId: team.id, wijkId: options.wijkId } });
  const lead = await createUser(gemeenteId, ['TEAMLEAD'], { teamId: team.id, naam: `Teamleider ${next()}` });
  const coaches: Actor[] = [];
  for (let i = 0; i < (options.coaches ?? 2); i++) {
    coaches.push(actorFor(await createUser(gemeenteId, ['WIJKCOACH'], { teamId: team.id }), [team.id]));
  }
  let procesregisseur: Actor | null = null;
  if (options.procesregisseur) {
    procesregisseur = actorFor(await createUser(gemeenteId, ['WIJKCOACH'], { teamId: team.id, naam: `Procesregisseur ${next()}` }), [team.id]);
    await grantMandaat(procesregisseur.id, 'PROCESREGIE');
  }
  return { team, teamlead: actorFor(lead, [team.id]), coaches, procesregisseur };
}

/** A household with a casus of this team in the given fase (default: waiting for regie). */
export async function createTeamCasus(
  gemeenteId: string,
  teamId: string,
  options: { fase?: 'WACHT_OP_REGIE' | 'VRAAGVERHELDERING' | 'PLAN' | 'UITVOERING' | 'AFGESLOTEN'; intakeDoorId?: string; meldingOntvangenOp?: Date; urgentie?: 'NORMAAL' | 'HOOG' | 'CRISIS'; wijkId?: string } = {},
) {
  const huishouden = await createHuishouden(gemeenteId);
  if (options.wijkId) await prisma.huishouden.update({ where: { id: huishouden.id }, data: { wijkId: options.wijkId } });
  const fase = options.fase ?? 'WACHT_OP_REGIE';
  const casus = await prisma.casus.create({
    data: {
      gemeenteId,
      huishoudenId: huishouden.id,
      teamId,
      nummer: `C-REGIE-${next()}-${crypto.randomUUID().slice(0, 4)}`,
      fase,
      urgentie: options.urgentie ?? 'NORMAAL',
      meldingOntvangenOp: options.meldingOntvangenOp ?? new Date(),
      afgeslotenOp: fase === 'AFGESLOTEN' ? new Date() : null,
      intakeDoorId: options.intakeDoorId,
    },
  });
  return { huishouden, casus };
}

/** A current regie row written directly (for arranging a starting situation). */
export async function createRegie(
  casus: { id: string; huishoudenId: string; gemeenteId: string },
  regisseurId: string,
  options: { vorm?: 'CASUSREGIE' | 'PROCESREGIE'; lead?: boolean; tot?: Date; vanaf?: Date } = {},
) {
  return prisma.regieToewijzing.create({
    data: {
      gemeenteId: casus.gemeenteId, huishoudenId: casus.huishoudenId, casusId: casus.id, vorm: options.vorm ?? 'CASUSREGIE',
      lead: options.lead ?? true, regisseurId, reden: 'Testopzet', toegewezenDoorId: regisseurId, tot: options.tot, vanaf: options.vanaf,
    },
  });
}
