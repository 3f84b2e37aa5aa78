// What the benchmark asks for, and as whom. Pages that show one household (the dossier, the searches) rotate over
// households the signed-in wijkcoach may see, picked from the dataset, so that every request does real work instead
// of hitting one warm row.
import pg from 'pg';
import { html, type Request } from './load';

export type Account = 'wijkcoach' | 'teamlead' | 'frontoffice' | 'backoffice' | 'beleid';

export const ACCOUNTS: Record<Account, string> = {
  wijkcoach: 'wijkcoach@wijkregie.test',
  teamlead: 'teamlead@wijkregie.test',
  frontoffice: 'frontoffice@wijkregie.test',
  backoffice: 'backoffice@wijkregie.test',
  beleid: 'beleid@wijkregie.test',
};

/** A resident of Mijn plan (issue 21), signed in through the test DigiD: several, each in their own household. */
export const INWONER = 'inwoner';

/**
 * A ketenpartner (issue 22), signed in through the test eHerkenning: the demo aanbieder's planner, whose organisation
 * has toewijzingen all over the city (the bulk's), and so a worklist, a toewijzingen list and households to open.
 */
export const PARTNER = 'partner';

/** No session at all: the bare reference page (issue 23 item 3). */
export const ANONIEM = 'anoniem';

export type Page = { key: string; label: string; account: Account | typeof INWONER | typeof PARTNER | typeof ANONIEM; requests: Request[] };

/** The partner the bench signs in as: the demo aanbieder's first active user (KvK number and e-mail, as eHerkenning). */
export async function loadPartner(databaseUrl: string): Promise<{ kvk: string; email: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [partner] = (await client.query<{ kvk: string; email: string }>(PARTNER_SQL)).rows;
    if (!partner) throw new Error('The bench dataset has no ketenpartner of kind aanbieder: generate it again.');
    return partner;
  } finally {
    await client.end();
  }
}

const PARTNER_SQL = `
  SELECT po."kvkNummer" AS kvk, pg.email, po."aanbiederId" AS "aanbiederId"
  FROM "PartnerOrganisatie" po JOIN "PartnerGebruiker" pg ON pg."organisatieId" = po.id AND pg.actief
  WHERE po.soort = 'AANBIEDER' AND po.actief AND po."aanbiederId" IS NOT NULL
  ORDER BY po."kvkNummer", pg.email LIMIT 1`;

/** A minimal signed-in server-rendered page of the app: reads the session and the user, renders static text. */
export const FLOOR_KEY = 'floor';

/**
 * The second reference (issue 23 item 3): a bare Next.js page of this app, a static sentence without session or
 * database (app/api/health/kaal/page.bench.tsx; only the benchmark's build `.next-bench` has it). The floor's ratio to
 * it is what the app's signed-in shell costs on top of Next.js itself.
 */
export const BARE_KEY = 'kaal';
export const BARE_PAGE: Page = {
  key: BARE_KEY, label: 'Kale pagina: Next.js zonder sessie of database (tweede referentie)', account: ANONIEM,
  requests: [{ path: '/api/health/kaal', expect: ['Kale pagina</h1>'] }],
};

/** Households per rotating page: enough that the database works from its indexes rather than from one cached row. */
const ROTATION = 40;

const h1 = (title: string) => `${html(title)}</h1>`;
const h2 = (title: string) => `${html(title)}</h2>`;
/** A page that rendered "no access" or the error page instead of the one asked for. */
const REFUSE = ['Er ging iets mis', 'Geen toegang tot dit dossier'];

