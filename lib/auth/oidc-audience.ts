import 'server-only';
import * as oidc from 'openid-client';
import { env } from '@/lib/env';
import { MINIMAAL_NIVEAU } from '@/lib/domain/partner-inloggen';

// Issue 21 (and issue 22 after it): sign-in for people outside the gemeente through OpenID Connect, one configuration
// per audience — residents through DigiD (BSN), partners through eHerkenning (KvK number) — read from
// <AUDIENCE>_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET, _CLAIM and _NAME. The embedded default is the test DigiD of
// scripts/test-digid.ts; the code path is the same: discovery, authorization code with PKCE, ID token verified
// (signature against the provider's keys, issuer, audience, expiry, nonce).
export type Audience = 'inwoner' | 'partner';

const DEFAULT_CLAIM: Record<Audience, string> = { inwoner: 'bsn', partner: 'kvk' };
const DEFAULT_NAME: Record<Audience, string> = { inwoner: 'DigiD', partner: 'eHerkenning' };

export type AudienceConfig = { issuer: string; clientId: string; clientSecret: string; claim: string; name: string };

/** Read from lib/env.ts: INWONER_OIDC_* for residents, PARTNER_OIDC_* for partners (issue 22). */
function audienceVariables(audience: Audience): { issuer?: string; clientId?: string; clientSecret?: string; claim?: string; name?: string } {
  const e = env();
  if (audience === 'partner') {
    return { issuer: e.PARTNER_OIDC_ISSUER, clientId: e.PARTNER_OIDC_CLIENT_ID, clientSecret: e.PARTNER_OIDC_CLIENT_SECRET, claim: e.PARTNER_OIDC_CLAIM, name: e.PARTNER_OIDC_NAME };
  }
  return { issuer: e.INWONER_OIDC_ISSUER, clientId: e.INWONER_OIDC_CLIENT_ID, clientSecret: e.INWONER_OIDC_CLIENT_SECRET, claim: e.INWONER_OIDC_CLAIM, name: e.INWONER_OIDC_NAME };
}

export function audienceConfig(audience: Audience): AudienceConfig | null {
  const v = audienceVariables(audience);
  if (!v.issuer || !v.clientId) return null;
  return {
    issuer: v.issuer,
    clientId: v.clientId,
    clientSecret: v.clientSecret ?? '',
    claim: v.claim || DEFAULT_CLAIM[audience],
    name: v.name || DEFAULT_NAME[audience],
  };
}

const discovered = new Map<string, Promise<oidc.Configuration>>();

function configuration(audience: Audience): Promise<oidc.Configuration> {
  const config = audienceConfig(audience);
  if (!config) throw new Error(`Inloggen voor ${audience} is niet ingesteld (${audience.toUpperCase()}_OIDC_ISSUER).`);
  const key = `${audience}|${config.issuer}|${config.clientId}`;
  let found = discovered.get(key);
  if (!found) {
    const issuer = new URL(config.issuer);
    // http only for a provider on this machine (the embedded test DigiD); anything else must be https.
    const local = issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
    found = oidc.discovery(issuer, config.clientId, config.clientSecret || undefined, undefined, local ? { execute: [oidc.allowInsecureRequests] } : undefined)
      .then((c) => {
        oidc.enableNonRepudiationChecks(c); // verify the ID token's signature, not only its claims
        return c;
      });
    found.catch(() => discovered.delete(key));
    discovered.set(key, found);
  }
  return found;
}

/** What the browser carries between the start and the callback (in a short-lived encrypted cookie). */
export type PendingSignIn = { state: string; nonce: string; verifier: string };

export async function startSignIn(audience: Audience, redirectUri: string): Promise<{ url: URL; pending: PendingSignIn }> {
  const config = await configuration(audience);
  const verifier = oidc.randomPKCECodeVerifier();
  const pending = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier };
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
    // Issue 22: partners ask the eHerkenning broker for level EH3 or higher (the second factor); the callback checks acr.
    ...(audience === 'partner' ? { acr_values: MINIMAAL_NIVEAU } : {}),
  });
  return { url, pending };
}

/**
 * The code exchange at the callback: the ID token verified and the audience's claim (the BSN for residents) read
 * from it. Throws on anything wrong (state, nonce, signature, a missing claim).
 */
export async function finishSignIn(audience: Audience, callbackUrl: URL, pending: PendingSignIn): Promise<{ subject: string; value: string; claims: Record<string, unknown> }> {
  const config = await configuration(audience);
  const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: pending.verifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  const claim = audienceConfig(audience)!.claim;
  const value = claims?.[claim];
  if (!claims || typeof value !== 'string' || !value) throw new Error(`Het ID-token heeft geen claim ${claim}.`);
  return { subject: claims.sub, value, claims };
}
