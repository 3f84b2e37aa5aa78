// next-auth 4: local accounts with hashed passwords, and an OIDC provider (Keycloak, Entra ID) when configured.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { clientAddressOfHeaderObject } from '@/lib/client-address';
import { DomainError } from '@/lib/errors';
import { findUserForOidc, verifyCredentials } from '@/lib/server/auth/verify-credentials';
import { env } from '@/lib/env';

export const SESSION_MAX_AGE_S = 8 * 60 * 60; // a working day

function oidcProvider(): NextAuthOptions['providers'] {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret, OIDC_NAME: oidcName } = env();
  if (!issuer || !clientId || !clientSecret) return [];
  return [
    {
      id: 'oidc',
      name: oidcName ?? 'Gemeente-account',
      type: 'oauth',
      wellKnown: `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
      clientId,
      clientSecret,
      authorization: { params: { scope: 'openid email profile' } },
      idToken: true,
      checks: ['pkce', 'state'],
      profile(profile: { sub: string; email?: string; name?: string }) {
        return { id: profile.sub, email: profile.email, name: profile.name };
      },
    },
  ];
}

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S, updateAge: 15 * 60 },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'E-mailadres en wachtwoord',
      credentials: {
        email: { label: 'E-mailadres', type: 'email' },
        password: { label: 'Wachtwoord', type: 'password' },
        code: { label: 'Verificatiecode', type: 'text' },
      },
      async authorize(credentials, req) {
        const email = String(credentials?.email ?? '').slice(0, 320);
        const password = String(credentials?.password ?? '').slice(0, 1000);
        const code = String(credentials?.code ?? '').slice(0, 20) || undefined;
        if (!email || !password) return null;
        try {
          const user = await verifyCredentials({ email, password, code, ip: clientAddressOfHeaderObject(req?.headers) });
          return user ? { id: user.id, email: user.email, name: user.naam } : null;
        } catch (error) {
          // next-auth passes an Error's message to the sign-in form as `error`: the form knows these codes.
          if (error instanceof DomainError) throw new Error(error.code);
          throw error;
        }
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    async signIn({ account, profile, user }) {
      if (account?.provider !== 'oidc') return true;
      const found = await findUserForOidc({ email: profile?.email ?? user.email, subject: String(account.providerAccountId) });
      if (!found) return '/login?error=GeenAccount';
      user.id = found.id;
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.loginAt = Date.now();
        token.lastActivity = Date.now(); // the proxy ends the session after SESSION_IDLE_MINUTES without a request
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub };
    },
  },
};
