'use client';
import { useActionState, useMemo, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { TOESTEMMING_SOORT_LABELS, WETTELIJKE_GROND_LABELS, WIJZE_LABELS } from '@/lib/domain/labels';
import type { FormState } from '@/lib/forms';
import { RadioGroup } from '@/components/ui/radio-group';
import type { FormAction } from '@/lib/actions/states';
import { Checkbox } from '@/components/ui/checkbox';

const options = <T extends string>(labels: Record<T, string>) => (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));

/**
 * A fresh form after every answer of the server: React resets a form after its action, and a <select> does not
 * take a changed defaultValue, so remounting is what keeps every typed value (and clears the form after success).
 */
const useFormKey = (state: FormState) => useMemo(() => crypto.randomUUID(), [state]);

function Outcome({ state }: { state: FormState }) {
  if (state.formError) return <Alert variant="error">{state.formError}</Alert>;
  if (state.ok && state.message) return <Alert variant="success">{state.message}</Alert>;
  return null;
}

export function RecordToestemmingForm({ action, huishoudenId, leden, today, partners = [] }: { action: FormAction; huishoudenId: string; leden: { id: string; naam: string }[]; today: string; partners?: { value: string; label: string }[] }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [soort, setSoort] = useState(v.soort ?? 'BESPREKEN_IN_TEAM');
  const formKey = useFormKey(state);
  return (
    <form key={formKey} action={formAction} noValidate>
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      <Outcome state={state} />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <Field label="Wie geeft toestemming?" name="persoonId" errors={e.persoonId}>
          <Select options={leden.map((l) => ({ value: l.id, label: l.naam }))} placeholder="Kies een huishoudenslid" defaultValue={v.persoonId ?? ''} />
        </Field>
        <Field label="Gegeven door (wettelijk vertegenwoordiger)" name="gegevenDoor" optional hint="Alleen als iemand anders namens deze persoon toestemming gaf, bijvoorbeeld een ouder met gezag of een curator." errors={e.gegevenDoor}>
          <Input defaultValue={v.gegevenDoor ?? ''} />
        </Field>
      </div>
      <RadioGroup
        legend="Waarvoor is de toestemming?"
        name="soort"
        value={soort}
        onChange={setSoort}
        options={options(TOESTEMMING_SOORT_LABELS)}
        errors={e.soort}
      />
      {soort === 'DELEN_MET_PARTIJ' && partners.length > 0 && (
        // Issue 22: a registered ketenpartner; with the purpose "Afstemming zorg" its users see the household's part.
        <div className="grid gap-x-6 sm:grid-cols-2">
          <Field label="Ketenpartner" name="partnerOrganisatieId" optional hint="Een geregistreerde ketenpartner. Met doel “Afstemming zorg” ziet die de eigen acties en doelen in het plan." errors={e.partnerOrganisatieId}>
            <Select options={partners} placeholder="Geen geregistreerde ketenpartner" defaultValue={v.partnerOrganisatieId ?? ''} />
          </Field>
          <div className="mt-8">
            <Checkbox label="Contactgegevens van deze persoon mogen met de ketenpartner gedeeld worden" name="deeltContactgegevens" defaultChecked={v.deeltContactgegevens === 'on'} />
          </div>
        </div>
      )}
      {soort === 'DELEN_MET_PARTIJ' && (
        <div className="grid gap-x-6 sm:grid-cols-2">
          <Field label="Met welke partij?" name="partij" optional={partners.length > 0} hint={partners.length > 0 ? 'Leeg laten bij een ketenpartner uit de lijst.' : 'Bijvoorbeeld: Huisarts De Vries, school De Fontein, schuldhulp.'} errors={e.partij}>
            <Input defaultValue={v.partij ?? ''} />
          </Field>
          <Field label="Voor welk doel?" name="doel" hint="Schrijf het doel zoals u het met de inwoner besprak." errors={e.doel}>
            <Input defaultValue={v.doel ?? ''} />
          </Field>
        </div>
      )}
      <div className="grid gap-x-6 sm:grid-cols-3">
        <Field label="Hoe gegeven?" name="wijze" errors={e.wijze}>
          <Select options={options(WIJZE_LABELS)} defaultValue={v.wijze ?? 'MONDELING'} />
        </Field>
        <Field label="Gegeven op" name="gegevenOp" errors={e.gegevenOp}>
          <Input type="date" defaultValue={v.gegevenOp ?? today} />
        </Field>
        <Field label="Geldig tot en met" name="geldigTot" optional hint="Leeg: geldig tot de inwoner intrekt." errors={e.geldigTot}>
          <Input type="date" defaultValue={v.geldigTot ?? ''} />
        </Field>
      </div>
      <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Toestemming vastleggen'}</Button>
    </form>
  );
}

