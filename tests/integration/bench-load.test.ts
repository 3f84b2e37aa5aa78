import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedLoop, formRequest, hiddenFields, html, percentile, problemWith, send, type Session, storeCookies } from '@/bench/load';
import { median, type Report, toMarkdown } from '@/bench/report';

// Issue 9: the benchmark's load generator (bench/load.ts) and report (bench/report.ts) against a small local HTTP
// server: the loop ends by itself, counts every request, and counts a wrong answer as a failure, never as a fast one.

let server: http.Server;
let base: URL;
const seen: { method: string; cookie?: string; origin?: string; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method!, cookie: req.headers.cookie, origin: req.headers.origin, body });
      if (req.url === '/pagina') {
        res.setHeader('set-cookie', 'sessie=nieuw; Path=/; HttpOnly');
        res.end('<h1>Mijn werkvoorraad</h1>');
      } else if (req.url === '/login-redirect') {
        res.writeHead(307, { location: '/login' }).end();
      } else if (req.url === '/klein') {
        res.end('<h1>Klein</h1>');
      } else if (req.url === '/groot') {
        res.end(`<h1>Groot</h1>${'x'.repeat(2_000)}`);
      } else if (req.url === '/traag') {
        setTimeout(() => res.end('<h1>Traag</h1>'), 50);
      } else {
        res.end('<h1>Er ging iets mis</h1>');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const session = (): Session => ({ cookies: new Map([['sessie', 'oud']]) });

describe('closedLoop', () => {
  it('stops by itself after the given time and counts every answer', async () => {
    const started = performance.now();
    const stats = await closedLoop({ base, session: session(), requests: [{ path: '/traag', expect: ['Traag</h1>'] }], concurrency: 3, seconds: 0.5 });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(500);
    expect(elapsed).toBeLessThan(2_000);
    // Three users, 50 ms per answer, half a second: about thirty requests; on a busy machine fewer, but every user
    // went round more than once (a loop that stops after one request each would count three).
    expect(stats.requests).toBeGreaterThanOrEqual(6);
    expect(stats.requests).toBeLessThanOrEqual(33);
    expect(stats.failures).toBe(0);
    expect(stats.p50).toBeGreaterThanOrEqual(50);
    expect(stats.p95).toBeGreaterThanOrEqual(stats.p50);
    expect(stats.p99).toBeGreaterThanOrEqual(stats.p95);
    expect(stats.throughput).toBeGreaterThan(20);
    expect(stats.kb).toBeCloseTo('<h1>Traag</h1>'.length / 1024, 3);
    expect(stats.encoding).toBe('identity');
  });

  it('reports the median size of the answers, not the mean (issue 23: bytes per page)', async () => {
    // Two pages in turn, one of 20 bytes and one of 2,000: with three requests of the small one for each large one
    // the median is the small one, whatever the mean.
    const stats = await closedLoop({
      base, session: session(), concurrency: 1, seconds: 0.3,
      requests: [{ path: '/klein', expect: ['Klein'] }, { path: '/klein', expect: ['Klein'] }, { path: '/klein', expect: ['Klein'] }, { path: '/groot', expect: ['Groot'] }],
    });
    expect(stats.failures).toBe(0);
    expect(stats.requests).toBeGreaterThanOrEqual(4);
    expect(stats.kb * 1024).toBe('<h1>Klein</h1>'.length);
  });

  it('counts a redirect to the login page and an error page as failures, with the reason', async () => {
    const stats = await closedLoop({
      base, session: session(), concurrency: 1, seconds: 0.3,
      requests: [{ path: '/login-redirect', expect: ['Mijn werkvoorraad'] }, { path: '/fout', expect: ['Mijn werkvoorraad'], refuse: ['Er ging iets mis'] }],
    });
    expect(stats.requests).toBeGreaterThan(0);
    expect(stats.failures).toBe(stats.requests);
    expect(stats.problems.join('\n')).toContain('HTTP 307 → /login');
    expect(stats.problems.join('\n')).toContain('"Mijn werkvoorraad" ontbreekt');
  });

  it('keeps the cookie the server sets, as a browser does', async () => {
    const s = session();
    seen.length = 0;
    await closedLoop({ base, session: s, requests: [{ path: '/pagina', expect: ['Mijn werkvoorraad'] }], concurrency: 1, seconds: 0.2 });
    expect(seen[0].cookie).toBe('sessie=oud');
    expect(seen.at(-1)!.cookie).toBe('sessie=nieuw');
    expect(s.cookies.get('sessie')).toBe('nieuw');
  });

  it('with several sessions (the residents of Mijn plan), each virtual user sends its own', async () => {
    const sessions: Session[] = ['a', 'b', 'c'].map((v) => ({ cookies: new Map([['inwoner', v]]) }));
    seen.length = 0;
    await closedLoop({ base, session: sessions, requests: [{ path: '/traag', expect: ['Traag</h1>'] }], concurrency: 3, seconds: 0.2 });
    expect(new Set(seen.map((r) => r.cookie))).toEqual(new Set(['inwoner=a', 'inwoner=b', 'inwoner=c']));
  });
});

describe('form posts', () => {
  it('posts the hidden fields of the form first, with the Origin the proxy asks for', async () => {
    const page = '<form><input type="hidden" name="$ACTION_REF_1"/><input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;7f00&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/><input type="search" name="zoekterm"/></form>';
    const fields = hiddenFields(page);
    expect(fields).toEqual({ $ACTION_REF_1: '', '$ACTION_1:0': '{"id":"7f00","bound":"$@1"}' });
    const request = { path: '/pagina', form: { ...fields, zoekterm: '999999990' }, expect: [] };
    const agent = new http.Agent();
    seen.length = 0;
    const answer = await send(agent, base, { ...formRequest(base, request), path: request.path });
    agent.destroy();
    expect(answer.status).toBe(200);
    expect(seen[0].method).toBe('POST');
    expect(seen[0].origin).toBe(base.origin);
    expect(seen[0].body.indexOf('name="$ACTION_REF_1"')).toBeLessThan(seen[0].body.indexOf('name="zoekterm"'));
    expect(seen[0].body).toContain('\r\n\r\n999999990\r\n');
    expect(formRequest(base, { path: '/x', expect: [] })).toEqual({});
  });
});

describe('helpers', () => {
  it('reads percentiles and medians as the report states them', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(values, 0.5), percentile(values, 0.95), percentile(values, 0.99)]).toEqual([50, 95, 99]);
    expect(median([30, 10, 20])).toBe(20);
    expect(median([10, 20, 30, 40])).toBe(25);
  });

  it('matches text as React escapes it', () => {
    expect(html("Huishouden 't Hart & Zn")).toBe('Huishouden &#x27;t Hart &amp; Zn');
    expect(problemWith({ status: 200, body: '<h1>Huishouden &#x27;t Hart</h1>', headers: {} }, { path: '/', expect: [html("Huishouden 't Hart")] })).toBeNull();
  });

  it('forgets a cookie the server expires', () => {
    const s = session();
    storeCookies(s, ['sessie=; Max-Age=0; Path=/']);
    expect(s.cookies.has('sessie')).toBe(false);
  });
});

