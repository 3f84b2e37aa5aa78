'use client';
import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';

const ERRORS: Record<string, string> = {
  THROTTLED: 'Te veel mislukte pogingen. Je kunt over een kwartier opnieuw inloggen.',
  CredentialsSignin: 'Het e-mailadres of wachtwoord klopt niet.',
  GeenAccount: 'Er is geen actief Wijkregie-account voor dit gemeente-account. Neem contact op met functioneel beheer.',
  SessionVerlopen: 'Je sessie is verlopen omdat je een tijd niets hebt gedaan. Log opnieuw in.',
  TOTP_INVALID: 'De verificatiecode klopt niet. Gebruik de code die nu in je authenticator-app staat.',
};

export function LoginForm({ callbackUrl, initialError, oidcName }: { callbackUrl: string; initialError?: string; oidcName?: string }) {
  const [error, setError] = useState<string | undefined>(initialError ? ERRORS[initialError] ?? ERRORS.CredentialsSignin : undefined);
  const [fieldErrors, setFieldErrors] = useState<{ email?: string[]; password?: string[]; code?: string[] }>({});
  const [pending, setPending] = useState(false);
  const [needsCode, setNeedsCode] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const code = String(form.get('code') ?? '').replace(/\s+/g, '');
    const errors: typeof fieldErrors = {};
    if (!email) errors.email = ['Vul je e-mailadres in.'];
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = ['Vul een e-mailadres in zoals naam@gemeente.nl.'];
    if (!password) errors.password = ['Vul je wachtwoord in.'];
    if (needsCode && !/^[0-9]{6}$/.test(code)) errors.code = ['Vul de zes cijfers uit je authenticator-app in.'];
    setFieldErrors(errors);
    if (errors.email || errors.password || errors.code) return;

    setPending(true);
    setError(undefined);
    const result = await signIn('credentials', { email, password, ...(needsCode ? { code } : {}), redirect: false });
    if (!result || result.error) {
      setPending(false);
      if (result?.error === 'TOTP_REQUIRED') {
        setNeedsCode(true);
        setError(undefined);
        return;
      }
      setError(ERRORS[result?.error ?? ''] ?? ERRORS.CredentialsSignin);
      return;
    }
    // A full navigation, so that the server renders the shell with the new session.
    window.location.assign(callbackUrl);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {error && <Alert variant="error">{error}</Alert>}
      <Field label="E-mailadres" name="email" errors={fieldErrors.email}>
        <Input type="email" autoComplete="username" spellCheck={false} />
      </Field>
      <Field label="Wachtwoord" name="password" errors={fieldErrors.password}>
        <Input type="password" autoComplete="current-password" />
      </Field>
      {needsCode && (
        <Field label="Verificatiecode" name="code" hint="De zes cijfers die je authenticator-app nu toont." errors={fieldErrors.code}>
          <Input inputMode="numeric" autoComplete="one-time-code" autoFocus maxLength={7} className="max-w-40 font-mono tracking-widest" />
        </Field>
      )}
      <Button disabled={pending} className="w-full">
        {pending ? 'Bezig met inloggen…' : 'Inloggen'}
      </Button>
      {oidcName && (
        <Button type="button" variant="secondary" className="mt-3 w-full" onClick={() => signIn('oidc', { callbackUrl })}>
          Inloggen met {oidcName}
        </Button>
      )}
    </form>
  );
}
