import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { AFGESCHERMD_ADRES } from '@/lib/domain/brp';
import { formatHuisnummer } from '@/lib/domain/postcode';
import { aantalPaginas, MAX_KANDIDATEN, ZOEK_PAGINA_GROOTTE, type Zoekvraag } from '@/lib/domain/zoeken';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Fase, Regievorm } from '@/lib/generated/prisma/enums';
import { householdAccessWhere } from '@/lib/server/access/household-access';
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
async function kandidatenOpNaam(tx: Tx, gemeenteId: string, vraag: Extract<Zoekvraag, { soort: 'NAAM' }>): Promise<string[]> {
  const voornaam = vraag.voornaam ? Prisma.sql`AND p."voornamen" ILIKE ${`${likeEscape(vraag.voornaam)}%`}` : Prisma.empty;
  const geboren = vraag.geboortedatum ? Prisma.sql`AND p."geboortedatum" = ${vraag.geboortedatum}::date` : Prisma.empty;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT l."huishoudenId"::text AS id
    FROM "Persoon" p
    JOIN "HuishoudenLidmaatschap" l ON l."persoonId" = p."id" AND l."tot" IS NULL
    WHERE p."gemeenteId" = ${gemeenteId}::uuid AND p."achternaam" ILIKE ${`%${likeEscape(vraag.achternaam)}%`} ${voornaam} ${geboren}
    LIMIT ${MAX_KANDIDATEN + 1}`;
  return rows.map((r) => r.id);
}

async function criteria(tx: Tx, gemeenteId: string, vraag: Zoekvraag): Promise<Prisma.HuishoudenWhereInput | 'TE_VEEL'> {
  switch (vraag.soort) {
    case 'BSN':
      return { leden: { some: { tot: null, persoon: { bsn: vraag.bsn } } } };
    case 'NAAM': {
      const ids = await kandidatenOpNaam(tx, gemeenteId, vraag);
      return ids.length > MAX_KANDIDATEN ? 'TE_VEEL' : { id: { in: ids } };
    }
    case 'ADRES':
      return {
        postcode: vraag.postcode,
        huisnummer: vraag.huisnummer,
        ...(vraag.toevoeging ? { huisnummerToevoeging: { equals: vraag.toevoeging, mode: 'insensitive' } } : {}),
      };
    case 'KENMERK':
      return { meldingen: { some: { kenmerk: { in: vraag.kenmerken } } } };
  }
}

/**
 * Staff search over the households the actor may see (need-to-know: householdAccessWhere), one page at a time: the
 * matching ids first, then one query for the page with its relations (a fixed number of queries, no N+1). The access log
 * gets a SEARCH row with the kind of search and the number of results, not the BSN or name typed: the terms are
 * personal data of people the user may not see.
 */
export async function searchHuishoudens(actor: Actor, input: ZoekInput): Promise<ZoekUitkomst> {
  assertPermission(actor, 'dossier:search');
  return leesZonderTransactie(async (tx) => {
    const gezocht = await criteria(tx, actor.gemeenteId, input.vraag);
    if (gezocht === 'TE_VEEL') {
      await recordAudit(tx, actor, { actie: 'SEARCH', entiteit: 'Huishouden', after: { soort: input.vraag.soort, resultaten: null, teVeel: true } });
      return { hits: [], totaal: 0, pagina: 1, paginas: 1, soort: input.vraag.soort, teVeel: true };
    }
    const where: Prisma.HuishoudenWhereInput = { AND: [householdAccessWhere(actor), { geanonimiseerdOp: null }, gezocht] };
    // Every match the actor may see, in display order, as ids only (a few thousand at most: a name matching more
    // was refused above); then the details of one page. One pass over the access filter, no separate count.
    const alle = await tx.huishouden.findMany({ where, orderBy: [{ naam: 'asc' }, { id: 'asc' }], select: { id: true } });
    const totaal = alle.length;
    const paginas = aantalPaginas(totaal);
    const pagina = Math.min(input.pagina, paginas);
    const paginaIds = alle.slice((pagina - 1) * ZOEK_PAGINA_GROOTTE, pagina * ZOEK_PAGINA_GROOTTE).map((h) => h.id);
    const volgorde = new Map(paginaIds.map((id, i) => [id, i]));
    const rows = await tx.huishouden.findMany({
      where: { id: { in: paginaIds } },
      select: {
        id: true, naam: true, straat: true, huisnummer: true, huisnummerToevoeging: true, postcode: true, woonplaats: true,
        wijk: { select: { naam: true } },
        leden: {
          where: { tot: null },
          orderBy: [{ rol: 'asc' }, { vanaf: 'asc' }],
          select: { persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true, geheimhouding: true } } },
        },
        casussen: { orderBy: { geopendOp: 'desc' }, take: 1, select: { fase: true } },
        regie: {
          where: { lead: true, tot: null },
          take: 1,
          select: { vorm: true, externeRegisseurNaam: true, regisseur: { select: { naam: true } }, aanbieder: { select: { naam: true } } },
        },
      },
    });
    await recordAudit(tx, actor, {
      actie: 'SEARCH', entiteit: 'Huishouden',
      after: { soort: input.vraag.soort, resultaten: totaal, pagina },
    });
    rows.sort((x, y) => volgorde.get(x.id)! - volgorde.get(y.id)!);
    const hits: ZoekHit[] = rows.map((r) => {
      const lead = r.regie[0];
      const fase = r.casussen[0]?.fase ?? null;
      const geheim = r.leden.some((l) => l.persoon.geheimhouding); // issue 20: the address stays inside the dossier
      return {
        id: r.id,
        naam: r.naam,
        adres: geheim ? AFGESCHERMD_ADRES : `${r.straat} ${formatHuisnummer({ huisnummer: r.huisnummer, toevoeging: r.huisnummerToevoeging })}`,
        postcode: geheim ? '' : r.postcode,
        woonplaats: geheim ? '' : r.woonplaats,
        wijk: r.wijk?.naam ?? null,
        leden: r.leden.map(({ persoon: p }) => ({
          naam: [p.voornamen.split(' ')[0], p.tussenvoegsel, p.achternaam].filter(Boolean).join(' '),
          geboortejaar: p.geboortedatum?.getUTCFullYear() ?? null,
        })),
        fase,
        casusOpen: fase !== null && fase !== 'AFGESLOTEN',
        regisseur: lead ? { naam: lead.regisseur?.naam ?? lead.externeRegisseurNaam ?? lead.aanbieder?.naam ?? 'Onbekend', vorm: lead.vorm } : null,
      };
    });
    return { hits, totaal, pagina, paginas, soort: input.vraag.soort, teVeel: false };
  });
}