describe('the report', () => {
  const stats = (p95: number, throughput: number) => ({ requests: 100, failures: 0, throughput, p50: p95 / 2, p95, p99: p95 * 1.2, mean: p95 / 2, max: p95 * 2, kb: 30, encoding: 'identity', problems: [] });
  const page = (key: string, p95: number, throughput: number) => ({
    key, label: key, runs: [stats(p95, throughput)], median: { p50: p95 / 2, p95, p99: p95 * 1.2, throughput, kb: 30 }, requests: 100, failures: 0, problems: [], encoding: 'identity', gzipKb: 6.25,
  });
  const report = (load: number): Report => ({
    date: '2026-11-22T12:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'AMD EPYC', memoryGb: 23.5, node: 'v20.20.2', platform: 'Linux', loadStart: [load, 0, 0], loadEnd: [load, 0, 0] },
    commit: 'abc1234',
    dataset: { households: 100_000, reused: false, generatedAt: '2026-11-22T11:00:00.000Z', generateSeconds: { demo: 3, bulk: 100, vacuum: 5, total: 108 }, rows: { persoon: 225_000 } },
    method: { runs: 3, seconds: 10, warmup: 3, concurrency: [10], distDir: '.next-bench' },
    results: { 10: [page('floor', 40, 100), page('werkvoorraad', 100, 50), page('rapportage', 400, 10)] },
    memory: { idleMb: 200, peakMb: 450, perConcurrencyMb: { 10: 450 } },
    buildSeconds: 0,
  });

  it('gives each page as a ratio to the floor and checks the targets of issue 9', () => {
    const md = toMarkdown(report(0.5));
    expect(md).toContain('| werkvoorraad | 50 | 100 | 120 | 50.0 | 2.50× | 2.50× | 2.50× | 0.50× | — | — | 30 | 6.3 | 100 | 0 |');
    expect(md).toContain('kB html: the median size');
    expect(md).toMatch(/werkvoorraad: p95 ≤ 3× floor and ≤ 150 ms at 10 users \| 100 ms, 2\.50× floor \| yes/);
    expect(md).toMatch(/rapportage: p95 ≤ 3× floor and ≤ 150 ms at 10 users \| 400 ms, 10\.00× floor \| \*\*no\*\*/);
    expect(md).toMatch(/generating 100,000 households ≤ 3 min \| 108 s for 100,000.*\| yes/);
    expect(md).toMatch(/server peak memory ≤ 600 MB.*\| 450 MB.*\| yes/);
    expect(md).not.toContain('Measured under contention');
  });

  it('reports the floor against the bare page, the second reference (issue 23 item 3)', () => {
    const r = report(0.5);
    r.results[10] = [page('kaal', 25, 200), ...r.results[10]];
    const md = toMarkdown(r);
    expect(md).toContain('the floor is 1.60× of it at p50, 1.60× at p95');
    expect(md).toMatch(/the floor's p95 ≤ 1\.5× the bare page's at 10 users \(issue 23\) \| 40 ms, 1\.60× the bare page's 25 ms \| \*\*no\*\*/);
    // The bare page is a reference, not a page with a target of its own.
    expect(md).not.toMatch(/\| kaal: p95 ≤ 3× floor/);
    expect(toMarkdown(report(0.5))).not.toContain('Second reference');
  });

  it("gives the server's CPU time per request beside the times, and as a ratio to the floor's", () => {
    const r = report(0.5);
    const [floor, werkvoorraad] = r.results[10];
    floor.median.cpuMs = 8;
    werkvoorraad.median.cpuMs = 20;
    const md = toMarkdown(r);
    expect(md).toContain('| werkvoorraad | 50 | 100 | 120 | 50.0 | 2.50× | 2.50× | 2.50× | 0.50× | 20 | 2.50× | 30 | 6.3 | 100 | 0 |');
    expect(md).toContain('| **floor** | 20 | 40 | 48 | 100.0 | 1.00× | 1.00× | 1.00× | 1.00× | 8.0 | 1.00× |');
    // A page measured without it (a result written before it was counted) says nothing rather than a wrong figure.
    expect(md).toMatch(/\| rapportage \| 200 \| 400 \| 480 \| 10\.0 \| 10\.00× \| 10\.00× \| 10\.00× \| 0\.10× \| — \| — \|/);
  });

  it('says so when the machine was busy', () => {
    expect(toMarkdown(report(12))).toContain('**Measured under contention**');
  });
});
