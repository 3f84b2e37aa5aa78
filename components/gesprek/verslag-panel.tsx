'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { Section } from '@/components/ui/page';
import type { FormAction } from '@/lib/actions/states';

/** The verslag of an afgerond gesprek: download the PDF (stored on the dossier), then record when it was sent. */
export function VerslagPanel({ action, huishoudenId, gesprekId, version, verstuurdOp, today }: { action: FormAction; huishoudenId: string; gesprekId: string; version: number; verstuurdOp: string | null; today: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <Section title="Verslag voor de inwoner">
      <p className="mb-3 text-slate-700">
        Het verslag zegt in gewone taal wat er is besproken, wat is afgesproken en wat er nu gebeurt. Veiligheid, screening, ZRM-scores
        en de kijk van kinderen staan er niet in. Het verslag wordt bewaard bij het dossier.
      </p>
      <a href={`/huishoudens/${huishoudenId}/gesprekken/${gesprekId}/verslag`} className={buttonClasses('secondary', 'mb-4')}>
        Verslag downloaden (pdf)
      </a>
      {verstuurdOp ? (
        <p className="font-semibold text-green-900">Verslag verstuurd op {verstuurdOp}.</p>
      ) : (
        <form action={formAction} noValidate className="max-w-md">
          <input type="hidden" name="huishoudenId" value={huishoudenId} />
          <input type="hidden" name="gesprekId" value={gesprekId} />
          <input type="hidden" name="version" value={version} />
          {state.formError && <Alert variant="error">{state.formError}</Alert>}
          {state.ok && state.message && <Alert variant="success">{state.message}</Alert>}
          <Field label="Verslag verstuurd op" name="verstuurdOp" hint="Hiermee is het Wmo-onderzoek binnen de termijn afgerond." errors={state.fieldErrors?.verstuurdOp}>
            <Input type="date" defaultValue={state.values?.verstuurdOp ?? today} />
          </Field>
          <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Markeer als verstuurd'}</Button>
        </form>
      )}
    </Section>
  );
}
