import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { isConsentValid } from '@/lib/domain/toestemming';
import { coversPartner, isToewijzingLopend, voorstelUitkomst } from '@/lib/domain/partner-toegang';
import { versiesVan } from '@/lib/server/plan/shared';
import { volledigeNaam } from '@/lib/domain/naam';
import { householdAccessForView } from '@/lib/server/access/household-access';
import { DomainError } from '@/lib/errors';
import { findPartnerToegang, geldendeVersieId } from '@/lib/server/access/partner-access';

/**
 * Issue 22 item 5, the regisseur's view of the ketenpartners of one household: the progress they reported, their
 * signals and proposals, and "wie ziet wat en waarom" — every partner organisation linked to the household (by a
 * consent, an action in the plan in force or a toewijzing), whether it sees the household now, on what ground
 * (with the consent that allows it) and what it sees. A part of the plan tab: the tab's own read (getPlan) writes the
 * view's one access-log row (issue 18 item 5); this checks the same ground, the request's one check, and writes none.
 */
export async function getPartnerInbreng(actor: Actor, huishoudenId: string, now = new Date()) {
  assertPermission(actor, 'dossier:read');
  if (!(await householdAccessForView(actor, huishoudenId)).grond) throw new DomainError('FORBIDDEN', ['Je hebt geen toegang tot dit huishouden.']);
  // Reads only (no access-log row of its own): no interactive transaction holding a pooled connection on the plan tab.
  const versieId = await geldendeVersieId(prisma, huishoudenId);
  const [voortgang, signalen, voorstellen, toestemmingen, acties, toewijzingen, consulten] = await Promise.all([
    prisma.partnerVoortgang.findMany({ where: { huishoudenId }, orderBy: { createdAt: 'desc' }, take: 50, select: { id: true, actieId: true, organisatieId: true, status: true, notitie: true, op: true, createdAt: true } }),
    prisma.partnerSignaal.findMany({ where: { huishoudenId }, orderBy: [{ afgehandeldOp: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }], take: 50, select: { id: true, organisatieId: true, soort: true, toelichting: true, createdAt: true, afgehandeldOp: true, version: true } }),
    prisma.partnerVoorstel.findMany({ where: { huishoudenId }, orderBy: { createdAt: 'desc' }, take: 50, select: { id: true, organisatieId: true, actieId: true, wat: true, uiterlijk: true, toelichting: true, status: true, createdAt: true, version: true, opgenomenInVersieId: true } }),
    prisma.toestemming.findMany({
      where: { huishoudenId, partnerOrganisatieId: { not: null } },
      select: { id: true, partnerOrganisatieId: true, soort: true, doel: true, gegevenOp: true, geldigTot: true, ingetrokkenOp: true, deeltContactgegevens: true, persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } } },
    }),
    versieId ? prisma.actie.findMany({ where: { planVersieId: versieId, partnerOrganisatieId: { not: null } }, select: { id: true, wat: true, partnerOrganisatieId: true, gedeeld: true } }) : Promise.resolve([]),
    prisma.toewijzing.findMany({
      where: { gemeenteId: actor.gemeenteId, persoon: { lidmaatschappen: { some: { huishoudenId, tot: null } } } },
      select: { aanbiederId: true, status: true, einddatum: true },
    }),
    prisma.consult.findMany({
      where: { huishoudenId, partnerOrganisatieId: { not: null } }, orderBy: [{ status: 'asc' }, { createdAt: 'desc' }], take: 50,
      select: { id: true, partnerOrganisatieId: true, vraag: true, uiterlijkOp: true, status: true, advies: true, adviesOp: true, createdAt: true },
    }),
  ]);
  const aanbiederIds = [...new Set(toewijzingen.filter((t) => isToewijzingLopend(t, now)).map((t) => t.aanbiederId))];
  const organisatieIds = new Set([
    ...voortgang.map((v) => v.organisatieId), ...signalen.map((s) => s.organisatieId), ...voorstellen.map((v) => v.organisatieId),
    ...toestemmingen.map((t) => t.partnerOrganisatieId!), ...acties.map((a) => a.partnerOrganisatieId!), ...consulten.map((k) => k.partnerOrganisatieId!),
  ]);
  const organisaties = await prisma.partnerOrganisatie.findMany({
    where: { gemeenteId: actor.gemeenteId, OR: [{ id: { in: [...organisatieIds] } }, { aanbiederId: { in: aanbiederIds } }] },
    orderBy: { naam: 'asc' },
    select: { id: true, naam: true, soort: true, aanbiederId: true, actief: true },
  });
  const naam = new Map(organisaties.map((o) => [o.id, o.naam]));
  const opgenomenIn = await versiesVan(prisma, voorstellen.map((v) => v.opgenomenInVersieId));
  const actieWat = new Map(acties.map((a) => [a.id, a.wat]));
  const zicht = [];
  for (const o of organisaties) {
    const alsPartner: PartnerActor = {
      kind: 'partner', gemeenteId: actor.gemeenteId, gebruikerId: '', naam: '', email: '', coordinator: false,
      organisatieId: o.id, organisatieNaam: o.naam, soort: o.soort, aanbiederId: o.aanbiederId,
    };
    const toegang = o.actief ? await findPartnerToegang(alsPartner, huishoudenId, now, prisma) : null;
    const eigen = acties.filter((a) => a.partnerOrganisatieId === o.id);
    const geldig = toestemmingen.filter((t) => t.partnerOrganisatieId === o.id && coversPartner(t, o.id) && isConsentValid(t, now));
    zicht.push({
      organisatieId: o.id, naam: o.naam, soort: o.soort, actief: o.actief, toegang,
      acties: eigen.map((a) => a.wat),
      gedeeld: toegang ? acties.filter((a) => a.gedeeld && a.partnerOrganisatieId !== o.id).map((a) => a.wat) : [],
      toestemmingen: geldig.map((t) => ({ id: t.id, persoon: volledigeNaam(t.persoon), gegevenOp: t.gegevenOp, geldigTot: t.geldigTot, deeltContactgegevens: t.deeltContactgegevens })),
      toewijzing: Boolean(o.aanbiederId && aanbiederIds.includes(o.aanbiederId)),
    });
  }
  return {
    voortgang: voortgang.map((v) => ({ ...v, organisatie: naam.get(v.organisatieId) ?? '', actie: actieWat.get(v.actieId) ?? null })),
    signalen: signalen.map((s) => ({ ...s, organisatie: naam.get(s.organisatieId) ?? '' })),
    voorstellen: voorstellen.map((v) => ({
      ...v, organisatie: naam.get(v.organisatieId) ?? '', actie: v.actieId ? actieWat.get(v.actieId) ?? null : null,
      uitkomst: voorstelUitkomst(v, v.opgenomenInVersieId ? opgenomenIn.get(v.opgenomenInVersieId) : null),
    })),
    consulten: consulten.map(({ partnerOrganisatieId, ...k }) => ({ ...k, organisatie: naam.get(partnerOrganisatieId!) ?? '' })),
    /** Whom the regisseur can ask for advice: active partners with a ground in this household (a consult gives none). */
    adviseurs: zicht.filter((z) => z.actief && (z.toestemmingen.length > 0 || z.toewijzing)).map((z) => ({ value: z.organisatieId, label: z.naam })),
    zicht,
  };
}

export type PartnerInbreng = Awaited<ReturnType<typeof getPartnerInbreng>>;
