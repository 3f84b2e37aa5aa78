import 'server-only';
import { prisma } from '@/lib/db';
import { BRP_FIELDS, BrpError, raadpleegMetBsn } from '@/lib/brp/client';
import type { BrpPersoon } from '@/lib/brp/schema';
import { brpGegevens, controleSignalen, type BrpSignaal } from '@/lib/domain/brp';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import { volledigeNaam } from '@/lib/domain/melding';
import { isUniqueViolation } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record';
import { SYSTEEM_ID, vraagBrp } from './vraag-brp';

// The nightly BRP check (issue 20): every person with a BSN in a household with an open casus is asked of the BRP
// (20 per request, only the fields the check needs). Deceased, moved out of the gemeente, living at another address:
// each becomes a task for the lead regisseur (else a teamlead: behandelaarVoorSignaal) in Mijn werkvoorraad, never a silent change of the dossier. One open task
// per person and situation (partial unique index on Taak): the next night adds nothing until the task is done.

export const BRP_TAAK_TERMIJN_DAGEN = 5;

/** A current, active teamlead of a team (TeamLidmaatschap.isLead). */
const LEAD = { isLead: true, tot: null, user: { actief: true, rollen: { has: 'TEAMLEAD' as const } } };

/**
 * Who gets a BRP task (issue 20): the lead regisseur, else the lead of the casus's team, else the lead of a team serving
 * the household's wijk; null when there is none (the teamleads see it in Casusverdeling as "zonder behandelaar").
 */
export function behandelaarVoorSignaal(casus: {
  regie: { regisseurId: string | null }[]; team: { leden: { userId: string }[] } | null;
  huishouden: { wijk: { teams: { team: { leden: { userId: string }[] } }[] } | null };
}): string | null {
  return casus.regie[0]?.regisseurId ?? casus.team?.leden[0]?.userId
    ?? casus.huishouden.wijk?.teams.flatMap((t) => t.team.leden.map((l) => l.userId)).sort()[0] ?? null;
}

export type ControleVerslag = { gemeente: string; gecontroleerd: number; taken: number; fout: string | null };

async function controleerGemeente(gemeente: { id: string; naam: string; gemeentecode: string }, today: Date): Promise<ControleVerslag> {
  const casussen = await prisma.casus.findMany({
    where: { gemeenteId: gemeente.id, fase: { not: 'AFGESLOTEN' }, huishouden: { geanonimiseerdOp: null } },
    select: {
      id: true,
      huishouden: {
        select: {
          id: true, straat: true, huisnummer: true, huisnummerToevoeging: true, postcode: true, woonplaats: true,
          // Neither regisseur nor a lead in the casus's team: the lead of a team serving the household's wijk.
          wijk: { select: { teams: { where: { team: { actief: true } }, select: { team: { select: { leden: { where: LEAD, select: { userId: true }, orderBy: { vanaf: 'asc' }, take: 1 } } } } } } },
          leden: { where: { tot: null }, select: { persoon: { select: { id: true, bsn: true, voornamen: true, tussenvoegsel: true, achternaam: true, overledenOp: true, brpAndereGemeente: true } } } },
        },
      },
      regie: { where: { lead: true, tot: null }, select: { regisseurId: true }, take: 1 },
      // Without a regisseur yet (triage, waiting for regie) the task goes to the lead of the casus's team.
      team: { select: { leden: { where: LEAD, select: { userId: true }, orderBy: { vanaf: 'asc' }, take: 1 } } },
    },
  });
  const te = casussen.flatMap((c) => c.huishouden.leden.filter((l) => l.persoon.bsn).map((l) => ({ casus: c, persoon: l.persoon })));
  const bsns = [...new Set(te.map((t) => t.persoon.bsn!))];
  if (!bsns.length) return { gemeente: gemeente.naam, gecontroleerd: 0, taken: 0, fout: null };
  let antwoorden: BrpPersoon[];
  try {
    antwoorden = await vraagBrp(null, { doel: 'controle', verwerking: 'nachtelijke controle open casussen', vraag: 'bsn', gemeenteId: gemeente.id },
      (config, doel) => raadpleegMetBsn(config, bsns, BRP_FIELDS.controle, doel));
  } catch (error) {
    if (error instanceof BrpError) return { gemeente: gemeente.naam, gecontroleerd: 0, taken: 0, fout: error.message };
    throw error;
  }
  const perBsn = new Map(antwoorden.map((p) => [p.burgerservicenummer!, brpGegevens(p)]));
  const dag = toCalendarDay(today);
  let taken = 0;
  const geverifieerd: string[] = [];
  const nuHier: string[] = [];
  for (const { casus, persoon } of te) {
    const h = casus.huishouden;
    const brp = perBsn.get(persoon.bsn!) ?? null;
    const signalen: BrpSignaal[] = controleSignalen(
      { naam: volledigeNaam(persoon), overledenOp: persoon.overledenOp, andereGemeente: persoon.brpAndereGemeente },
      { straat: h.straat, huisnummer: h.huisnummer, toevoeging: h.huisnummerToevoeging, postcode: h.postcode, woonplaats: h.woonplaats },
      gemeente.gemeentecode,
      brp,
    );
    if (!signalen.length) geverifieerd.push(persoon.id);
    if (persoon.brpAndereGemeente && brp?.gemeentecode === gemeente.gemeentecode) nuHier.push(persoon.id); // moved in since
    for (const s of signalen) {
      try {
        const gemaakt = await prisma.$transaction(async (tx) => {
          const open = await tx.taak.findFirst({ where: { persoonId: persoon.id, brpSignaal: s.sleutel, afgerondOp: null }, select: { id: true } });
          if (open) return false;
          const taak = await tx.taak.create({
            data: {
              gemeenteId: gemeente.id, huishoudenId: h.id, casusId: casus.id, persoonId: persoon.id, brpSignaal: s.sleutel,
              titel: s.titel, omschrijving: s.omschrijving, toegewezenAanId: behandelaarVoorSignaal(casus),
              uiterlijkOp: addCalendarDays(dag, BRP_TAAK_TERMIJN_DAGEN), aangemaaktDoorId: SYSTEEM_ID,
            },
            select: { id: true },
          });
          await recordAudit(tx, null, {
            actie: 'BRP_SIGNAAL', entiteit: 'Taak', entiteitId: taak.id, huishoudenId: h.id, persoonId: persoon.id,
            context: 'nachtelijke BRP-controle', after: { soort: s.soort },
          }, { gemeenteId: gemeente.id });
          return true;
        });
        if (gemaakt) taken++;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error; // another run made it at the same moment
      }
    }
  }
  if (geverifieerd.length) await prisma.persoon.updateMany({ where: { id: { in: geverifieerd } }, data: { brpGeverifieerdOp: new Date() } });
  if (nuHier.length) await prisma.persoon.updateMany({ where: { id: { in: nuHier } }, data: { brpAndereGemeente: null, brpAndereGemeenteReden: null } });
  return { gemeente: gemeente.naam, gecontroleerd: bsns.length, taken, fout: null };
}

/** The check for every gemeente (the job), or one. */
export async function controleerPersonenInBrp(options: { gemeenteId?: string; today?: Date } = {}): Promise<ControleVerslag[]> {
  const gemeenten = await prisma.gemeente.findMany({ where: options.gemeenteId ? { id: options.gemeenteId } : {}, select: { id: true, naam: true, gemeentecode: true } });
  const verslag: ControleVerslag[] = [];
  for (const g of gemeenten) verslag.push(await controleerGemeente(g, options.today ?? new Date()));
  return verslag;
}
