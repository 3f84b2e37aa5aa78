// A small closed-loop load generator on node:http with keep-alive (autocannon is not installed here): N virtual users,
// each sending its next request as soon as the previous answer is read in full, for a fixed time. Every answer is
// checked (status 200 and the text the page must show), so a redirect to /login or an error page is counted as a
// failure, never as a fast answer. Loopback only; every loop ends by itself when the time is up.
import http from 'node:http';

export type Session = { cookies: Map<string, string> };

export type Request = {
  path: string;
  /**
   * A form post, as a browser without JavaScript sends it (multipart, the form's hidden fields first): for pages that
   * answer a server action, such as the search (a POST, so that a BSN never lands in an address or a log).
   */
  form?: Record<string, string>;
  /** Text the answer must contain (already HTML-escaped where needed). */
  expect: string[];
  /** Text the answer must not contain. */
  refuse?: string[];
};

export type RunStats = {
  requests: number;
  failures: number;
  /** Completed requests per second over the run. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Median size of an answer's body in kB as it came over the wire (the load generator asks for no compression). */
  kb: number;
  /** Content-Encoding of the answers ('identity': uncompressed, the HTML as the server rendered it). */
  encoding: string;
  /** A few reasons for failures, for the report. */
  problems: string[];
  /**
   * The server's CPU time per completed request over the run, in ms (`next start` and its children, all threads:
   * rendering, the proxy, GC), read from /proc by the benchmark; PostgreSQL's own processes are not in it. Far less
   * noisy than a latency percentile: what the page costs the server whatever else shares the machine.
   */
  cpuMs?: number;
};

export const cookieHeader = (session: Session) => [...session.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/** Keeps what the server sets (the proxy re-signs the session cookie now and then, as a browser would keep it). */
export function storeCookies(session: Session, setCookie: string[] | undefined) {
  for (const line of setCookie ?? []) {
    const [pair, ...attributes] = line.split(';');
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const expired = attributes.some((a) => /max-age=0\b/i.test(a.trim()) || /expires=thu, 01 jan 1970/i.test(a.trim()));
    if (expired || value === '') session.cookies.delete(name);
    else session.cookies.set(name, value);
  }
}

/** `bytes`: the body's size as received (compressed when the server compressed it; `body` is then left empty). */
export type Answer = { status: number; body: string; headers: http.IncomingHttpHeaders; bytes: number };

export function send(agent: http.Agent, base: URL, options: { method?: string; path: string; session?: Session; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { accept: 'text/html,application/json', ...options.headers };
    if (options.session?.cookies.size) headers.cookie = cookieHeader(options.session);
    if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
    const req = http.request(
      { agent, host: base.hostname, port: base.port, method: options.method ?? 'GET', path: options.path, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          if (options.session) storeCookies(options.session, res.headers['set-cookie']);
          const raw = Buffer.concat(chunks);
          const encoded = res.headers['content-encoding'] !== undefined && res.headers['content-encoding'] !== 'identity';
          resolve({ status: res.statusCode ?? 0, body: encoded ? '' : raw.toString('utf8'), headers: res.headers, bytes: raw.length });
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error('timeout after 60 s')));
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** The reason an answer does not count, or null when it is the page we asked for. */
export function problemWith(answer: Pick<Answer, 'status' | 'body' | 'headers'>, request: Request): string | null {
  if (answer.status !== 200) return `HTTP ${answer.status}${answer.headers.location ? ` → ${answer.headers.location}` : ''}`;
  const missing = request.expect.find((text) => !answer.body.includes(text));
  if (missing) return `"${missing}" ontbreekt`;
  const refused = request.refuse?.find((text) => answer.body.includes(text));
  if (refused) return `"${refused}" staat op de pagina`;
  return null;
}

export const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] : NaN);

/**
 * `concurrency` users, each with the same session, loop over `requests` (each user starts at its own offset) for
 * `seconds`. Latency is measured from sending the request to the last byte of the answer.
 */
export async function closedLoop(options: { base: URL; session: Session | Session[]; requests: Request[]; concurrency: number; seconds: number }): Promise<RunStats> {
  // Several sessions (the residents, each in their own household): virtual user i uses session i mod n.
  const sessions = Array.isArray(options.session) ? options.session : [options.session];
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  const sizes: number[] = [];
  const encodings = new Set<string>();
  const problems = new Map<string, number>();
  let failures = 0;
  const started = performance.now();
  const end = started + options.seconds * 1000;
  let last = started;
  const user = async (index: number) => {
    let i = index;
    while (performance.now() < end) {
      const request = options.requests[i++ % options.requests.length];
      const t0 = performance.now();
      let problem: string | null;
      try {
        const answer = await send(agent, options.base, { ...formRequest(options.base, request), path: request.path, session: sessions[index % sessions.length] });
        sizes.push(answer.bytes);
        encodings.add(String(answer.headers['content-encoding'] ?? 'identity'));
        problem = problemWith(answer, request);
      } catch (error) {
        problem = (error as Error).message;
      }
      const t1 = performance.now();
      last = Math.max(last, t1);
      latencies.push(t1 - t0);
      if (problem) {
        failures++;
        const key = `${request.path}: ${problem}`;
        problems.set(key, (problems.get(key) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, i) => user(i)));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const elapsed = (last - started) / 1000;
  return {
    requests: latencies.length,
    failures,
    throughput: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    mean: latencies.reduce((s, x) => s + x, 0) / Math.max(1, latencies.length),
    max: latencies.at(-1) ?? NaN,
    kb: sizes.length ? percentile(sizes.sort((a, b) => a - b), 0.5) / 1024 : NaN,
    encoding: [...encodings].sort().join(', ') || 'identity',
    problems: [...problems].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, n]) => `${n}× ${k}`),
  };
}

