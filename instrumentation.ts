// Next.js runs register() once when a server process starts, before it handles requests: the socket address header
// (issue 16 item 6) and issue 21's mail worker (pg-boss) beside the app in the same process, so that mail leaves in
// `npm start`, the end-to-end tests and production alike. WIJKREGIE_JOBS=0 leaves the worker off.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installPeerAddressHeader } = await import('./lib/peer-address');
  installPeerAddressHeader();
  if (process.env.WIJKREGIE_JOBS === '0' || !process.env.DATABASE_URL) return;
  const { startMailWorker } = await import('./lib/server/mail/verstuur-mail');
  await startMailWorker().catch((error) => console.error('[mail] worker niet gestart; mail blijft wachten:', error));
  // Issue 23: the rapportage's figures of the whole gemeente, computed ahead every five minutes.
  const { startRapportageWorker } = await import('./lib/server/rapportage/ververs-job');
  await startRapportageWorker().catch((error) => console.error('[rapportage] worker niet gestart; de pagina rekent zelf:', error));
}