export function WithdrawToestemmingForm({ action, toestemmingId, label, today }: { action: FormAction; toestemmingId: string; label: string; today: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const [open, setOpen] = useState(false);
  if (state.ok) return <p className="text-sm text-green-900" role="status">{state.message}</p>;
  if (!open) {
    return (
      <Button type="button" variant="link" onClick={() => setOpen(true)} aria-label={`Intrekken: ${label}`}>
        Intrekken
      </Button>
    );
  }
  return (
    <form action={formAction} noValidate className="min-w-56">
      <input type="hidden" name="toestemmingId" value={toestemmingId} />
      {state.formError && !state.fieldErrors && <Alert variant="error">{state.formError}</Alert>}
      <Field label="Ingetrokken op" name="ingetrokkenOp" errors={state.fieldErrors?.ingetrokkenOp}>
        <Input type="date" defaultValue={state.values?.ingetrokkenOp ?? today} />
      </Field>
      <div className="flex gap-3">
        <Button variant="danger" disabled={isPending}>{isPending ? 'Bezig…' : 'Toestemming intrekken'}</Button>
        <Button type="button" variant="link" onClick={() => setOpen(false)}>Annuleren</Button>
      </div>
    </form>
  );
}

export function ShareWithPartyForm({ action, huishoudenId, partijen }: { action: FormAction; huishoudenId: string; partijen: { partij: string; doel: string }[] }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [grondslag, setGrondslag] = useState(v.grondslag ?? 'TOESTEMMING');
  const formKey = useFormKey(state);
  return (
    <form key={formKey} action={formAction} noValidate>
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      <Outcome state={state} />
      <datalist id="toestemming-partijen">
        {[...new Set(partijen.map((p) => p.partij))].map((p) => <option key={p} value={p} />)}
      </datalist>
      <datalist id="toestemming-doelen">
        {[...new Set(partijen.map((p) => p.doel))].map((d) => <option key={d} value={d} />)}
      </datalist>
      <div className="grid gap-x-6 sm:grid-cols-2">
        <Field label="Partij" name="partij" hint="De organisatie of professional met wie je gegevens deelt of die je raadpleegt." errors={e.partij}>
          <Input list="toestemming-partijen" defaultValue={v.partij ?? ''} />
        </Field>
        <Field label="Doel" name="doel" errors={e.doel}>
          <Input list="toestemming-doelen" defaultValue={v.doel ?? ''} />
        </Field>
      </div>
      <RadioGroup
        legend="Op welke grond?"
        name="grondslag"
        value={grondslag}
        onChange={setGrondslag}
        options={[
          { value: 'TOESTEMMING', label: 'Toestemming van de inwoner', hint: 'Er moet een geldige toestemming zijn voor deze partij en dit doel.' },
          { value: 'WETTELIJK', label: 'Wettelijke grond, zonder toestemming', hint: 'Bijvoorbeeld bij zorgen over veiligheid volgens de meldcode.' },
        ]}
        errors={e.grondslag}
      />
      {grondslag === 'WETTELIJK' && (
        <>
          <Field label="Wettelijke grond" name="wettelijkeGrond" errors={e.wettelijkeGrond}>
            <Select options={options(WETTELIJKE_GROND_LABELS)} placeholder="Kies een grond" defaultValue={v.wettelijkeGrond ?? ''} />
          </Field>
          <Field label="Toelichting" name="grondToelichting" hint="Waarom deel je zonder toestemming? Bijvoorbeeld welke stap van de meldcode." errors={e.grondToelichting}>
            <Textarea rows={3} defaultValue={v.grondToelichting ?? ''} />
          </Field>
        </>
      )}
      <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Delen vastleggen'}</Button>
    </form>
  );
}