/** Signs in with next-auth's credentials provider as the login form does: csrf token, then the callback. */
export async function signIn(base: URL, email: string, password: string): Promise<Session> {
  const agent = new http.Agent({ keepAlive: false });
  const session: Session = { cookies: new Map() };
  try {
    const csrf = await send(agent, base, { path: '/api/auth/csrf', session });
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base.origin}/`, json: 'true' }).toString();
    const answer = await send(agent, base, {
      method: 'POST',
      path: '/api/auth/callback/credentials',
      session,
      // The proxy refuses a request that changes something unless it names this origin.
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base.origin },
      body,
    });
    if (![200, 302].includes(answer.status)) throw new Error(`sign-in as ${email}: HTTP ${answer.status} ${answer.body.slice(0, 200)}`);
    const check = await send(agent, base, { path: '/api/auth/session', session });
    const who = JSON.parse(check.body) as { user?: { email?: string } };
    if (who.user?.email !== email) throw new Error(`sign-in as ${email} failed: ${answer.body.slice(0, 200)}`);
    return session;
  } finally {
    agent.destroy();
  }
}

/**
 * Signs in a resident of Mijn plan through the test DigiD as a browser does (issue 21): /mijn/auth/start, the
 * OpenID Provider's authorization endpoint and login page (another origin, its own cookies), the form with the BSN,
 * back to the app's callback; the answer is the resident's session cookie, checked on /mijn.
 */
export async function signInInwoner(base: URL, bsn: string): Promise<Session> {
  return signInOidc(base, { start: '/mijn/auth/start', landing: '/mijn', login: { bsn }, wie: `DigiD-inlog voor ${bsn}` });
}

/** Issue 22: a ketenpartner signs in through the test eHerkenning (a second client of the same provider). */
export async function signInPartner(base: URL, partner: { kvk: string; email: string }): Promise<Session> {
  return signInOidc(base, { start: '/partner/auth/start', landing: '/partner', login: { kvk: partner.kvk, email: partner.email }, wie: `eHerkenning-inlog voor ${partner.email}` });
}

/**
 * The OpenID Connect round trip as a browser makes it: the app's start, the provider's login page (its form posted
 * with `login`), the callback, until the app's `landing` page answers 200; one cookie jar per origin.
 */
async function signInOidc(base: URL, o: { start: string; landing: string; login: Record<string, string>; wie: string }): Promise<Session> {
  const agent = new http.Agent({ keepAlive: false });
  const session: Session = { cookies: new Map() };
  const jars = new Map<string, Session>([[base.origin, session]]);
  const jar = (url: URL) => jars.get(url.origin) ?? jars.set(url.origin, { cookies: new Map() }).get(url.origin)!;
  try {
    let url = new URL(o.start, base);
    let form: string | undefined;
    for (let hop = 0; hop < 20; hop++) {
      const answer = await send(agent, url, {
        method: form ? 'POST' : 'GET', path: `${url.pathname}${url.search}`, session: jar(url), body: form,
        headers: form ? { 'content-type': 'application/x-www-form-urlencoded', origin: url.origin } : {},
      });
      form = undefined;
      if (answer.status >= 300 && answer.status < 400 && answer.headers.location) {
        url = new URL(answer.headers.location, url);
        continue;
      }
      if (answer.status !== 200) throw new Error(`${o.wie}: HTTP ${answer.status} op ${url.pathname}`);
      if (url.origin === base.origin) {
        if (url.pathname !== o.landing) throw new Error(`${o.wie} eindigde op ${url.pathname}`);
        return session;
      }
      // The provider's login page: post its form, as the test provider's free fields do.
      if (!/^\/interaction\/[\w-]+$/.test(url.pathname)) throw new Error(`${o.wie}: onverwacht ${url.pathname}`);
      url = new URL(`${url.pathname}/login`, url);
      form = new URLSearchParams(o.login).toString();
    }
    throw new Error(`${o.wie}: te veel omleidingen`);
  } finally {
    agent.destroy();
  }
}

/** React escapes text like this; expectations are written as the text a user reads. */
export const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

const BOUNDARY = '----wijkregie-bench-7MA4YWxkTrZu0gW';

/** The method, headers and body of a request: a GET, or a multipart form post with the Origin the proxy asks for. */
export function formRequest(base: URL, request: Request): { method?: string; headers?: Record<string, string>; body?: string } {
  if (!request.form) return {};
  const body = `${Object.entries(request.form)
    .map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join('')}--${BOUNDARY}--\r\n`;
  return { method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, origin: base.origin }, body };
}

const unescapeHtml = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The hidden inputs of a page's forms (React puts a server action's id and bound state there), in order. */
export function hiddenFields(page: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [tag] of page.matchAll(/<input\b[^>]*>/g)) {
    if (!/\btype="hidden"/.test(tag)) continue;
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    if (!name) continue;
    fields[unescapeHtml(name)] = unescapeHtml(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? '');
  }
  return fields;
}
