import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { einde, magAnonimiseren, type TermijnenPerWet } from '@/lib/domain/bewaartermijn';
import type { Wet } from '@/lib/domain/enums';
import { recordAudit } from '@/lib/server/audit/record';
import { anonimiseerHuishouden } from './anonimiseer-huishouden';

// Bewaartermijnen (issue 8): closed dossiers past their term are anonymised by a daily job (scripts/bewaartermijn.ts,
// `npm run bewaartermijn`) or by the beheerder from /beheer/bewaartermijnen. The dry run shows exactly what would
// happen; both read the same list.

export type Aantallen = {
  personen: number; meldingen: number; casussen: number; gesprekken: number; planversies: number; aanvragen: number;
  beschikkingen: number; documenten: number; journaal: number; consulten: number; taken: number; netwerk: number; betrokkenen: number;
};

export type VerlopenDossier = {
  huishoudenId: string;
  casusnummers: string[];
  afgeslotenOp: Date; // the last casus closed
  wetten: Wet[];
  termijnJaren: number;
  termijnVerstrekenOp: Date;
  aantallen: Aantallen;
};

const CANDIDATE_SELECT = {
  id: true,
  casussen: { select: { nummer: true, afgeslotenOp: true }, orderBy: { afgeslotenOp: 'asc' } },
  aanvragen: { select: { wet: true } },
  _count: {
    select: {
      leden: true, meldingen: true, casussen: true, gesprekken: true, aanvragen: true, beschikkingen: true,
      documenten: true, contactmomenten: true, consulten: true, taken: true, netwerk: true, betrokkenen: true,
    },
  },
} as const;

async function termijnenVan(db: Tx | typeof prisma, gemeenteId: string): Promise<TermijnenPerWet> {
  const rows = await db.bewaartermijn.findMany({ where: { gemeenteId } });
  return Object.fromEntries(rows.map((r) => [r.wet, r.jaren]));
}

/** Households of the gemeente whose casussen are all closed and past the term, not yet anonymised. */
async function vindVerlopen(db: Tx | typeof prisma, gemeenteId: string, now: Date, where: { id?: string } = {}): Promise<VerlopenDossier[]> {
  const termijnen = await termijnenVan(db, gemeenteId);
  const kandidaten = await db.huishouden.findMany({
    where: { ...where, gemeenteId, geanonimiseerdOp: null, casussen: { some: {}, none: { afgeslotenOp: null } } },
    select: CANDIDATE_SELECT,
    orderBy: { id: 'asc' },
  });
  const verlopen: VerlopenDossier[] = [];
  for (const h of kandidaten) {
    const wetten = [...new Set(h.aanvragen.map((a) => a.wet))];
    if (!magAnonimiseren(h.casussen, wetten, termijnen, now)) continue;
    const afgeslotenOp = new Date(Math.max(...h.casussen.map((c) => c.afgeslotenOp!.getTime())));
    const termijnJaren = Math.max(...(wetten.length ? wetten : (['WMO'] as const)).map((w) => termijnen[w]!));
    const planversies = await db.planVersie.count({ where: { plan: { huishoudenId: h.id } } });
    verlopen.push({
      huishoudenId: h.id,
      casusnummers: h.casussen.map((c) => c.nummer),
      afgeslotenOp,
      wetten,
      termijnJaren,
      termijnVerstrekenOp: einde(afgeslotenOp, termijnJaren),
      aantallen: {
        personen: h._count.leden, meldingen: h._count.meldingen, casussen: h._count.casussen, gesprekken: h._count.gesprekken,
        planversies, aanvragen: h._count.aanvragen, beschikkingen: h._count.beschikkingen, documenten: h._count.documenten,
        journaal: h._count.contactmomenten, consulten: h._count.consulten, taken: h._count.taken, netwerk: h._count.netwerk,
        betrokkenen: h._count.betrokkenen,
      },
    });
  }
  return verlopen.sort((a, b) => a.afgeslotenOp.getTime() - b.afgeslotenOp.getTime());
}

/** The dry run: what the job would anonymise now. Changes nothing and writes no audit row (no dossier is opened). */
export async function zoekVerlopenDossiers(actor: Actor, now = new Date()): Promise<VerlopenDossier[]> {
  assertPermission(actor, 'beheer:manage');
  return vindVerlopen(prisma, actor.gemeenteId, now);
}

export type AnonimiseringVerslag = { geanonimiseerd: { huishoudenId: string; casusnummers: string[]; personen: number }[] };

/**
 * Anonymises every dossier past its term, one transaction per household: the household row is locked and checked
 * again inside it (a casus reopened meanwhile keeps it whole), then cleared, and an audit row (ids and counts, no
 * names) is written. `actor` null is the scheduled job; it runs for one gemeente at a time.
 */
export async function anonimiseerVerlopenDossiers(actor: Actor | null, options: { gemeenteId?: string; now?: Date } = {}): Promise<AnonimiseringVerslag> {
  if (actor) assertPermission(actor, 'beheer:manage');
  const gemeenteId = actor?.gemeenteId ?? options.gemeenteId;
  if (!gemeenteId) throw new Error('anonimiseerVerlopenDossiers: gemeenteId needed without an actor');
  const now = options.now ?? new Date();
  const lijst = await vindVerlopen(prisma, gemeenteId, now);
  const geanonimiseerd: AnonimiseringVerslag['geanonimiseerd'] = [];
  for (const kandidaat of lijst) {
    const gedaan = await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Huishouden" WHERE "id" = ${kandidaat.huishoudenId}::uuid FOR UPDATE`;
      const [nog] = await vindVerlopen(tx, gemeenteId, now, { id: kandidaat.huishoudenId });
      if (!nog) return null;
      const resultaat = await anonimiseerHuishouden(tx, nog.huishoudenId, now);
      await recordAudit(tx, actor, {
        actie: 'HUISHOUDEN_GEANONIMISEERD',
        entiteit: 'Huishouden',
        entiteitId: nog.huishoudenId,
        huishoudenId: nog.huishoudenId,
        context: actor ? 'Bewaartermijn verstreken (handmatig gestart)' : 'Bewaartermijn verstreken (dagelijkse taak)',
        after: {
          casusnummers: nog.casusnummers, afgeslotenOp: nog.afgeslotenOp.toISOString(), termijnJaren: nog.termijnJaren,
          personen: resultaat.personen, personenOvergeslagen: resultaat.personenOvergeslagen, rijen: resultaat.rijen,
        },
      }, { gemeenteId });
      return { huishoudenId: nog.huishoudenId, casusnummers: nog.casusnummers, personen: resultaat.personen };
    });
    if (gedaan) geanonimiseerd.push(gedaan);
  }
  return { geanonimiseerd };
}

/** The scheduled job: every gemeente in turn. */
export async function anonimiseerVerlopenDossiersAlleGemeenten(now = new Date()) {
  const gemeenten = await prisma.gemeente.findMany({ select: { id: true, naam: true } });
  const verslag: { gemeente: string; aantal: number }[] = [];
  for (const g of gemeenten) {
    const { geanonimiseerd } = await anonimiseerVerlopenDossiers(null, { gemeenteId: g.id, now });
    verslag.push({ gemeente: g.naam, aantal: geanonimiseerd.length });
  }
  return verslag;
}
