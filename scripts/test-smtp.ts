// Issue 21: the embedded default for e-mail, a real SMTP server (`smtp-server`, see scripts/test-smtp-server.ts)
// beside the app that keeps every mail it receives as JSON in a folder; beheer's demo page Beheer › Mail lists them.
// The app sends to it over SMTP exactly as to a production relay (SMTP_URL); started by scripts/start.ts and
// scripts/e2e.ts when SMTP_URL is not set.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { ROOT } from './support';

export type TestSmtp = { stop: () => Promise<void> };

async function waitForPort(port: number, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`De test-SMTP-server op poort ${port} antwoordde niet`);
}

/** Starts the test SMTP server on `port`, keeping mail in `dir`, and puts SMTP_URL and TEST_SMTP_DIR into `env`. */
export async function startTestSmtp(env: NodeJS.ProcessEnv, port: number, dir: string): Promise<TestSmtp | null> {
  if (env.SMTP_URL) return null;
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/test-smtp-server.ts'], {
    cwd: ROOT, env: { ...env, TEST_SMTP_PORT: String(port), TEST_SMTP_DIR: dir }, stdio: 'inherit',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await Promise.race([waitForPort(port), exited.then(() => { throw new Error('De test-SMTP-server stopte bij het starten'); })]);
  console.log(`› Test-SMTP-server op poort ${port} (mail in ${path.relative(ROOT, dir) || dir})`);
  Object.assign(env, { SMTP_URL: `smtp://127.0.0.1:${port}`, TEST_SMTP_DIR: dir });
  return {
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
