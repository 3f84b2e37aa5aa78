'use client';
import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { KANAAL_VALUES, VERWIJZER_SOORT_VALUES, type Kanaal } from '@/lib/domain/enums';
import { KANAAL_LABELS, VERWIJZER_SOORT_LABELS } from '@/lib/domain/labels';
import { MELDING_LIMITS, melderVereist, VEILIGHEID_ANTWOORD_LABELS } from '@/lib/domain/melding';
import type { FormState } from '@/lib/forms';
import { registerMeldingAction } from '../actions';

const LABELS: Record<string, string> = {
  kanaal: 'Kanaal', verwijzerSoort: 'Soort verwijzer', overZichzelf: 'Over wie', melderNaam: 'Naam melder', melderOrganisatie: 'Organisatie',
  melderRelatie: 'Relatie', melderTelefoon: 'Telefoon melder', melderEmail: 'E-mail melder', inwonerWeetErVan: 'Weet de inwoner ervan',
  naam: 'Naam', geboortedatum: 'Geboortedatum', postcode: 'Postcode', huisnummer: 'Huisnummer', telefoon: 'Telefoon', email: 'E-mail',
  vraag: 'Vraag of zorg', leefgebieden: 'Leefgebieden', veiligheid: 'Veiligheid',
};

export function RegistratieForm({ leefgebieden }: { leefgebieden: { id: string; naam: string }[] }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(registerMeldingAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [kanaal, setKanaal] = useState(v.kanaal ?? '');
  const [overZichzelf, setOverZichzelf] = useState(v.overZichzelf ?? 'ja');
  // Who reported: asked when someone reports about another, and always for a partner, verwijzer or Veilig Thuis.
  const melderTonen = overZichzelf === 'nee' || (kanaal !== '' && melderVereist(kanaal as Kanaal, true));
  return (
    <form key={JSON.stringify(v)} action={formAction} noValidate className="max-w-3xl">
      <ErrorSummary errors={e} labels={LABELS} focusKey={state} />
      {state.formError && !Object.keys(e).length && <Alert variant="error">{state.formError}</Alert>}
      <section aria-labelledby="kop-binnenkomst" className="mb-6 rounded border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="kop-binnenkomst" className="mb-3 text-lg font-bold">Binnenkomst</h2>
        <Field label="Hoe kwam de melding binnen?" name="kanaal" errors={e.kanaal}>
          <Select options={KANAAL_VALUES.filter((k) => k !== 'WEBSITE').map((k) => ({ value: k, label: KANAAL_LABELS[k] }))} placeholder="Kies een kanaal" defaultValue={v.kanaal ?? ''} onChange={(event) => setKanaal(event.currentTarget.value)} />
        </Field>
        {kanaal === 'VERWIJZER' && (
          <Field label="Soort verwijzer" name="verwijzerSoort" errors={e.verwijzerSoort}>
            <Select options={VERWIJZER_SOORT_VALUES.map((s) => ({ value: s, label: VERWIJZER_SOORT_LABELS[s] }))} placeholder="Kies de verwijzer" defaultValue={v.verwijzerSoort ?? ''} />
          </Field>
        )}
        <RadioGroup
          legend="Gaat de melding over de melder zelf?"
          name="overZichzelf"
          defaultValue={overZichzelf}
          inline
          errors={e.overZichzelf}
          onChange={setOverZichzelf}
          options={[{ value: 'ja', label: 'Ja, de inwoner meldt zelf' }, { value: 'nee', label: 'Nee, iemand meldt over een ander' }]}
        />
      </section>

      {melderTonen && (
        <section aria-labelledby="kop-melder" className="mb-6 rounded border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="kop-melder" className="mb-3 text-lg font-bold">Wie meldt?</h2>
          <div className="grid gap-x-6 sm:grid-cols-2">
            <Field label="Naam melder" name="melderNaam" errors={e.melderNaam}><Input defaultValue={v.melderNaam} /></Field>
            <Field label="Organisatie" name="melderOrganisatie" optional hint="Bijvoorbeeld de school of huisartsenpraktijk." errors={e.melderOrganisatie}><Input defaultValue={v.melderOrganisatie} /></Field>
            <Field label="Relatie tot de inwoner" name="melderRelatie" optional errors={e.melderRelatie}><Input defaultValue={v.melderRelatie} /></Field>
            <Field label="Telefoon melder" name="melderTelefoon" optional errors={e.melderTelefoon}><Input type="tel" defaultValue={v.melderTelefoon} /></Field>
            <Field label="E-mail melder" name="melderEmail" optional errors={e.melderEmail}><Input type="email" defaultValue={v.melderEmail} /></Field>
          </div>
          <RadioGroup
            legend="Weet de inwoner van deze melding?"
            name="inwonerWeetErVan"
            defaultValue={v.inwonerWeetErVan}
            inline
            errors={e.inwonerWeetErVan}
            options={[{ value: 'ja', label: 'Ja' }, { value: 'nee', label: 'Nee' }, { value: 'onbekend', label: 'Onbekend' }]}
          />
        </section>
      )}

      <section aria-labelledby="kop-inwoner" className="mb-6 rounded border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="kop-inwoner" className="mb-3 text-lg font-bold">Om wie gaat het?</h2>
        <div className="grid gap-x-6 sm:grid-cols-2">
          <Field label="Naam" name="naam" errors={e.naam}><Input defaultValue={v.naam} /></Field>
          <Field label="Geboortedatum" name="geboortedatum" optional hint="Bijvoorbeeld 27-03-1985." errors={e.geboortedatum}><Input defaultValue={v.geboortedatum} /></Field>
          <Field label="Postcode" name="postcode" optional errors={e.postcode}><Input defaultValue={v.postcode} /></Field>
          <Field label="Huisnummer" name="huisnummer" optional errors={e.huisnummer}><Input defaultValue={v.huisnummer} /></Field>
          <Field label="Telefoon" name="telefoon" optional errors={e.telefoon}><Input type="tel" defaultValue={v.telefoon} /></Field>
          <Field label="E-mail" name="email" optional errors={e.email}><Input type="email" defaultValue={v.email} /></Field>
        </div>
      </section>

      <section aria-labelledby="kop-vraag" className="mb-6 rounded border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="kop-vraag" className="mb-3 text-lg font-bold">De vraag</h2>
        <Field label="Vraag of zorg" name="vraag" hint={`In de woorden van de melder. Maximaal ${MELDING_LIMITS.vraag} tekens.`} errors={e.vraag}>
          <Textarea defaultValue={v.vraag} rows={6} />
        </Field>
        <CheckboxGroup legend="Leefgebieden (niet verplicht)" name="leefgebieden" options={leefgebieden.map((l) => ({ value: l.id, label: l.naam }))} selected={v.leefgebieden?.split(',').filter(Boolean) ?? []} errors={e.leefgebieden} columns={3} />
        <RadioGroup
          legend="Zijn er zorgen over iemands veiligheid?"
          name="veiligheid"
          hint="Ja of twijfel maakt de melding urgent."
          defaultValue={v.veiligheid}
          inline
          errors={e.veiligheid}
          options={[
            { value: 'nee', label: VEILIGHEID_ANTWOORD_LABELS.nee },
            { value: 'twijfel', label: 'Twijfel' },
            { value: 'ja', label: VEILIGHEID_ANTWOORD_LABELS.ja },
          ]}
        />
      </section>
      <Button disabled={pending}>{pending ? 'Bezig…' : 'Melding registreren'}</Button>
    </form>
  );
}
