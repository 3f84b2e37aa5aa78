import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { auditLabel } from '@/lib/domain/audit-labels';
import { addCalendarDays } from '@/lib/domain/dates';
import { volledigeNaam } from '@/lib/domain/naam';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ToegangslogFilter } from '@/lib/validations/toegangslog';

export const TOEGANGSLOG_PAGINA = 50;

/**
 * The access-log viewer for the privacy officer and the beheerder (issue 8): filtered by period, user, household or
 * person id, action and break the glass; newest first, 50 a page. Names of the actor and of whose data come from
 * the current tables (the log itself keeps ids only). Each code comes with its Dutch description (issue 16 item 18),
 * and households are found by name or kenmerk.
 */
export async function listToegangslog(actor: Actor, filter: ToegangslogFilter) {
  assertPermission(actor, 'auditlog:read');
  const where: Prisma.AuditEntryWhereInput = { gemeenteId: actor.gemeenteId };
  if (filter.van || filter.tot) {
    // "tot" is inclusive: up to the end of that calendar day.
    where.op = { ...(filter.van ? { gte: filter.van } : {}), ...(filter.tot ? { lt: addCalendarDays(filter.tot, 1) } : {}) };
  }
  if (filter.gebruiker) where.actorId = filter.gebruiker;
  if (filter.id) where.OR = [{ huishoudenId: filter.id }, { persoonId: filter.id }, { entiteitId: filter.id }];
  const gevonden = filter.huishouden ? await huishoudensVoor(actor.gemeenteId, filter.huishouden) : null;
  if (gevonden) where.AND = [{ huishoudenId: { in: gevonden } }];
  if (filter.actie) where.actie = filter.actie;
  if (filter.btg) where.breakTheGlass = true;

  const [totaal, entries] = await Promise.all([
    prisma.auditEntry.count({ where }),
    prisma.auditEntry.findMany({ where, orderBy: [{ op: 'desc' }, { id: 'desc' }], skip: (filter.pagina - 1) * TOEGANGSLOG_PAGINA, take: TOEGANGSLOG_PAGINA }),
  ]);
  const ids = (pick: (e: (typeof entries)[number]) => string | null) => [...new Set(entries.map(pick).filter((id): id is string => Boolean(id)))];
  const [users, huishoudens, personen] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: ids((e) => e.actorId) } }, select: { id: true, naam: true } }),
    prisma.huishouden.findMany({ where: { id: { in: ids((e) => e.huishoudenId) } }, select: { id: true, naam: true } }),
    prisma.persoon.findMany({ where: { id: { in: ids((e) => e.persoonId) } }, select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } }),
  ]);
  const userNaam = new Map(users.map((u) => [u.id, u.naam]));
  const huishoudenNaam = new Map(huishoudens.map((h) => [h.id, h.naam]));
  const persoonNaam = new Map(personen.map((p) => [p.id, volledigeNaam(p)]));
  return {
    totaal,
    /** How many households the name or kenmerk matched (null: no such filter). */
    huishoudensGevonden: gevonden?.length ?? null,
    pagina: filter.pagina,
    paginas: Math.max(1, Math.ceil(totaal / TOEGANGSLOG_PAGINA)),
    regels: entries.map((e) => ({
      id: e.id.toString(),
      op: e.op,
      actorNaam: e.actorId ? userNaam.get(e.actorId) ?? 'Onbekend' : 'Systeem',
      actorRol: e.actorRol,
      actie: e.actie,
      handeling: auditLabel(e.actie),
      entiteit: e.entiteit,
      entiteitId: e.entiteitId,
      huishoudenId: e.huishoudenId,
      huishoudenNaam: e.huishoudenId ? huishoudenNaam.get(e.huishoudenId) ?? null : null,
      persoonNaam: e.persoonId ? persoonNaam.get(e.persoonId) ?? null : null,
      context: e.context,
      breakTheGlass: e.breakTheGlass,
      ip: e.ip,
    })),
  };
}

/** The choices of the filter form: the gemeente's users and the actions that occur in the log. */
export async function getToegangslogKeuzes(actor: Actor) {
  assertPermission(actor, 'auditlog:read');
  const [users, acties] = await Promise.all([
    prisma.user.findMany({ where: { gemeenteId: actor.gemeenteId }, select: { id: true, naam: true }, orderBy: { naam: 'asc' } }),
    prisma.auditEntry.findMany({ where: { gemeenteId: actor.gemeenteId }, distinct: ['actie'], select: { actie: true }, orderBy: { actie: 'asc' } }),
  ]);
  return { users, acties: acties.map((a) => ({ value: a.actie, label: auditLabel(a.actie) })).sort((a, b) => a.label.localeCompare(b.label, 'nl')) };
}

const HUISHOUDENS_MAX = 500;

/**
 * The households of the gemeente whose name contains the text, or that a kenmerk belongs to: a casus (C-), melding
 * (M-), aanvraag (A-) or beschikking (B-) number, exactly (issue 16 item 18: not an id from the address bar).
 */
async function huishoudensVoor(gemeenteId: string, tekst: string): Promise<string[]> {
  const kenmerk = tekst.toUpperCase();
  const rows = await prisma.huishouden.findMany({
    where: {
      gemeenteId,
      OR: [
        { naam: { contains: tekst, mode: 'insensitive' } },
        { casussen: { some: { nummer: kenmerk } } },
        { meldingen: { some: { kenmerk } } },
        { aanvragen: { some: { nummer: kenmerk } } },
        { beschikkingen: { some: { identificatie: kenmerk } } },
      ],
    },
    select: { id: true },
    take: HUISHOUDENS_MAX,
  });
  return rows.map((r) => r.id);
}
