import 'server-only';
import { leesSql } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { veiligheidsSignaal } from '@/lib/domain/dossier';
import { formatHuisnummer } from '@/lib/domain/postcode';
import { consentSummary } from '@/lib/domain/toestemming';
import type { AccessGround } from '@/lib/server/access/household-access';
import { intakeToegangTot } from '@/lib/domain/intake-toegang';
import type { Fase, Regievorm, ToestemmingSoort, Veiligheid } from '@/lib/domain/enums';
import { householdAccessForView } from '@/lib/server/access/household-access';
import { DomainError } from '@/lib/errors';
import { HUISHOUDEN_NIET_GEVONDEN } from './common';
import { fromJson, fromJsonOrNull } from '@/lib/server/sql-json';

/**
 * The dossier header (app/(app)/huishoudens/[huishoudenId]/layout.tsx): who the household is, where it stands, who
 * leads, consent and safety at a glance. Refuses with FORBIDDEN without need-to-know (the layout then offers break
 * the glass) and NOT_FOUND for an unknown household. It writes no access-log row of its own: it is part of the view
 * of the page under it, whose read writes the one row of that view, and it shares that read's check
 * (householdAccessForView; tests/e2e/dossier-audit.spec.ts counts one row per view).
 */
export async function getDossierKop(actor: Actor, huishoudenId: string, today = new Date()) {
  assertPermission(actor, 'dossier:read');
  return leesZonderTransactie(async (tx) => {
    const toegang = await householdAccessForView(actor, huishoudenId);
    if (!toegang.gevonden) throw new DomainError('NOT_FOUND', [HUISHOUDEN_NIET_GEVONDEN]);
    if (!toegang.grond) throw new DomainError('FORBIDDEN', ['Je hebt geen toegang tot dit huishouden.']);
    const grond: AccessGround = toegang.grond;
    // One statement for the whole header (issue 9: Prisma's nested read took ten round trips on every dossier page):
    // the household, its latest casus with team and contactpersoon, the regie in force, consents and open safety consults.
    // It keeps its plan (lib/db.ts; issue 23: planning cost more than running it on every dossier page).
    const [rij] = await leesSql<KopRij>(Prisma.sql`
      SELECT h."id", h."naam", h."straat", h."huisnummer", h."huisnummerToevoeging", h."postcode", h."woonplaats", h."version", h."geanonimiseerdOp",
             w."naam" AS "wijk",
             c."id" AS "casusId", c."nummer" AS "casusNummer", c."fase"::text AS "fase", c."veiligheid"::text AS "veiligheid", c."waakvlamOp", t."naam" AS "team",
             cp."naam" AS "contactNaam", cp."telefoon" AS "contactTelefoon", cp."email" AS "contactEmail", cp."id" IS NOT NULL AS "heeftContact",
             COALESCE((SELECT json_agg(json_build_object(
                         'vorm', r."vorm", 'lead', r."lead", 'vanaf', r."vanaf", 'externeRegisseurNaam', r."externeRegisseurNaam",
                         'regisseurNaam', u."naam", 'regisseurTelefoon', u."telefoon", 'regisseurEmail', u."email",
                         'aanbiederNaam', a."naam", 'aanbiederTelefoon', a."telefoon") ORDER BY r."lead" DESC, r."vanaf" ASC)
                       FROM "RegieToewijzing" r LEFT JOIN "User" u ON u."id" = r."regisseurId" LEFT JOIN "Aanbieder" a ON a."id" = r."aanbiederId"
                       WHERE r."huishoudenId" = h."id" AND r."tot" IS NULL), '[]'::json) AS "regie",
             COALESCE((SELECT json_agg(json_build_object('soort', s."soort", 'partij', s."partij", 'doel', s."doel", 'gegevenOp', s."gegevenOp",
                                                         'geldigTot', s."geldigTot", 'ingetrokkenOp', s."ingetrokkenOp"))
                       FROM "Toestemming" s WHERE s."huishoudenId" = h."id"), '[]'::json) AS "toestemmingen",
             (SELECT count(*)::int FROM "Consult" k WHERE k."huishoudenId" = h."id" AND k."soort" = 'VEILIGHEID' AND k."status" <> 'AFGEROND') AS "veiligheidsconsulten"
      FROM "Huishouden" h
      LEFT JOIN "Wijk" w ON w."id" = h."wijkId"
      LEFT JOIN LATERAL (SELECT * FROM "Casus" x WHERE x."huishoudenId" = h."id" ORDER BY x."geopendOp" DESC LIMIT 1) c ON true
      LEFT JOIN "Team" t ON t."id" = c."teamId"
      LEFT JOIN "User" cp ON cp."id" = COALESCE(c."contactpersoonId", c."intakeDoorId")
      WHERE h."id" = ${huishoudenId}::uuid`, { plan: 'bewaren' });
    const h = {
      ...rij,
      casussen: rij.casusId ? [{ id: rij.casusId, nummer: rij.casusNummer!, fase: rij.fase!, veiligheid: rij.veiligheid, waakvlamOp: rij.waakvlamOp, team: rij.team ? { naam: rij.team } : null }] : [],
      regie: rij.regie.map((r) => ({
        vorm: r.vorm, lead: r.lead, vanaf: fromJson(r.vanaf), externeRegisseurNaam: r.externeRegisseurNaam,
        regisseur: r.regisseurNaam !== null ? { naam: r.regisseurNaam, telefoon: r.regisseurTelefoon, email: r.regisseurEmail } : null,
        aanbieder: r.aanbiederNaam !== null ? { naam: r.aanbiederNaam, telefoon: r.aanbiederTelefoon } : null,
      })),
      toestemmingen: rij.toestemmingen.map((t) => ({ ...t, gegevenOp: fromJson(t.gegevenOp), geldigTot: fromJsonOrNull(t.geldigTot), ingetrokkenOp: fromJsonOrNull(t.ingetrokkenOp) })),
      wijk: rij.wijk !== null ? { naam: rij.wijk } : null,
    };
    const contactpersoon = rij.heeftContact ? { naam: rij.contactNaam!, telefoon: rij.contactTelefoon, email: rij.contactEmail } : null;
    const casus = h.casussen[0] ?? null;
    const lead = h.regie.find((r) => r.lead) ?? null;
    const open = casus !== null && casus.fase !== 'AFGESLOTEN';
    const btg = grond === 'BREAK_THE_GLASS'
      ? await tx.breakTheGlass.findFirst({ where: { userId: actor.id, huishoudenId, verlooptOp: { gt: new Date() } }, orderBy: { verlooptOp: 'desc' }, select: { verlooptOp: true } })
      : null;
    // Issue 16 item 14: the intake ground lasts a stated period after the actor's own triage; the header says until when.
    const intake = grond === 'INTAKE'
      ? await tx.triage.findFirst({ where: { doorId: actor.id, gemeenteId: actor.gemeenteId, melding: { huishoudenId } }, orderBy: { op: 'desc' }, select: { op: true } })
      : null;
    return {
      grond,
      /** Until when a break-the-glass access lasts, when that is the ground. */
      btgTot: btg?.verlooptOp ?? null,
      /** Until when the intake access lasts, when that is the ground. */
      intakeTot: intake ? intakeToegangTot(intake.op) : null,
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
      veiligheid: veiligheidsSignaal(open ? casus.veiligheid : null, rij.veiligheidsconsulten),
    };
  });
}

type KopRij = {
  id: string; naam: string; straat: string; huisnummer: number; huisnummerToevoeging: string | null; postcode: string; woonplaats: string;
  version: number; geanonimiseerdOp: Date | null; wijk: string | null;
  casusId: string | null; casusNummer: string | null; fase: Fase | null; veiligheid: Veiligheid | null; waakvlamOp: Date | null; team: string | null;
  contactNaam: string | null; contactTelefoon: string | null; contactEmail: string | null; heeftContact: boolean;
  regie: {
    vorm: Regievorm; lead: boolean; vanaf: string; externeRegisseurNaam: string | null;
    regisseurNaam: string | null; regisseurTelefoon: string | null; regisseurEmail: string | null; aanbiederNaam: string | null; aanbiederTelefoon: string | null;
  }[];
  toestemmingen: { soort: ToestemmingSoort; partij: string | null; doel: string | null; gegevenOp: string; geldigTot: string | null; ingetrokkenOp: string | null }[];
  veiligheidsconsulten: number;
};


export type DossierKop = Awaited<ReturnType<typeof getDossierKop>>;
