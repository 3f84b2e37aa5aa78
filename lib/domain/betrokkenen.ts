// Betrokkenen (issue 11): every professional and organisation around a household on one list, so that helpers know
// of each other (the seeds' first complaint: several helpers around one family who do not know of each other).
// The records name people in many places (regie, intake, consult, aanvraag, toewijzing, network); this module merges
// them into one line per person or organisation, with all their roles and since when.

export type BetrokkeneGroep = 'TEAM' | 'AANBIEDER' | 'PROFESSIONAL' | 'NETWERK';

export const BETROKKENE_GROEP_LABELS: Record<BetrokkeneGroep, string> = {
  TEAM: 'Gemeente en sociaal team',
  AANBIEDER: 'Aanbieders',
  PROFESSIONAL: 'Andere professionals (huisarts, school, …)',
  NETWERK: 'Netwerk van het huishouden',
};

export type Contact = { telefoon: string | null; email: string | null };

export type BetrokkeneRegel = Contact & {
  key: string;
  groep: BetrokkeneGroep;
  naam: string;
  organisatie: string | null;
  rollen: string[];
  sinds: Date | null;
  /** The one lead regisseur of the household (DOMAIN.md §3 rule 3). */
  lead: boolean;
  /** A Betrokkene row that can be ended from the page. */
  betrokkeneId: string | null;
};

export type BetrokkenenBron = {
  medewerkers: (Contact & { userId: string; naam: string; functie: string | null; rol: string; sinds: Date | null; lead?: boolean; organisatie?: string | null })[];
  aanbieders: (Contact & { aanbiederId: string; naam: string; contactNaam: string | null; rol: string; sinds: Date | null; lead?: boolean })[];
  professionals: (Contact & { id: string; naam: string; organisatie: string | null; rol: string; sinds: Date })[];
  netwerk: { id: string; naam: string; relatie: string; bijdrage: string | null; telefoon: string | null; organisatie: boolean }[];
};

const earliest = (a: Date | null, b: Date | null): Date | null => (!a ? b : !b ? a : a.getTime() <= b.getTime() ? a : b);

const GROEP_ORDE: BetrokkeneGroep[] = ['TEAM', 'AANBIEDER', 'PROFESSIONAL', 'NETWERK'];

export const verzamelBetrokkenen = (bron: BetrokkenenBron): BetrokkeneRegel[] => {
  const regels = new Map<string, BetrokkeneRegel>();
  const merge = (key: string, regel: BetrokkeneRegel) => {
    const bestaand = regels.get(key);
    if (!bestaand) return void regels.set(key, regel);
    for (const rol of regel.rollen) if (!bestaand.rollen.includes(rol)) bestaand.rollen.push(rol);
    bestaand.sinds = earliest(bestaand.sinds, regel.sinds);
    bestaand.lead ||= regel.lead;
    bestaand.telefoon ??= regel.telefoon;
    bestaand.email ??= regel.email;
    bestaand.organisatie ??= regel.organisatie;
  };

  for (const m of bron.medewerkers) {
    merge(`user:${m.userId}`, {
      key: `user:${m.userId}`, groep: 'TEAM', naam: m.naam, organisatie: m.organisatie ?? m.functie ?? null, rollen: [m.rol],
      sinds: m.sinds, lead: m.lead ?? false, telefoon: m.telefoon, email: m.email, betrokkeneId: null,
    });
  }
  for (const a of bron.aanbieders) {
    merge(`aanbieder:${a.aanbiederId}`, {
      key: `aanbieder:${a.aanbiederId}`, groep: 'AANBIEDER', naam: a.naam, organisatie: a.contactNaam ? `Contactpersoon: ${a.contactNaam}` : null,
      rollen: [a.rol], sinds: a.sinds, lead: a.lead ?? false, telefoon: a.telefoon, email: a.email, betrokkeneId: null,
    });
  }
  for (const p of bron.professionals) {
    regels.set(`betrokkene:${p.id}`, {
      key: `betrokkene:${p.id}`, groep: 'PROFESSIONAL', naam: p.naam, organisatie: p.organisatie, rollen: [p.rol], sinds: p.sinds,
      lead: false, telefoon: p.telefoon, email: p.email, betrokkeneId: p.id,
    });
  }
  // Several gesprekken may record the same network member: one line per name and relation.
  for (const n of bron.netwerk) {
    const key = `netwerk:${n.naam.trim().toLowerCase()}|${n.relatie.trim().toLowerCase()}`;
    merge(key, {
      key, groep: 'NETWERK', naam: n.naam, organisatie: n.organisatie ? 'Organisatie' : null,
      rollen: [n.bijdrage ? `${n.relatie}: ${n.bijdrage}` : n.relatie], sinds: null, lead: false, telefoon: n.telefoon, email: null,
      betrokkeneId: null,
    });
  }

  return [...regels.values()].sort(
    (a, b) =>
      GROEP_ORDE.indexOf(a.groep) - GROEP_ORDE.indexOf(b.groep) ||
      Number(b.lead) - Number(a.lead) ||
      (a.sinds?.getTime() ?? Infinity) - (b.sinds?.getTime() ?? Infinity) ||
      a.naam.localeCompare(b.naam, 'nl'),
  );
};

/** Number of professionals and organisations involved (a DOMAIN.md §6 indicator): everyone but the network. */
export const aantalProfessionals = (regels: BetrokkeneRegel[]): number => regels.filter((r) => r.groep !== 'NETWERK').length;

/**
 * Number of organisations among them (issue 16 item 20): the gemeente and its sociaal team count once, however many
 * of its staff are involved; each aanbieder once; a recorded professional by their organisation (the same name
 * counts once, ignoring case and spaces), or on their own when none is recorded. The rapportage counts the same in
 * SQL (lib/server/rapportage/get-rapportage.ts), and a test compares both.
 */
export const aantalOrganisaties = (regels: BetrokkeneRegel[]): number =>
  new Set(
    regels
      .filter((r) => r.groep !== 'NETWERK')
      .map((r) => (r.groep === 'TEAM' ? 'gemeente' : r.groep === 'AANBIEDER' ? r.key : r.organisatie?.trim() ? `org:${r.organisatie.trim().toLowerCase()}` : r.key)),
  ).size;
