'use client';
import Link from 'next/link';
import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/checkbox';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { GEZAG_GRONDEN, GEZAG_GROND_LABELS } from '@/lib/domain/brp';
import { HUISHOUDEN_ROL_LABELS } from '@/lib/domain/labels';
import type { FormState } from '@/lib/forms';
import type { FormAction } from '@/lib/actions/states';

const ROLLEN = (Object.entries(HUISHOUDEN_ROL_LABELS) as [string, string][]).map(([value, label]) => ({ value, label }));

function Uitkomst({ state }: { state: FormState }) {
  if (state.formError) return <Alert>{state.formError}</Alert>;
  if (state.ok && state.message) return <Alert variant="success">{state.message}</Alert>;
  return null;
}

export function AddLidForm({ action, huishoudenId, version, today }: { action: FormAction; huishoudenId: string; version: number; today: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  const [wie, setWie] = useState(v.wie ?? 'BEKEND');
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      <input type="hidden" name="version" value={version} />
      <Uitkomst state={state} />
      <RadioGroup
        legend="Is deze persoon al bij ons bekend?"
        name="wie"
        defaultValue={wie}
        onChange={setWie}
        errors={e.wie}
        options={[
          { value: 'BEKEND', label: 'Al bekend bij ons', hint: 'Hoort deze persoon nu bij een ander huishouden, dan eindigt dat op dezelfde dag.' },
          { value: 'NIEUW', label: 'Nieuwe persoon' },
        ]}
      />
      {wie === 'BEKEND' ? (
        <Field label="BSN" name="bsn" hint="9 cijfers." errors={e.bsn}>
          <Input inputMode="numeric" autoComplete="off" defaultValue={v.bsn ?? ''} />
        </Field>
      ) : (
        <div className="grid gap-x-6 sm:grid-cols-3">
          <Field label="Voornamen" name="voornamen" errors={e.voornamen}>
            <Input autoComplete="off" defaultValue={v.voornamen ?? ''} />
          </Field>
          <Field label="Tussenvoegsel" name="tussenvoegsel" optional errors={e.tussenvoegsel}>
            <Input autoComplete="off" defaultValue={v.tussenvoegsel ?? ''} />
          </Field>
          <Field label="Achternaam" name="achternaam" errors={e.achternaam}>
            <Input autoComplete="off" defaultValue={v.achternaam ?? ''} />
          </Field>
          <Field label="Geboortedatum" name="geboortedatum" optional errors={e.geboortedatum}>
            <Input type="date" defaultValue={v.geboortedatum ?? ''} />
          </Field>
          <Field label="BSN" name="bsn" optional hint="Als het bekend is." errors={e.bsn}>
            <Input inputMode="numeric" autoComplete="off" defaultValue={v.bsn ?? ''} />
          </Field>
        </div>
      )}
      <div className="grid gap-x-6 sm:grid-cols-3">
        <Field label="Rol in het huishouden" name="rol" errors={e.rol}>
          <Select options={ROLLEN} placeholder="Kies een rol" defaultValue={v.rol ?? ''} />
        </Field>
        <Field label="Hoort erbij sinds" name="datum" errors={e.datum}>
          <Input type="date" defaultValue={v.datum ?? today} />
        </Field>
        <Field label="Reden" name="reden" optional hint="Bijvoorbeeld: gaat samenwonen, geboren." errors={e.reden}>
          <Input autoComplete="off" defaultValue={v.reden ?? ''} />
        </Field>
      </div>
      <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Persoon toevoegen'}</Button>
    </form>
  );
}

export function EndLidForm({ action, huishoudenId, version, leden, today }: { action: FormAction; huishoudenId: string; version: number; leden: { lidmaatschapId: string; naam: string }[]; today: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      <input type="hidden" name="version" value={version} />
      <Uitkomst state={state} />
      <div className="grid gap-x-6 sm:grid-cols-3">
        <Field label="Wie vertrekt?" name="lidmaatschapId" errors={e.lidmaatschapId}>
          <Select options={leden.map((l) => ({ value: l.lidmaatschapId, label: l.naam }))} placeholder="Kies een lid" defaultValue={v.lidmaatschapId ?? ''} />
        </Field>
        <Field label="Datum van vertrek" name="datum" errors={e.datum}>
          <Input type="date" defaultValue={v.datum ?? today} />
        </Field>
        <Field label="Reden" name="reden" hint="Bijvoorbeeld: verhuisd buiten de gemeente, overleden." errors={e.reden}>
          <Input autoComplete="off" defaultValue={v.reden ?? ''} />
        </Field>
      </div>
      <Button variant="secondary" disabled={isPending}>{isPending ? 'Bezig…' : 'Vertrek vastleggen'}</Button>
    </form>
  );
}

