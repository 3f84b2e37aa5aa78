import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { actieTermijn, deeltContactgegevens, partnerDoelen, partnerZietActie, voorstelUitkomst } from '@/lib/domain/partner-toegang';
import { volledigeNaam } from '@/lib/domain/naam';
import { leesSql } from '@/lib/db';
import type { ActieStatus, Horizon, PartnerSignaalSoort, PartnerVoorstelStatus, PlanStatus } from '@/lib/domain/enums';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordPartnerAudit, requirePartnerToegang } from '@/lib/server/access/partner-access';
import { fromJson, fromJsonOrNull } from '@/lib/server/sql-json';
import { bekendeNamenUit } from './shared';

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
    // The check reads the consents, toewijzingen, consults and plan version in force of the household: the page shows
    // those it may (issue 23: they were read a second and a third time). Then one statement for the rest.
    const toegang = await requirePartnerToegang(tx, partner, huishoudenId, now);
    await recordPartnerAudit(tx, partner, { actie: 'READ', entiteit: 'Huishouden', entiteitId: huishoudenId, huishoudenId }, toegang);
    const { toestemmingen, toewijzingen, versieId } = toegang.gelezen;
    const consulten = toegang.gelezen.consulten.slice(0, 20).map(({ afgerondOp: _, ...k }) => k);
    // The actions of the version in force it sees (its own, and other partners' shared ones: partnerZietActie), the
    // goals its own actions serve, the progress reported on what it sees, and what it sent: signals and proposals.
    const org = Prisma.sql`${partner.organisatieId}::uuid`;
    const [rij] = await leesSql<HuishoudenRij>(Prisma.sql`
      WITH acties AS (
        SELECT a."id", a."doelId", a."wat", a."uiterlijk", a."status", a."partnerOrganisatieId", a."gedeeld"
        FROM "Actie" a WHERE a."planVersieId" = ${versieId}::uuid AND a."partnerOrganisatieId" IS NOT NULL AND (a."partnerOrganisatieId" = ${org} OR a."gedeeld")
      )
      SELECT
        COALESCE((SELECT json_agg(a ORDER BY a."uiterlijk" ASC NULLS LAST, a."id") FROM acties a), '[]'::json) AS "acties",
        COALESCE((SELECT json_agg(json_build_object('id', d."id", 'label', d."label", 'omschrijving', d."omschrijving", 'horizon', d."horizon", 'zichtbaarAan', d."zichtbaarAan")
                            ORDER BY d."volgorde", d."id")
                  FROM "Doel" d WHERE d."id" IN (SELECT a."doelId" FROM acties a WHERE a."partnerOrganisatieId" = ${org})), '[]'::json) AS "doelen",
        COALESCE((SELECT json_agg(json_build_object('id', v."id", 'actieId', v."actieId", 'status', v."status", 'notitie', v."notitie", 'op', v."op", 'organisatieId', v."organisatieId")
                            ORDER BY v."createdAt" DESC)
                  FROM "PartnerVoortgang" v WHERE v."actieId" IN (SELECT a."id" FROM acties a)), '[]'::json) AS "voortgang",
        COALESCE((SELECT json_agg(json_build_object('id', o."id", 'naam', o."naam"))
                  FROM "PartnerOrganisatie" o WHERE o."id" IN (SELECT a."partnerOrganisatieId" FROM acties a)), '[]'::json) AS "organisaties",
        COALESCE((SELECT json_agg(x) FROM (
          SELECT s."id", s."soort", s."toelichting", s."createdAt", s."afgehandeldOp" FROM "PartnerSignaal" s
          WHERE s."huishoudenId" = ${huishoudenId}::uuid AND s."organisatieId" = ${org} ORDER BY s."createdAt" DESC LIMIT 20) x), '[]'::json) AS "signalen",
        COALESCE((SELECT json_agg(x) FROM (
          SELECT p."id", p."actieId", p."wat", p."uiterlijk", p."toelichting", p."status", p."createdAt", pv."versienummer", pv."status" AS "versieStatus"
          FROM "PartnerVoorstel" p LEFT JOIN "PlanVersie" pv ON pv."id" = p."opgenomenInVersieId"
          WHERE p."huishoudenId" = ${huishoudenId}::uuid AND p."organisatieId" = ${org} ORDER BY p."createdAt" DESC LIMIT 20) x), '[]'::json) AS "voorstellen"`);
    const acties = rij.acties.map((a) => ({ ...a, uiterlijk: fromJsonOrNull(a.uiterlijk) })).filter((a) => partnerZietActie(a, partner.organisatieId));
    const doelIds = partnerDoelen(acties, partner.organisatieId);
    const organisatieNaam = new Map(rij.organisaties.map((o) => [o.id, o.naam]));
    const voortgang = rij.voortgang.map((v) => ({ ...v, op: fromJson(v.op) }));
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
      namen: bekendeNamenUit(partner, toegang.gelezen, now),
      gronden: toegang.gronden,
      betrokkenheid: toegang.betrokkenheid,
      doelen: rij.doelen.filter((d) => doelIds.has(d.id)).map((d) => ({ ...d, acties: acties.filter((a) => a.doelId === d.id).map(actieVan) })),
      /** Visible actions that serve no goal the partner sees (no goal, or another partner's shared action). */
      overigeActies: acties.filter((a) => !a.doelId || !doelIds.has(a.doelId)).map(actieVan),
      contactgegevens: [...contactPersonen.values()],
      toewijzingen: toewijzingen.map((t) => ({ ...t, product: t.product.naam, persoon: volledigeNaam(t.persoon) })),
      signalen: rij.signalen.map((s) => ({ ...s, createdAt: fromJson(s.createdAt), afgehandeldOp: fromJsonOrNull(s.afgehandeldOp) })),
      consulten,
      voorstellen: rij.voorstellen.map(({ versienummer, versieStatus, ...v }) => ({
        ...v, uiterlijk: fromJsonOrNull(v.uiterlijk), createdAt: fromJson(v.createdAt),
        uitkomst: voorstelUitkomst(v, versienummer !== null && versieStatus !== null ? { versienummer, status: versieStatus } : null),
      })),
    };
  });
}

type HuishoudenRij = {
  acties: { id: string; doelId: string | null; wat: string; uiterlijk: string | null; status: ActieStatus; partnerOrganisatieId: string | null; gedeeld: boolean }[];
  doelen: { id: string; label: string; omschrijving: string; horizon: Horizon; zichtbaarAan: string }[];
  voortgang: { id: string; actieId: string; status: ActieStatus; notitie: string; op: string; organisatieId: string }[];
  organisaties: { id: string; naam: string }[];
  signalen: { id: string; soort: PartnerSignaalSoort; toelichting: string; createdAt: string; afgehandeldOp: string | null }[];
  voorstellen: {
    id: string; actieId: string | null; wat: string; uiterlijk: string | null; toelichting: string; status: PartnerVoorstelStatus; createdAt: string;
    versienummer: number | null; versieStatus: PlanStatus | null;
  }[];
};

export type PartnerHuishouden = Awaited<ReturnType<typeof getPartnerHuishouden>>;
