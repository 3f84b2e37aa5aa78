import 'server-only';
import { leesSql, prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { AFGESCHERMD_ADRES } from '@/lib/domain/brp';
import { formatHuisnummer } from '@/lib/domain/postcode';
import { aantalPaginas, MAX_KANDIDATEN, ZOEK_PAGINA_GROOTTE, type Zoekvraag } from '@/lib/domain/zoeken';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Fase, Regievorm } from '@/lib/generated/prisma/enums';
import { householdAccessSql } from '@/lib/server/access/household-access';
import { recordAudit } from '@/lib/server/audit/record';
import type { ZoekInput } from '@/lib/validations/zoeken';

export type ZoekHit = {
  id: string;
  naam: string;
  adres: string;
  postcode: string;
  woonplaats: string;
  wijk: string | null;
  leden: { naam: string; geboortejaar: number | null }[];
  fase: Fase | null;
  casusOpen: boolean;
  regisseur: { naam: string; vorm: Regievorm } | null;
};

export type ZoekUitkomst = {
  hits: ZoekHit[];
  totaal: number;
  pagina: number;
  paginas: number;
  soort: Zoekvraag['soort'];
  /** A name so common that the search asks to narrow it down. */
  teVeel: boolean;
};


const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Households whose current members match a name: straight from the trigram index on achternaam to the partial index
 * on current memberships, so the planner never scans the membership table (Prisma's relation filter let it).
 */
async function kandidatenOpNaam(gemeenteId: string, vraag: Extract<Zoekvraag, { soort: 'NAAM' }>): Promise<string[]> {
  const voornaam = vraag.voornaam ? Prisma.sql`AND p."voornamen" ILIKE ${`${likeEscape(vraag.voornaam)}%`}` : Prisma.empty;
  const geboren = vraag.geboortedatum ? Prisma.sql`AND p."geboortedatum" = ${vraag.geboortedatum}::date` : Prisma.empty;
  const rows = await leesSql<{ id: string }>(Prisma.sql`
    SELECT DISTINCT l."huishoudenId"::text AS id
    FROM "Persoon" p
    JOIN "HuishoudenLidmaatschap" l ON l."persoonId" = p."id" AND l."tot" IS NULL
    WHERE p."gemeenteId" = ${gemeenteId}::uuid AND p."achternaam" ILIKE ${`%${likeEscape(vraag.achternaam)}%`} ${voornaam} ${geboren}
    LIMIT ${MAX_KANDIDATEN + 1}`);
  return rows.map((r) => r.id);
}

/** What was asked, as a condition on the household row `h`. */
async function criteria(gemeenteId: string, vraag: Zoekvraag): Promise<Prisma.Sql | 'TE_VEEL'> {
  switch (vraag.soort) {
    case 'BSN':
      return Prisma.sql`h."id" IN (SELECT l."huishoudenId" FROM "Persoon" p JOIN "HuishoudenLidmaatschap" l ON l."persoonId" = p."id" AND l."tot" IS NULL
        WHERE p."bsn" = ${vraag.bsn} AND p."gemeenteId" = ${gemeenteId}::uuid)`;
    case 'NAAM': {
      const ids = await kandidatenOpNaam(gemeenteId, vraag);
      return ids.length > MAX_KANDIDATEN ? 'TE_VEEL' : Prisma.sql`h."id" = ANY(${ids}::uuid[])`;
    }
    case 'ADRES':
      return Prisma.sql`h."postcode" = ${vraag.postcode} AND h."huisnummer" = ${vraag.huisnummer}
        ${vraag.toevoeging ? Prisma.sql`AND lower(h."huisnummerToevoeging") = lower(${vraag.toevoeging})` : Prisma.empty}`;
    case 'KENMERK':
      return Prisma.sql`h."id" IN (SELECT m."huishoudenId" FROM "Melding" m WHERE m."kenmerk" = ANY(${vraag.kenmerken}::text[]))`;
  }
}

/**
 * Staff search over the households the actor may see (need-to-know: householdAccessSql), one page at a time. One
 * statement (issue 23: Prisma's nested read took a statement per relation, seven in all, and most of the page's
 * server CPU): every match the actor may see, counted and ranked in display order, and of the page asked for (the
 * last one when it asks past the end) the households with their members, latest casus and lead regisseur. The access
 * log gets a SEARCH row with the kind of search and the number of results, not the BSN or name typed: the terms are
 * personal data of people the user may not see.
 */
export async function searchHuishoudens(actor: Actor, input: ZoekInput): Promise<ZoekUitkomst> {
  assertPermission(actor, 'dossier:search');
  const gezocht = await criteria(actor.gemeenteId, input.vraag);
  if (gezocht === 'TE_VEEL') {
    await recordAudit(prisma, actor, { actie: 'SEARCH', entiteit: 'Huishouden', after: { soort: input.vraag.soort, resultaten: null, teVeel: true } });
    return { hits: [], totaal: 0, pagina: 1, paginas: 1, soort: input.vraag.soort, teVeel: true };
  }
  const grootte = ZOEK_PAGINA_GROOTTE;
  const rows = await leesSql<ZoekRij>(Prisma.sql`
    WITH gevonden AS (
      SELECT h."id", count(*) OVER ()::int AS "totaal", row_number() OVER (ORDER BY h."naam", h."id")::int AS "rang"
      FROM "Huishouden" h
      WHERE ${householdAccessSql(actor, Prisma.sql`h`)} AND h."geanonimiseerdOp" IS NULL AND ${gezocht}
    ), pagina AS (
      SELECT g.*, LEAST(${input.pagina}::int, GREATEST(1, ceil(g."totaal" / ${grootte}::numeric)::int)) AS "pagina" FROM gevonden g
    )
    SELECT g."totaal", g."pagina", h."id", h."naam", h."straat", h."huisnummer", h."huisnummerToevoeging", h."postcode", h."woonplaats", w."naam" AS "wijk",
           COALESCE((SELECT json_agg(json_build_object('voornamen', p."voornamen", 'tussenvoegsel', p."tussenvoegsel", 'achternaam', p."achternaam",
                                                       'geboortejaar', extract(year FROM p."geboortedatum")::int) ORDER BY l."rol", l."vanaf", l."id")
                     FROM "HuishoudenLidmaatschap" l JOIN "Persoon" p ON p."id" = l."persoonId" WHERE l."huishoudenId" = h."id" AND l."tot" IS NULL), '[]'::json) AS "leden",
           -- issue 20: the address stays inside the dossier when a member's is secret
           EXISTS (SELECT 1 FROM "HuishoudenLidmaatschap" l JOIN "Persoon" p ON p."id" = l."persoonId" WHERE l."huishoudenId" = h."id" AND l."tot" IS NULL AND p."geheimhouding") AS "geheim",
           (SELECT c."fase"::text FROM "Casus" c WHERE c."huishoudenId" = h."id" ORDER BY c."geopendOp" DESC LIMIT 1) AS "fase",
           r."vorm"::text AS "regievorm", COALESCE(u."naam", r."externeRegisseurNaam", a."naam", 'Onbekend') AS "regisseur"
    FROM pagina g
    JOIN "Huishouden" h ON h."id" = g."id"
    LEFT JOIN "Wijk" w ON w."id" = h."wijkId"
    LEFT JOIN LATERAL (SELECT * FROM "RegieToewijzing" r WHERE r."huishoudenId" = h."id" AND r."lead" AND r."tot" IS NULL LIMIT 1) r ON true
    LEFT JOIN "User" u ON u."id" = r."regisseurId"
    LEFT JOIN "Aanbieder" a ON a."id" = r."aanbiederId"
    WHERE g."rang" > (g."pagina" - 1) * ${grootte}::int AND g."rang" <= g."pagina" * ${grootte}::int
    ORDER BY g."rang"`);
  const totaal = rows[0]?.totaal ?? 0;
  const pagina = rows[0]?.pagina ?? 1;
  await recordAudit(prisma, actor, {
    actie: 'SEARCH', entiteit: 'Huishouden',
    after: { soort: input.vraag.soort, resultaten: totaal, pagina },
  });
  const hits: ZoekHit[] = rows.map((r) => ({
    id: r.id,
    naam: r.naam,
    adres: r.geheim ? AFGESCHERMD_ADRES : `${r.straat} ${formatHuisnummer({ huisnummer: r.huisnummer, toevoeging: r.huisnummerToevoeging })}`,
    postcode: r.geheim ? '' : r.postcode,
    woonplaats: r.geheim ? '' : r.woonplaats,
    wijk: r.wijk,
    leden: r.leden.map((p) => ({ naam: [p.voornamen.split(' ')[0], p.tussenvoegsel, p.achternaam].filter(Boolean).join(' '), geboortejaar: p.geboortejaar })),
    fase: r.fase,
    casusOpen: r.fase !== null && r.fase !== 'AFGESLOTEN',
    regisseur: r.regievorm ? { naam: r.regisseur, vorm: r.regievorm } : null,
  }));
  return { hits, totaal, pagina, paginas: aantalPaginas(totaal), soort: input.vraag.soort, teVeel: false };
}

type ZoekRij = {
  totaal: number; pagina: number; id: string; naam: string; straat: string; huisnummer: number; huisnummerToevoeging: string | null; postcode: string;
  woonplaats: string; wijk: string | null; leden: { voornamen: string; tussenvoegsel: string | null; achternaam: string; geboortejaar: number | null }[];
  geheim: boolean; fase: Fase | null; regievorm: Regievorm | null; regisseur: string;
};
