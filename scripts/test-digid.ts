// Issue 21: the embedded default for resident sign-in, a real OpenID Provider (`oidc-provider`, see
// scripts/test-digid-server.ts) beside the app with a login page clearly marked "Test-DigiD" that lists demo
// residents. The app talks to it exactly as to a production DigiD broker (discovery, authorization code + PKCE, signed
// ID token with the BSN as a claim); only configuration differs. Started by scripts/start.ts and scripts/e2e.ts when
// INWONER_OIDC_ISSUER is not set.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ROOT, waitForHttp } from './support';

const CLIENT_ID = 'wijkregie-inwoner';
const PARTNER_CLIENT_ID = 'wijkregie-partner'; // issue 22: the test eHerkenning, a second client of the same provider

export type TestDigid = { stop: () => Promise<void> };

/**
 * Starts the test DigiD on `port` for the app at `appUrl` (its own process) and puts the app's INWONER_OIDC_*
 * configuration into `env`; does nothing when a production provider is configured (INWONER_OIDC_ISSUER in `env`).
 */
export async function startTestDigid(env: NodeJS.ProcessEnv, appUrl: string, port: number): Promise<TestDigid | null> {
  if (env.INWONER_OIDC_ISSUER) return null;
  const issuer = `http://${new URL(appUrl).hostname}:${port}`;
  const clientSecret = randomBytes(24).toString('base64url');
  const partnerSecret = env.PARTNER_OIDC_ISSUER ? undefined : randomBytes(24).toString('base64url');
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/test-digid-server.ts'], {
    cwd: ROOT,
    env: { ...env, TEST_DIGID_ISSUER: issuer, TEST_DIGID_APP_URL: appUrl, TEST_DIGID_CLIENT_ID: CLIENT_ID, TEST_DIGID_CLIENT_SECRET: clientSecret,
      ...(partnerSecret ? { TEST_EHERKENNING_CLIENT_ID: PARTNER_CLIENT_ID, TEST_EHERKENNING_CLIENT_SECRET: partnerSecret } : {}) },
    stdio: 'inherit',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await Promise.race([waitForHttp(`${issuer}/.well-known/openid-configuration`, 60_000), exited.then(() => { throw new Error('Test-DigiD stopte bij het starten'); })]);
  console.log(`› Test-DigiD (OpenID Provider) op ${issuer}`);
  Object.assign(env, {
    INWONER_OIDC_ISSUER: issuer,
    INWONER_OIDC_CLIENT_ID: CLIENT_ID,
    INWONER_OIDC_CLIENT_SECRET: clientSecret,
    INWONER_OIDC_CLAIM: 'bsn',
    INWONER_OIDC_NAME: 'Test-DigiD',
  });
  if (partnerSecret) {
    Object.assign(env, {
      PARTNER_OIDC_ISSUER: issuer,
      PARTNER_OIDC_CLIENT_ID: PARTNER_CLIENT_ID,
      PARTNER_OIDC_CLIENT_SECRET: partnerSecret,
      PARTNER_OIDC_CLAIM: 'kvk',
      PARTNER_OIDC_NAME: 'Test-eHerkenning',
    });
  }
  return {
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
