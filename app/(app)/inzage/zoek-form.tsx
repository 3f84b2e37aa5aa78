'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { EmptyState } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { volledigeNaam as naam } from '@/lib/domain/naam';
import type { InzageZoekState } from '@/lib/actions/states';
import { zoekPersoonAction } from './actions';

const DATUM = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC' });
const datum = (d: Date | null) => (d ? DATUM.format(new Date(d)) : '—');

export function InzageZoekForm() {
  const [state, formAction, isPending] = useActionState<InzageZoekState, FormData>(zoekPersoonAction, {});
  return (
    <>
      <form action={formAction} noValidate>
        <div className="grid gap-x-6 sm:grid-cols-3">
          <Field label="BSN" name="bsn" hint="Negen cijfers. Of zoek op achternaam en geboortedatum." errors={state.fieldErrors?.bsn} optional>
            <Input defaultValue={state.values?.bsn ?? ''} inputMode="numeric" autoComplete="off" />
          </Field>
          <Field label="Achternaam" name="achternaam" errors={state.fieldErrors?.achternaam} optional>
            <Input defaultValue={state.values?.achternaam ?? ''} autoComplete="off" />
          </Field>
          <Field label="Geboortedatum" name="geboortedatum" hint="Bijvoorbeeld 14-08-1970." errors={state.fieldErrors?.geboortedatum} optional>
            <Input defaultValue={state.values?.geboortedatum ?? ''} autoComplete="off" />
          </Field>
        </div>
        {state.formError && <Alert>{state.formError}</Alert>}
        <Button disabled={isPending}>{isPending ? 'Bezig met zoeken…' : 'Zoeken'}</Button>
      </form>
      {state.resultaten && (
        <div className="mt-6" aria-live="polite">
          <DataTable
            caption={`Gevonden personen (${state.resultaten.length})`}
            rows={state.resultaten}
            rowKey={(p) => p.id}
            empty={<EmptyState>Niemand gevonden. Controleer het BSN, of de achternaam en geboortedatum.</EmptyState>}
            columns={[
              { header: 'Naam', cell: (p) => naam(p) },
              { header: 'Geboortedatum', cell: (p) => datum(p.geboortedatum) },
              { header: 'Adres', cell: (p) => p.adres ?? 'Geen huidig huishouden' },
              { header: 'Gegevens', cell: (p) => <Link href={`/inzage/${p.id}`}>Bekijk gegevens van {naam(p)}</Link> },
            ]}
          />
        </div>
      )}
    </>
  );
}