export function SplitForm({ action, huishoudenId, version, leden, today }: { action: FormAction; huishoudenId: string; version: number; leden: { persoonId: string; naam: string }[]; today: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  const [bericht, nieuwId] = state.ok && state.message ? state.message.split('|') : [null, null];
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      <input type="hidden" name="version" value={version} />
      {state.formError && <Alert>{state.formError}</Alert>}
      {bericht && (
        <Alert variant="success">
          {bericht} <Link href={`/huishoudens/${nieuwId}`}>Naar het nieuwe huishouden</Link>
        </Alert>
      )}
      <CheckboxGroup
        legend="Wie gaan er naar het nieuwe huishouden?"
        name="persoonIds"
        options={leden.map((l) => ({ value: l.persoonId, label: l.naam }))}
        selected={v.persoonIds ? v.persoonIds.split(',') : []}
        errors={e.persoonIds}
      />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <Field label="Naam van het nieuwe huishouden" name="naam" hint="Bijvoorbeeld: Huishouden De Vries." errors={e.naam}>
          <Input autoComplete="off" defaultValue={v.naam ?? ''} />
        </Field>
        <Field label="Straat" name="straat" errors={e.straat}>
          <Input autoComplete="off" defaultValue={v.straat ?? ''} />
        </Field>
        <Field label="Huisnummer" name="huisnummer" hint="Met toevoeging, bijvoorbeeld 12a." errors={e.huisnummer}>
          <Input autoComplete="off" defaultValue={v.huisnummer ?? ''} />
        </Field>
        <Field label="Postcode" name="postcode" errors={e.postcode}>
          <Input autoComplete="off" defaultValue={v.postcode ?? ''} />
        </Field>
        <Field label="Woonplaats" name="woonplaats" errors={e.woonplaats}>
          <Input autoComplete="off" defaultValue={v.woonplaats ?? ''} />
        </Field>
        <Field label="Datum van de verhuizing" name="datum" errors={e.datum}>
          <Input type="date" defaultValue={v.datum ?? today} />
        </Field>
      </div>
      <Field label="Reden" name="reden" hint="Bijvoorbeeld: scheiding, kind gaat zelfstandig wonen." errors={e.reden}>
        <Input autoComplete="off" defaultValue={v.reden ?? ''} />
      </Field>
      <Button variant="secondary" disabled={isPending}>{isPending ? 'Bezig…' : 'Huishouden splitsen'}</Button>
    </form>
  );
}

/** Issue 20: take a known person's data over from the BRP, one click, with the version the page showed. */
export function WerkBijUitBrpForm({ action, huishoudenId, persoonId, version }: { action: FormAction; huishoudenId: string; persoonId: string; version: number }) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} noValidate className="mt-4">
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      <input type="hidden" name="persoonId" value={persoonId} />
      <input type="hidden" name="version" value={version} />
      <Uitkomst state={state} />
      {!state.ok && <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Gegevens overnemen uit de BRP'}</Button>}
    </form>
  );
}

/**
 * Issue 20: a staff member records who holds gezag over a minor where the BRP names no one (or has the gezag in
 * onderzoek): holders from the household or a name, the document the decision rests on and its date.
 */
export function GezagVaststellenForm({ action, huishoudenId, persoonId, naam, version, volwassenen, today }: {
  action: FormAction; huishoudenId: string; persoonId: string; naam: string; version: number; volwassenen: { persoonId: string; naam: string }[]; today: string;
}) {
  const [state, formAction, isPending] = useActionState(action, {});
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate aria-label={`Gezag vaststellen voor ${naam}`}>
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      <input type="hidden" name="persoonId" value={persoonId} />
      <input type="hidden" name="version" value={version} />
      <Uitkomst state={state} />
      <RadioGroup
        legend="Soort"
        name="soort"
        defaultValue={v.soort ?? 'GEZAG'}
        errors={e.soort}
        options={[
          { value: 'GEZAG', label: 'Ouderlijk gezag (of gezamenlijk gezag met een ander)' },
          { value: 'VOOGD', label: 'Voogdij' },
        ]}
      />
      <CheckboxGroup
        legend="Wie heeft het gezag?"
        name="houderIds"
        hint="Kies hoogstens twee personen. Woont iemand met gezag ergens anders, vul dan hieronder de naam in."
        options={volwassenen.map((l) => ({ value: l.persoonId, label: l.naam }))}
        selected={v.houderIds ? v.houderIds.split(',') : []}
        errors={e.houderIds}
      />
      <Field label="Iemand anders met gezag" name="andereHouder" optional hint="Bijvoorbeeld een ouder die elders woont, of de gecertificeerde instelling bij voogdij." errors={e.andereHouder}>
        <Input autoComplete="off" defaultValue={v.andereHouder ?? ''} />
      </Field>
      <div className="grid gap-x-6 sm:grid-cols-2">
        <Field label="Waarop rust het besluit?" name="grond" errors={e.grond}>
          <Select options={GEZAG_GRONDEN.map((g) => ({ value: g, label: GEZAG_GROND_LABELS[g] }))} placeholder="Kies een document" defaultValue={v.grond ?? ''} />
        </Field>
        <Field label="Datum van het document" name="grondDatum" errors={e.grondDatum}>
          <Input type="date" max={today} defaultValue={v.grondDatum ?? ''} />
        </Field>
        <Field label="Kenmerk van het document" name="grondKenmerk" optional hint="Bijvoorbeeld het zaaknummer van de rechtbank." errors={e.grondKenmerk}>
          <Input autoComplete="off" defaultValue={v.grondKenmerk ?? ''} />
        </Field>
      </div>
      <Field label="Toelichting" name="toelichting" optional hint="Verplicht bij een ander document." errors={e.toelichting}>
        <Textarea rows={3} defaultValue={v.toelichting ?? ''} />
      </Field>
      {!state.ok && <Button variant="secondary" disabled={isPending}>{isPending ? 'Bezig…' : 'Gezag vastleggen'}</Button>}
    </form>
  );
}
