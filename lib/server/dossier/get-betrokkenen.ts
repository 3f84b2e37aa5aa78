import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { verzamelBetrokkenen, type BetrokkenenBron } from '@/lib/domain/betrokkenen';
import { toCalendarDay } from '@/lib/domain/dates';
import { CONSULT_SOORT_LABELS, REGIEVORM_LABELS, WET_LABELS } from '@/lib/domain/labels';
import { openDossier } from './common';

const USER = { id: true, naam: true, functie: true, telefoon: true, email: true } as const;

/**
 * The betrokkenen tab: every professional and organisation involved now, with role, since when and how to reach
 * them: the team through regie and the casus, the gedragswetenschapper of an open consult, the backoffice on an
 * open aanvraag, an outside casusregisseur, aanbieders delivering under a toewijzing, recorded betrokkenen (huisarts,
 * school) and the household's network.
 */
export async function getBetrokkenen(actor: Actor, huishoudenId: string, today = new Date()) {
  assertPermission(actor, 'dossier:read');
  const vandaag = toCalendarDay(today);
  return leesZonderTransactie(async (tx) => {
    await openDossier(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Betrokkenen' });
    const h = await tx.huishouden.findUniqueOrThrow({
      where: { id: huishoudenId },
      select: {
        regie: {
          where: { tot: null },
          select: {
            vorm: true, lead: true, vanaf: true, externeRegisseurNaam: true, goedgekeurdDoorId: true,
            regisseur: { select: USER },
            aanbieder: { select: { id: true, naam: true, contactNaam: true, telefoon: true, email: true } },
          },
        },
        casussen: {
          where: { fase: { not: 'AFGESLOTEN' } },
          take: 1,
          select: { geopendOp: true, contactpersoonId: true, intakeDoorId: true, team: { select: { naam: true } } },
        },
        consulten: { where: { status: { not: 'AFGEROND' }, gedragswetenschapperId: { not: null } }, select: { soort: true, createdAt: true, gedragswetenschapperId: true } },
        aanvragen: { where: { status: { in: ['ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT'] }, behandelaarId: { not: null } }, select: { nummer: true, wet: true, ontvangenOp: true, behandelaarId: true } },
        betrokkenen: {
          where: { OR: [{ tot: null }, { tot: { gte: vandaag } }] },
          select: { id: true, naam: true, organisatie: true, rol: true, telefoon: true, email: true, vanaf: true },
        },
        netwerk: { select: { id: true, soort: true, naam: true, relatie: true, bijdrage: true, telefoon: true } },
      },
    });
    const toewijzingen = await tx.toewijzing.findMany({
      where: {
        beschiktProduct: { beschikking: { huishoudenId } },
        status: { not: 'INGETROKKEN' },
        OR: [{ einddatum: null }, { einddatum: { gte: vandaag } }],
      },
      select: {
        ingangsdatum: true, product: { select: { naam: true } },
        aanbieder: { select: { id: true, naam: true, contactNaam: true, telefoon: true, email: true } },
      },
    });
    const casus = h.casussen[0] ?? null;
    const userIds = [
      casus?.contactpersoonId, casus?.intakeDoorId, ...h.consulten.map((c) => c.gedragswetenschapperId), ...h.aanvragen.map((a) => a.behandelaarId),
    ].filter((id): id is string => Boolean(id));
    const users = new Map((await tx.user.findMany({ where: { id: { in: [...new Set(userIds)] } }, select: USER })).map((u) => [u.id, u]));

    const medewerkers: BetrokkenenBron['medewerkers'] = [];
    const aanbieders: BetrokkenenBron['aanbieders'] = [];
    const team = casus?.team?.naam ?? null;
    for (const r of h.regie) {
      const rol = `${REGIEVORM_LABELS[r.vorm]}${r.lead ? ' (lead regisseur)' : r.aanbieder ? '' : ' (houdt de vinger aan de pols)'}`;
      if (r.regisseur) {
        medewerkers.push({ userId: r.regisseur.id, naam: r.regisseur.naam, functie: r.regisseur.functie, organisatie: team, rol, sinds: r.vanaf, lead: r.lead, telefoon: r.regisseur.telefoon, email: r.regisseur.email });
      } else if (r.aanbieder) {
        aanbieders.push({
          aanbiederId: r.aanbieder.id, naam: r.aanbieder.naam, contactNaam: r.externeRegisseurNaam ?? r.aanbieder.contactNaam,
          rol: `Externe casusregisseur${r.externeRegisseurNaam ? `: ${r.externeRegisseurNaam}` : ''}${r.lead ? ' (lead regisseur)' : ''}`,
          sinds: r.vanaf, lead: r.lead, telefoon: r.aanbieder.telefoon, email: r.aanbieder.email,
        });
      }
    }
    // The professional who did the intake stays the contact person unless regie is reassigned (DOMAIN.md §2).
    const contactId = casus?.contactpersoonId ?? casus?.intakeDoorId;
    const contact = contactId ? users.get(contactId) : undefined;
    if (contact && casus) {
      medewerkers.push({ userId: contact.id, naam: contact.naam, functie: contact.functie, organisatie: team, rol: 'Contactpersoon', sinds: casus.geopendOp, telefoon: contact.telefoon, email: contact.email });
    }
    for (const c of h.consulten) {
      const u = users.get(c.gedragswetenschapperId!);
      if (u) medewerkers.push({ userId: u.id, naam: u.naam, functie: u.functie, rol: `Consult ${CONSULT_SOORT_LABELS[c.soort].toLowerCase()}`, sinds: c.createdAt, telefoon: u.telefoon, email: u.email });
    }
    for (const a of h.aanvragen) {
      const u = users.get(a.behandelaarId!);
      if (u) medewerkers.push({ userId: u.id, naam: u.naam, functie: u.functie, rol: `Behandelt aanvraag ${a.nummer} (${WET_LABELS[a.wet]})`, sinds: a.ontvangenOp, telefoon: u.telefoon, email: u.email });
    }
    for (const t of toewijzingen) {
      aanbieders.push({
        aanbiederId: t.aanbieder.id, naam: t.aanbieder.naam, contactNaam: t.aanbieder.contactNaam, rol: `Levert ${t.product.naam}`,
        sinds: t.ingangsdatum, telefoon: t.aanbieder.telefoon, email: t.aanbieder.email,
      });
    }
    const regels = verzamelBetrokkenen({
      medewerkers,
      aanbieders,
      professionals: h.betrokkenen.map((b) => ({ ...b, sinds: b.vanaf })),
      netwerk: h.netwerk.map((n) => ({ id: n.id, naam: n.naam, relatie: n.relatie, bijdrage: n.bijdrage, telefoon: n.telefoon, organisatie: n.soort === 'ORGANISATIE' })),
    });
    return { regels, team };
  });
}
