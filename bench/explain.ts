// Where a measured page spends its time in the database: calls the read use cases behind the benchmark's pages as
// the demo users (on the bench dataset of bench/.work, made by `npm run bench` or bench/generate.ts), captures every
// statement they send, and runs each with EXPLAIN (ANALYZE, BUFFERS) under PostgreSQL's default costs. Prints per
// page the statements, their time, and any large table read by a Seq Scan; `--plans` prints the plans too.
//
//   npx tsx bench/explain.ts [--plans] [--pg-port 54450] [--only werkvoorraad,zoeken] [--runs 3]
//
// With --running the PostgreSQL on --pg-port is one already started (the 1M data dir, PERF8.md), not bench/.work's.
// With --runs N each statement is explained N times and the median execution time is printed (warm).
// With --dump <file> the statements sent (text and values, as JSON) are written there, to try variants by hand.
//
// A developer's tool: it runs the use cases outside Next, so it stands in for the `server-only` guard.
import './explain-env';
import Module from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '@/lib/embedded-postgres';
import { argValue, DATABASE, WORK_DIR } from './generate';

const LARGE = new Set(['Huishouden', 'Persoon', 'HuishoudenLidmaatschap', 'Casus', 'RegieToewijzing', 'Melding', 'Aanvraag', 'Triage', 'AuditEntry', 'CasusFaseWijziging', 'Gesprek', 'PlanVersie', 'Doel', 'Actie']);

type Sent = { text: string; values: unknown[] };
type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Actual Rows'?: number; 'Actual Loops'?: number; Plans?: PlanNode[] };
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