export async function loadPages(databaseUrl: string): Promise<Page[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const coach = (await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [ACCOUNTS.wijkcoach])).rows[0];
    if (!coach) throw new Error('The bench database has no demo accounts: generate it again.');
    // Her own households in regie: the dossier as she opens it from Mijn werkvoorraad.
    const eigen = (await client.query<{ id: string; naam: string }>(`
      SELECT h.id, h.naam FROM "RegieToewijzing" r JOIN "Huishouden" h ON h.id = r."huishoudenId" JOIN "Casus" c ON c.id = r."casusId"
      WHERE r."regisseurId" = $1 AND r.tot IS NULL AND c.fase <> 'AFGESLOTEN' ORDER BY h.id LIMIT $2`, [coach.id, ROTATION])).rows;
    // Households of her team's wijken (need-to-know through the team), spread over the table: current members.
    const leden = (await client.query<{ id: string; naam: string; bsn: string; voornamen: string; tussenvoegsel: string | null; achternaam: string; postcode: string; huisnummer: number; toevoeging: string | null }>(`
      WITH team AS (SELECT tw."wijkId" FROM "TeamLidmaatschap" tl JOIN "TeamWijk" tw ON tw."teamId" = tl."teamId" WHERE tl."userId" = $1 AND tl.tot IS NULL),
           kandidaten AS (
             SELECT h.id, h.naam, p.bsn, p.voornamen, p.tussenvoegsel, p.achternaam, h.postcode, h.huisnummer, h."huisnummerToevoeging" AS toevoeging,
                    row_number() OVER (PARTITION BY h.id ORDER BY l.rol, p.id) AS nr, hashtext(h.id::text) AS spreiding
             FROM "Huishouden" h
             JOIN "HuishoudenLidmaatschap" l ON l."huishoudenId" = h.id AND l.tot IS NULL
             JOIN "Persoon" p ON p.id = l."persoonId"
             WHERE h."wijkId" IN (SELECT "wijkId" FROM team) AND p.bsn IS NOT NULL AND h."geanonimiseerdOp" IS NULL
               -- The address search expects one household: not an address the generator gave to two (it happens, e.g.
               -- 1786LF 98 in a 1,000-household dataset; household ids are random, so which 40 are picked varies).
               AND NOT EXISTS (SELECT 1 FROM "Huishouden" h2 WHERE h2."gemeenteId" = h."gemeenteId" AND h2.postcode = h.postcode AND h2.huisnummer = h.huisnummer
                                 AND h2.id <> h.id AND h2."geanonimiseerdOp" IS NULL))
      SELECT id, naam, bsn, voornamen, tussenvoegsel, achternaam, postcode, huisnummer, toevoeging FROM kandidaten WHERE nr = 1
      ORDER BY spreiding LIMIT $2`, [coach.id, ROTATION])).rows;
    if (eigen.length === 0 || leden.length === 0) throw new Error('The wijkcoach has no households in the bench dataset.');

    // The partner's households: those with a running toewijzing of its aanbieder for a current member (the legal
    // ground and the involvement at once), spread over the table.
    const [partner] = (await client.query<{ aanbiederId: string }>(PARTNER_SQL)).rows;
    const partnerHuishoudens = partner ? (await client.query<{ id: string }>(`
      SELECT DISTINCT ON (hashtext(l."huishoudenId"::text), l."huishoudenId") l."huishoudenId" AS id
      FROM "Toewijzing" t JOIN "HuishoudenLidmaatschap" l ON l."persoonId" = t."persoonId" AND l.tot IS NULL
      JOIN "Huishouden" h ON h.id = l."huishoudenId" AND h."geanonimiseerdOp" IS NULL
      WHERE t."aanbiederId" = $1 AND t.status <> 'INGETROKKEN' AND (t.einddatum IS NULL OR t.einddatum >= current_date)
      ORDER BY hashtext(l."huishoudenId"::text), l."huishoudenId" LIMIT $2`, [partner.aanbiederId, ROTATION])).rows : [];
    // Its running toewijzingen, spread over the table: the toewijzing page a planner opens from the list (issue 22 item 4).
    const partnerToewijzingen = partner ? (await client.query<{ id: string }>(`
      SELECT t.id FROM "Toewijzing" t
      WHERE t."aanbiederId" = $1 AND t.status <> 'INGETROKKEN' AND (t.einddatum IS NULL OR t.einddatum >= current_date)
      ORDER BY hashtext(t.id::text), t.id LIMIT $2`, [partner.aanbiederId, ROTATION])).rows : [];

    // The search is a server action (a POST: a BSN never lands in an address); the bench posts the form as a browser
    // without JavaScript does, and the answer is the page with the results. The form's hidden fields (the action's
    // id) are added before measuring (scripts/bench.ts).
    const zoeken = (zoekterm: string) => ({ path: '/zoeken', form: { zoekterm, geboortedatum: '' } });
    const voornaam = (v: string) => v.split(' ')[0];
    return [
      { key: FLOOR_KEY, label: 'Vloer: /geen-toegang (sessie + gebruiker, vaste tekst)', account: 'wijkcoach', requests: [{ path: '/geen-toegang', expect: [h1('Geen toegang')] }] },
      { key: 'werkvoorraad', label: 'Mijn werkvoorraad (wijkcoach)', account: 'wijkcoach', requests: [{ path: '/werkvoorraad', expect: [h1('Mijn werkvoorraad'), 'Mijn huishoudens'], refuse: REFUSE }] },
      { key: 'casusverdeling', label: 'Casusverdeling (teamlead)', account: 'teamlead', requests: [{ path: '/casusverdeling', expect: [h1('Casusverdeling'), 'Wachten op regie'], refuse: REFUSE }] },
      { key: 'meldingen', label: 'Meldingen, werkvoorraad (front office)', account: 'frontoffice', requests: [{ path: '/meldingen', expect: [h1('Meldingen'), 'Werkvoorraad meldingen'], refuse: REFUSE }] },
      {
        key: 'dossier', label: 'Dossier van een huishouden (wijkcoach)', account: 'wijkcoach',
        requests: eigen.map((h) => ({ path: `/huishoudens/${h.id}`, expect: [h1(h.naam)], refuse: REFUSE })),
      },
      {
        key: 'zoeken-bsn', label: 'Zoeken op BSN (wijkcoach)', account: 'wijkcoach',
        requests: leden.map((l) => ({ ...zoeken(l.bsn), expect: ['1 huishouden gevonden', html(l.naam)], refuse: REFUSE })),
      },
      {
        key: 'zoeken-naam', label: 'Zoeken op naam: voornaam en achternaam (wijkcoach)', account: 'wijkcoach',
        requests: leden.map((l) => ({ ...zoeken([voornaam(l.voornamen), l.tussenvoegsel, l.achternaam].filter(Boolean).join(' ')), expect: ['Gevonden huishoudens'], refuse: [...REFUSE, 'Te veel treffers', '>0 huishoudens gevonden<'] })),
      },
      {
        key: 'zoeken-adres', label: 'Zoeken op postcode en huisnummer (wijkcoach)', account: 'wijkcoach',
        requests: leden.map((l) => ({ ...zoeken(`${l.postcode} ${l.huisnummer}${l.toevoeging ?? ''}`), expect: ['1 huishouden gevonden', html(l.naam)], refuse: REFUSE })),
      },
      { key: 'aanvragen', label: 'Aanvragen, wachtrij (backoffice)', account: 'backoffice', requests: [{ path: '/aanvragen', expect: [h1('Aanvragen')], refuse: REFUSE }] },
      { key: 'nog-versturen', label: 'Nog versturen: beschikkingen en toewijzingen (backoffice)', account: 'backoffice', requests: [{ path: '/beschikkingen', expect: [h1('Nog versturen')], refuse: REFUSE }] },
      {
        key: 'berichtenverkeer', label: 'Berichtenverkeer: wacht op retour en ontvangen (backoffice)', account: 'backoffice',
        requests: [
          { path: '/berichtenverkeer', expect: [h1('Berichtenverkeer')], refuse: REFUSE },
          { path: '/berichtenverkeer?weergave=ontvangen', expect: [h1('Berichtenverkeer')], refuse: REFUSE },
        ],
      },
      { key: 'rapportage', label: 'Rapportage (beleid)', account: 'beleid', requests: [{ path: '/rapportage', expect: [h1('Rapportage')], refuse: REFUSE }] },
      // Issue 21: Mijn plan, as residents of different households (each virtual user is one of them).
      { key: 'mijn', label: 'Mijn plan: overzicht (inwoner)', account: INWONER, requests: [{ path: '/mijn', expect: ['>Welkom, ', 'Uw aanvragen'], refuse: REFUSE }] },
      { key: 'mijn-plan', label: 'Mijn plan: het plan (inwoner)', account: INWONER, requests: [{ path: '/mijn/plan', expect: [h1('Mijn plan')], refuse: REFUSE }] },
      { key: 'mijn-berichten', label: 'Mijn plan: berichten (inwoner)', account: INWONER, requests: [{ path: '/mijn/berichten', expect: [h1('Berichten')], refuse: REFUSE }] },
      { key: 'mijn-brieven', label: 'Mijn plan: brieven (inwoner)', account: INWONER, requests: [{ path: '/mijn/brieven', expect: [h1('Brieven')], refuse: REFUSE }] },
      { key: 'mijn-wie-keek', label: 'Mijn plan: wie keek in uw dossier (inwoner)', account: INWONER, requests: [{ path: '/mijn/wie-keek-mee', expect: [h1('Wie keek in uw dossier')], refuse: REFUSE }] },
      // Issue 22: the ketenpartner's pages, as the demo aanbieder's planner.
      ...(partnerHuishoudens.length > 0 ? [
        { key: 'partner', label: 'Ketenpartner: acties (aanbieder)', account: PARTNER, requests: [{ path: '/partner', expect: ['Acties van '], refuse: REFUSE }] },
        { key: 'partner-toewijzingen', label: 'Ketenpartner: toewijzingen (aanbieder)', account: PARTNER, requests: [{ path: '/partner/toewijzingen', expect: ['Toewijzingen aan '], refuse: REFUSE }] },
        {
          key: 'partner-toewijzing', label: 'Ketenpartner: een toewijzing (aanbieder)', account: PARTNER,
          requests: partnerToewijzingen.map((t) => ({ path: `/partner/toewijzingen/${t.id}`, expect: [h2('Wat is toegewezen'), h2('Wijziging aanvragen')], refuse: [...REFUSE, h1('Niet gevonden')] })),
        },
        { key: 'partner-verzoeken', label: 'Ketenpartner: verzoeken (aanbieder)', account: PARTNER, requests: [{ path: '/partner/verzoeken', expect: [h1('Verzoeken aan de gemeente')], refuse: REFUSE }] },
        {
          key: 'partner-huishouden', label: 'Ketenpartner: een huishouden (aanbieder)', account: PARTNER,
          requests: partnerHuishoudens.map((h) => ({ path: `/partner/huishoudens/${h.id}`, expect: ['Je ziet dit op grond van: ', h2('Doelen en acties')], refuse: REFUSE })),
        },
      ] satisfies Page[] : []),
    ];
  } finally {
    await client.end();
  }
}

/** Residents per run of the resident pages: each virtual user signs in as one of them. */
const INWONERS = 10;

/**
 * The residents the bench signs in as (issue 21): heads of household of 18 or older with a current plan, spread over
 * the city's households (not only the demo's), each in a household of their own.
 */
export async function loadInwoners(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ bsn: string }>(`
      SELECT p.bsn FROM "HuishoudenLidmaatschap" l
      JOIN "Persoon" p ON p.id = l."persoonId"
      JOIN "Huishouden" h ON h.id = l."huishoudenId" AND h."geanonimiseerdOp" IS NULL
      WHERE l.tot IS NULL AND l.rol = 'HOOFDBEWONER' AND p.bsn IS NOT NULL AND p."overledenOp" IS NULL
        AND p.geboortedatum <= current_date - interval '18 years'
        AND EXISTS (SELECT 1 FROM "Ondersteuningsplan" o WHERE o."huishoudenId" = l."huishoudenId" AND o.actueel)
      ORDER BY hashtext(l."huishoudenId"::text) LIMIT $1`, [INWONERS]);
    if (rows.length === 0) throw new Error('The bench dataset has no residents with a plan.');
    return rows.map((r) => r.bsn);
  } finally {
    await client.end();
  }
}
