// Next.js runs register() once when a server process starts, before it handles requests: the socket address header
// (issue 16 item 6) and issue 21's mail worker (pg-boss) beside the app in the same process, so that mail leaves in
// `npm start`, the end-to-end tests and production alike. WIJKREGIE_JOBS=0 leaves the worker off.

/** How far the old generation grows after a full collection before the next, in percent (see register). */
const HEAP_GROWING_PERCENT = 150;

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Issue 23: after a full collection the old generation may grow to 2.5 times what survived it before the next one,
  // instead of V8's own factor (about 1.6 here: it judges collections cheap and keeps the heap small). A request lives
  // a few scavenges at 10 users, so its objects reach the old generation; with V8's factor the server ran a
  // mark-compact every ~1.2 s under load, each pausing every request in flight: the p95 tail of the large pages.
  // With 2.5 it runs a third as often (bench/results/2026-12-07-100256-j.md, its notes) for ~35 MB more at peak. The
  // flag is not allowed in NODE_OPTIONS (scripts/support.ts withHeapLimit sets the rest of the heap there); V8 reads it
  // at every collection.
  const v8 = await import('node:v8');
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const { installPeerAddressHeader } = await import('./lib/peer-address');
  installPeerAddressHeader();
  if (process.env.WIJKREGIE_JOBS === '0' || !process.env.DATABASE_URL) return;
  const { startMailWorker } = await import('./lib/server/mail/verstuur-mail');
  await startMailWorker().catch((error) => console.error('[mail] worker niet gestart; mail blijft wachten:', error));
  // Issue 23: the rapportage's figures of the whole gemeente, computed ahead every five minutes.
  const { startRapportageWorker } = await import('./lib/server/rapportage/ververs-job');
  await startRapportageWorker().catch((error) => console.error('[rapportage] worker niet gestart; de pagina rekent zelf:', error));
}
