'use client';
import { useActionState } from 'react';
import { FormOutcome } from '@/components/beschikking/form-outcome';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import type { FormAction } from '@/lib/actions/states';

export function UploadBerichtForm({ action }: { action: FormAction }) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <FormOutcome state={state} />
      <Field label="Bericht van een aanbieder" name="bestand" hint="Een XML-bestand van iWmo of iJw 3.2, hoogstens 2 MB: retour (302), start of stop zorg (305, 307), verzoek om toewijzing of wijziging (315, 317), declaratie (323; het antwoord 325 gaat terug naar de aanbieder)." errors={state.fieldErrors?.bestand}>
        <Input type="file" accept=".xml,application/xml,text/xml" />
      </Field>
      <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Bericht uploaden'}</Button>
    </form>
  );
}

export function UitwisselenForm({ action }: { action: FormAction }) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction}>
      <FormOutcome state={state} />
      <Button variant="secondary" disabled={isPending}>{isPending ? 'Bezig…' : 'Nu uitwisselen'}</Button>
    </form>
  );
}

/** `viaPortaal`: a verzoek asked by hand in the partner portal is answered there, not with a 319 (issue 22 item 4). */
export function AfwijzenForm({ action, verzoekId, version, redenen, viaPortaal = false }: { action: FormAction; verzoekId: string; version: number; redenen: { value: string; label: string }[]; viaPortaal?: boolean }) {
  const [state, formAction, isPending] = useActionState(action, {});
  if (state.ok) return <FormOutcome state={state} />;
  return (
    <form action={formAction} noValidate>
      <FormOutcome state={state} />
      <input type="hidden" name="verzoekId" value={verzoekId} />
      <input type="hidden" name="version" value={version} />
      <Field label="Reden van afwijzing" name="reden" errors={state.fieldErrors?.reden}>
        <Select options={redenen} placeholder="Kies een reden" defaultValue={state.values?.reden ?? ''} />
      </Field>
      <Button variant="secondary" disabled={isPending}>{viaPortaal ? 'Afwijzen' : 'Afwijzen (319)'}</Button>
    </form>
  );
}

export function ToewijzenForm({ action, verzoekId, version, toewijzingen }: { action: FormAction; verzoekId: string; version: number; toewijzingen: { value: string; label: string }[] }) {
  const [state, formAction, isPending] = useActionState(action, {});
  if (state.ok) return <FormOutcome state={state} />;
  return (
    <form action={formAction} noValidate>
      <FormOutcome state={state} />
      <input type="hidden" name="verzoekId" value={verzoekId} />
      <input type="hidden" name="version" value={version} />
      <Field label="Toewijzing" name="toewijzingId" hint="Een nog niet verstuurde toewijzing van deze cliënt bij deze aanbieder (maak die met een beschikking)." errors={state.fieldErrors?.toewijzingId}>
        <Select options={toewijzingen} placeholder="Kies een toewijzing" defaultValue={state.values?.toewijzingId ?? ''} />
      </Field>
      <Button disabled={isPending}>Toewijzen</Button>
    </form>
  );
}

export function OpnieuwVersturenForm({ action, berichtId, label }: { action: FormAction; berichtId: string; label: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <FormOutcome state={state} />
      <input type="hidden" name="berichtId" value={berichtId} />
      <Button variant="secondary" disabled={isPending} aria-label={label}>{isPending ? 'Bezig…' : 'Opnieuw versturen'}</Button>
    </form>
  );
}
