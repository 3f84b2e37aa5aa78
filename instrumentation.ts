// Next's start hook: issue 21's mail worker (pg-boss) beside the app in the same process, so that mail leaves in
// `npm start`, the end-to-end tests and production alike. WIJKREGIE_JOBS=0 leaves it off.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.WIJKREGIE_JOBS === '0' || !process.env.DATABASE_URL) return;
  const { startMailWorker } = await import('./lib/server/mail/verstuur-mail');
  await startMailWorker().catch((error) => console.error('[mail] worker niet gestart; mail blijft wachten:', error));
}
