import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { actieTermijn, deeltContactgegevens, partnerDoelen, partnerZietActie, voorstelUitkomst } from '@/lib/domain/partner-toegang';
import { versiesVan } from '@/lib/server/plan/shared';
import { volledigeNaam } from '@/lib/domain/naam';
import { geldendeVersieId, recordPartnerAudit, requirePartnerToegang } from '@/lib/server/access/partner-access';
import { bekendeNamen } from './shared';

/**
 * Issue 22, one household as a partner sees it: the goals its own actions serve, its own actions and those other
 * partners marked shared (with the progress reported on them), the contact details of the persons who agreed to share
 * them with this organisation, its toewijzingen there (an aanbieder), the questions asked of it (consults) and what
 * it sent (signals, proposals). Nothing
 * else of the dossier: no journaal, gesprekken, veiligheidsanalyse, other goals or other partners' actions.
 * "Niet gevonden" without consent or legal ground and involvement. Logged.
 */
export async function getPartnerHuishouden(partner: PartnerActor, huishoudenId: string, now = new Date()) {
  return leesZonderTransactie(async (tx) => {
    const toegang = await requirePartnerToegang(tx, partner, huishoudenId, now);
    await recordPartnerAudit(tx, partner, { actie: 'READ', entiteit: 'Huishouden', entiteitId: huishoudenId, huishoudenId }, toegang);
    const versieId = await geldendeVersieId(tx, huishoudenId);
    const alleActies = versieId
      ? await tx.actie.findMany({
        where: { planVersieId: versieId, partnerOrganisatieId: { not: null } },
        orderBy: [{ uiterlijk: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
        select: { id: true, doelId: true, wat: true, uiterlijk: true, status: true, partnerOrganisatieId: true, gedeeld: true },
      })
      : [];
    const acties = alleActies.filter((a) => partnerZietActie(a, partner.organisatieId));
    const doelIds = partnerDoelen(acties, partner.organisatieId);
    const organisatieIds = [...new Set(acties.map((a) => a.partnerOrganisatieId!))];
    const [doelen, voortgang, organisaties, toestemmingen, toewijzingen, signalen, voorstellen, namen, consulten] = await Promise.all([
      tx.doel.findMany({
        where: { id: { in: [...doelIds] } },
        orderBy: [{ volgorde: 'asc' }, { id: 'asc' }],
        select: { id: true, label: true, omschrijving: true, horizon: true, zichtbaarAan: true },
      }),
      tx.partnerVoortgang.findMany({
        where: { actieId: { in: acties.map((a) => a.id) } },
        orderBy: { createdAt: 'desc' },
        select: { id: true, actieId: true, status: true, notitie: true, op: true, organisatieId: true },
      }),
      tx.partnerOrganisatie.findMany({ where: { id: { in: organisatieIds } }, select: { id: true, naam: true } }),
      tx.toestemming.findMany({
        where: { huishoudenId, partnerOrganisatieId: partner.organisatieId },
        select: {
          persoonId: true, soort: true, doel: true, gegevenOp: true, geldigTot: true, ingetrokkenOp: true, partnerOrganisatieId: true, deeltContactgegevens: true,
          persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true, telefoon: true, email: true } },
        },
      }),
      partner.aanbiederId
        ? tx.toewijzing.findMany({
          where: { aanbiederId: partner.aanbiederId, gemeenteId: partner.gemeenteId, persoon: { lidmaatschappen: { some: { huishoudenId, tot: null } } } },
          orderBy: [{ ingangsdatum: 'desc' }, { id: 'asc' }],
          select: {
            id: true, toewijzingNummer: true, ingangsdatum: true, einddatum: true, status: true, volume: true, eenheid: true, frequentie: true,
            product: { select: { naam: true } }, persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } },
            leveringen: { orderBy: { begindatum: 'desc' }, select: { id: true, begindatum: true, einddatum: true, redenBeeindiging: true } },
          },
        })
        : Promise.resolve([]),
      tx.partnerSignaal.findMany({
        where: { huishoudenId, organisatieId: partner.organisatieId },
        orderBy: { createdAt: 'desc' }, take: 20,
        select: { id: true, soort: true, toelichting: true, createdAt: true, afgehandeldOp: true },
      }),
      tx.partnerVoorstel.findMany({
        where: { huishoudenId, organisatieId: partner.organisatieId },
        orderBy: { createdAt: 'desc' }, take: 20,
        select: { id: true, actieId: true, wat: true, uiterlijk: true, toelichting: true, status: true, createdAt: true, opgenomenInVersieId: true },
      }),
      bekendeNamen(tx, partner, [huishoudenId], now),
      // The questions the regisseurs asked of this organisation (consults), open first: the question, the term, the answer.
      tx.consult.findMany({
        where: { huishoudenId, partnerOrganisatieId: partner.organisatieId },
        orderBy: [{ status: 'asc' }, { createdAt: 'desc' }], take: 20,
        select: { id: true, vraag: true, uiterlijkOp: true, status: true, advies: true, adviesOp: true, createdAt: true, version: true },
      }),
    ]);
    const opgenomenIn = await versiesVan(tx, voorstellen.map((v) => v.opgenomenInVersieId));
    const organisatieNaam = new Map(organisaties.map((o) => [o.id, o.naam]));
    const contactPersonen = new Map<string, { naam: string; telefoon: string | null; email: string | null }>();
    for (const t of toestemmingen) {
      if (!contactPersonen.has(t.persoonId) && deeltContactgegevens(toestemmingen, t.persoonId, partner.organisatieId, now)) {
        contactPersonen.set(t.persoonId, { naam: volledigeNaam(t.persoon), telefoon: t.persoon.telefoon, email: t.persoon.email });
      }
    }
    const actieVan = (a: (typeof acties)[number]) => ({
      id: a.id, doelId: a.doelId, wat: a.wat, uiterlijk: a.uiterlijk, status: a.status, gedeeld: a.gedeeld,
      eigen: a.partnerOrganisatieId === partner.organisatieId,
      organisatie: organisatieNaam.get(a.partnerOrganisatieId!) ?? '',
      termijn: actieTermijn(a, now),
      voortgang: voortgang.filter((v) => v.actieId === a.id).slice(0, 10),
    });
    return {
      id: huishoudenId,
      namen: namen.get(huishoudenId) ?? [],
      gronden: toegang.gronden,
      betrokkenheid: toegang.betrokkenheid,
      doelen: doelen.map((d) => ({ ...d, acties: acties.filter((a) => a.doelId === d.id).map(actieVan) })),
      /** Visible actions that serve no goal the partner sees (no goal, or another partner's shared action). */
      overigeActies: acties.filter((a) => !a.doelId || !doelIds.has(a.doelId)).map(actieVan),
      contactgegevens: [...contactPersonen.values()],
      toewijzingen: toewijzingen.map((t) => ({ ...t, product: t.product.naam, persoon: volledigeNaam(t.persoon) })),
      signalen,
      consulten,
      voorstellen: voorstellen.map(({ opgenomenInVersieId, ...v }) => ({ ...v, uitkomst: voorstelUitkomst(v, opgenomenInVersieId ? opgenomenIn.get(opgenomenInVersieId) : null) })),
    };
  });
}

export type PartnerHuishouden = Awaited<ReturnType<typeof getPartnerHuishouden>>;
