import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { veiligheidsSignaal } from '@/lib/domain/dossier';
import { formatHuisnummer } from '@/lib/domain/postcode';
import { consentSummary } from '@/lib/domain/toestemming';
import type { AccessGround } from '@/lib/server/access/household-access';
import { openDossier } from './common';

/**
 * The dossier header (app/(app)/huishoudens/[huishoudenId]/layout.tsx): who the household is, where it stands, who
 * leads, consent and safety at a glance. Refuses with FORBIDDEN without need-to-know (the layout then offers break
 * the glass) and NOT_FOUND for an unknown household; writes the access-log row.
 */
export async function getDossierKop(actor: Actor, huishoudenId: string, today = new Date()) {
  assertPermission(actor, 'dossier:read');
  return prisma.$transaction(async (tx) => {
    const grond: AccessGround = await openDossier(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Huishouden' });
    const h = await tx.huishouden.findUniqueOrThrow({
      where: { id: huishoudenId },
      select: {
        id: true, naam: true, straat: true, huisnummer: true, huisnummerToevoeging: true, postcode: true, woonplaats: true,
        version: true, geanonimiseerdOp: true,
        wijk: { select: { naam: true } },
        casussen: {
          orderBy: [{ geopendOp: 'desc' }],
          take: 1,
          select: {
            id: true, nummer: true, fase: true, veiligheid: true, urgentie: true, afgeslotenOp: true, waakvlamOp: true,
            contactpersoonId: true, intakeDoorId: true, team: { select: { naam: true } },
          },
        },
        regie: {
          where: { tot: null },
          orderBy: [{ lead: 'desc' }, { vanaf: 'asc' }],
          select: {
            id: true, vorm: true, lead: true, vanaf: true, externeRegisseurNaam: true,
            regisseur: { select: { id: true, naam: true, telefoon: true, email: true } },
            aanbieder: { select: { naam: true, telefoon: true } },
          },
        },
        toestemmingen: { select: { soort: true, partij: true, doel: true, gegevenOp: true, geldigTot: true, ingetrokkenOp: true } },
        consulten: { where: { soort: 'VEILIGHEID', status: { not: 'AFGEROND' } }, select: { id: true } },
      },
    });
    const casus = h.casussen[0] ?? null;
    const lead = h.regie.find((r) => r.lead) ?? null;
    const contactpersoonId = casus?.contactpersoonId ?? casus?.intakeDoorId ?? null;
    const contactpersoon = contactpersoonId
      ? await tx.user.findUnique({ where: { id: contactpersoonId }, select: { id: true, naam: true, telefoon: true, email: true } })
      : null;
    const open = casus !== null && casus.fase !== 'AFGESLOTEN';
    const btg = grond === 'BREAK_THE_GLASS'
      ? await tx.breakTheGlass.findFirst({ where: { userId: actor.id, huishoudenId, verlooptOp: { gt: new Date() } }, orderBy: { verlooptOp: 'desc' }, select: { verlooptOp: true } })
      : null;
    return {
      grond,
      /** Until when a break-the-glass access lasts, when that is the ground. */
      btgTot: btg?.verlooptOp ?? null,
      huishouden: {
        id: h.id,
        naam: h.naam,
        adres: `${h.straat} ${formatHuisnummer({ huisnummer: h.huisnummer, toevoeging: h.huisnummerToevoeging })}`,
        postcode: h.postcode,
        woonplaats: h.woonplaats,
        wijk: h.wijk?.naam ?? null,
        version: h.version,
        geanonimiseerd: h.geanonimiseerdOp !== null,
      },
      casus: casus && { id: casus.id, nummer: casus.nummer, fase: casus.fase, open, team: casus.team?.naam ?? null, waakvlamOp: casus.waakvlamOp },
      lead: lead && {
        naam: lead.regisseur?.naam ?? lead.externeRegisseurNaam ?? lead.aanbieder?.naam ?? 'Onbekend',
        organisatie: lead.aanbieder?.naam ?? null,
        vorm: lead.vorm,
        sinds: lead.vanaf,
        telefoon: lead.regisseur?.telefoon ?? lead.aanbieder?.telefoon ?? null,
        email: lead.regisseur?.email ?? null,
      },
      overigeRegie: h.regie.filter((r) => !r.lead).map((r) => ({ naam: r.regisseur?.naam ?? r.externeRegisseurNaam ?? r.aanbieder?.naam ?? 'Onbekend', vorm: r.vorm })),
      contactpersoon: contactpersoon && { naam: contactpersoon.naam, telefoon: contactpersoon.telefoon, email: contactpersoon.email },
      toestemming: consentSummary(h.toestemmingen, today),
      // Safety is an overlay on every stage (DOMAIN.md §2): the open casus's assessment, or an open consult.
      veiligheid: veiligheidsSignaal(open ? casus.veiligheid : null, h.consulten.length),
    };
  });
}

export type DossierKop = Awaited<ReturnType<typeof getDossierKop>>;
