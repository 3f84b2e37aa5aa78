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
};

export function LoginForm({ callbackUrl, initialError, oidcName }: { callbackUrl: string; initialError?: string; oidcName?: string }) {
  const [error, setError] = useState<string | undefined>(initialError ? ERRORS[initialError] ?? ERRORS.CredentialsSignin : undefined);
  const [fieldErrors, setFieldErrors] = useState<{ email?: string[]; password?: string[] }>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const errors: typeof fieldErrors = {};
    if (!email) errors.email = ['Vul je e-mailadres in.'];
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = ['Vul een e-mailadres in zoals naam@gemeente.nl.'];
    if (!password) errors.password = ['Vul je wachtwoord in.'];
    setFieldErrors(errors);
    if (errors.email || errors.password) return;

    setPending(true);
    setError(undefined);
    const result = await signIn('credentials', { email, password, redirect: false });
    if (!result || result.error) {
      setPending(false);
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