async function main() {
  const args = process.argv.slice(2);
  const only = argValue(args, '--only')?.split(',');
  const port = Number(argValue(args, '--pg-port') ?? process.env.BENCH_PG_PORT ?? 54450);
  const server = args.includes('--running') ? null : await startEmbeddedPostgres({ dataDir: path.join(WORK_DIR, 'pg'), port });
  if (server && process.env.DATABASE_URL !== server.url(DATABASE)) throw new Error(`${process.env.DATABASE_URL} ≠ ${server.url(DATABASE)}`);
  const runs = Math.max(1, Number(argValue(args, '--runs') ?? 1));
  // `server-only` throws outside a React Server Component bundle: an empty module stands in, as in the tests.
  const resolve = (Module as unknown as { _resolveFilename: (r: string, ...rest: unknown[]) => string });
  const original = resolve._resolveFilename;
  resolve._resolveFilename = function (request: string, ...rest: unknown[]) {
    return original.call(this, request === 'server-only' ? path.resolve(__dirname, '../tests/support/server-only.ts') : request, ...rest);
  };

  const captured: Sent[] = [];
  let capturing = false;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const originalQuery = pg.Client.prototype.query;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (pg.Client.prototype as any).query = function (this: pg.Client, ...a: any[]) {
    if (capturing && this !== client) captured.push(typeof a[0] === 'string' ? { text: a[0], values: a[1] ?? [] } : { text: a[0].text, values: a[0].values ?? [] });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return (originalQuery as any).apply(this, a);
  };

  try {
    const { prisma } = await import('@/lib/db');
    const { parseZoekvraag } = await import('@/lib/domain/zoeken');
    const actor = async (email: string) => {
      const u = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, gemeenteId: true, naam: true, email: true, rollen: true, teams: { where: { tot: null }, select: { teamId: true } } } });
      return { id: u.id, gemeenteId: u.gemeenteId, naam: u.naam, email: u.email, rollen: u.rollen, teamIds: u.teams.map((t) => t.teamId) };
    };
    const [coach, lead, front, back, beleid] = await Promise.all(['wijkcoach', 'teamlead', 'frontoffice', 'backoffice', 'beleid'].map((n) => actor(`${n}@wijkregie.test`)));
    // The partner the bench signs in as (bench/targets.ts): the demo aanbieder's first active user.
    const partner = async () => {
      const { rows: [p] } = await client.query(`
        SELECT po.id AS "organisatieId", po.naam AS "organisatieNaam", po.soort::text AS soort, po."aanbiederId", po."gemeenteId", pg.id AS "gebruikerId", pg.naam, pg.email, pg.coordinator
        FROM "PartnerOrganisatie" po JOIN "PartnerGebruiker" pg ON pg."organisatieId" = po.id AND pg.actief
        WHERE po.soort = 'AANBIEDER' AND po.actief AND po."aanbiederId" IS NOT NULL ORDER BY po."kvkNummer", pg.email LIMIT 1`);
      return { kind: 'partner' as const, ...p };
    };
    const target = (await client.query(`
      SELECT h.id, p.bsn, split_part(p.voornamen, ' ', 1) AS voornaam, p.achternaam, h.postcode, h.huisnummer
      FROM "RegieToewijzing" r JOIN "Huishouden" h ON h.id = r."huishoudenId"
      JOIN "HuishoudenLidmaatschap" l ON l."huishoudenId" = h.id AND l.tot IS NULL JOIN "Persoon" p ON p.id = l."persoonId"
      WHERE r."regisseurId" = $1 AND r.tot IS NULL ORDER BY h.id LIMIT 1`, [coach.id])).rows[0];
    const search = async (zoekterm: string) => {
      const { searchHuishoudens } = await import('@/lib/server/zoeken/search-huishoudens');
      const parsed = parseZoekvraag({ zoekterm }, new Date());
      if (!parsed.ok) throw new Error(zoekterm);
      return searchHuishoudens(coach, { vraag: parsed.vraag, pagina: 1 });
    };
    const pages: [string, () => Promise<unknown>][] = [
      ['werkvoorraad', async () => (await import('@/lib/server/werkvoorraad/get-werkvoorraad')).getWerkvoorraad(coach)],
      ['casusverdeling', async () => (await import('@/lib/server/regie/get-casusverdeling')).getCasusverdeling(lead, { pagina: 1 })],
      ['meldingen', async () => (await import('@/lib/server/melding/list-meldingen')).listMeldingen(front, { status: 'open', pagina: 1 })],
      ['dossier', async () => {
        const kop = (await import('@/lib/server/dossier/get-dossier-kop')).getDossierKop(coach, target.id);
        const overzicht = (await import('@/lib/server/dossier/get-dossier-overzicht')).getDossierOverzicht(coach, target.id);
        return Promise.all([kop, overzicht]);
      }],
      ['zoeken-bsn', () => search(target.bsn)],
      ['zoeken-naam', () => search(`${target.voornaam} ${target.achternaam}`)],
      ['zoeken-adres', () => search(`${target.postcode} ${target.huisnummer}`)],
      ['aanvragen', async () => (await import('@/lib/server/aanvraag/list-aanvragen')).listAanvragen(back, { pagina: 1 })],
      ['nog-versturen', async () => (await import('@/lib/server/beschikking/list-nog-versturen')).listNogVersturen(back)],
      ['nog-versturen-telling', async () => (await import('@/lib/server/beschikking/list-nog-versturen')).countNogVersturen(back)],
      ['partner-toewijzingen', async () => (await import('@/lib/server/partner/get-partner-toewijzingen')).getPartnerToewijzingen(await partner())],
      ['rapportage', async () => {
        const r = await import('@/lib/server/rapportage/get-rapportage');
        return Promise.all([r.getRapportage(beleid, { van: null, tot: null }), r.getRapportageKeuzes(beleid)]);
      }],
    ];
    for (const [name, work] of pages) {
      if (only && !only.includes(name)) continue;
      captured.length = 0;
      capturing = true;
      const started = performance.now();
      try {
        await work();
      } finally {
        capturing = false;
      }
      const elapsed = performance.now() - started;
      const selects = captured.filter((q) => /^\s*(SELECT|WITH)\b/i.test(q.text));
      const dump = argValue(args, '--dump');
      if (dump) (await import('node:fs')).writeFileSync(`${dump}.${name}.json`, JSON.stringify(selects, null, 2));
      console.log(`\n━━ ${name}: ${captured.length} statements (${selects.length} SELECT), use case ${elapsed.toFixed(0)} ms`);
      for (const q of selects) {
        const explained: { Plan: PlanNode; 'Execution Time': number }[] = [];
        for (let run = 0; run < runs; run++) {
          const result = await client.query({ text: `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${q.text}`, values: q.values });
          explained.push(result.rows[0]['QUERY PLAN'][0]);
        }
        explained.sort((x, y) => x['Execution Time'] - y['Execution Time']);
        const top = explained[Math.floor((explained.length - 1) / 2)];
        const scans = nodes(top.Plan).filter((n) => n['Node Type'] === 'Seq Scan' && LARGE.has(n['Relation Name'] ?? '')).map((n) => `${n['Relation Name']}×${n['Actual Loops']}`);
        console.log(`  ${top['Execution Time'].toFixed(1).padStart(7)} ms${scans.length ? `  SEQ SCAN ${scans.join(', ')}` : ''}  ${q.text.replace(/\s+/g, ' ').trim().slice(0, 150)}`);
        if (args.includes('--plans') || (scans.length && args.includes('--scans'))) {
          const text = await client.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, values: q.values });
          console.log(text.rows.map((r) => `      ${r['QUERY PLAN']}`).join('\n'));
        }
      }
    }
    await prisma.$disconnect();
  } finally {
    pg.Client.prototype.query = originalQuery;
    await client.end();
    await server?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
