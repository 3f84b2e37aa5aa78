'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { BlockedReasons } from '@/components/ui/blocked-reasons';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { FormOutcome } from './form-outcome';
import type { FormAction } from '@/lib/actions/states';

type Props = { action: FormAction; beschikkingId: string; version: number };

const VERVALREDEN_OPTIES = [
  { value: 'INGETROKKEN_OVERHEID', label: 'De gemeente besluit dit' },
  { value: 'INGETROKKEN_BELANGHEBBENDE', label: 'Op verzoek van de inwoner' },
];

/**
 * Four eyes: a second backoffice user with the mandate stelt the concept vast. For whom it can only fail (the drafter,
 * or someone without the mandate) the button is disabled with the reasons beside it (issue 16 item 12), as the plan's
 * steps are; the use case refuses anyway.
 */
export function VaststellenForm({ action, beschikkingId, version, waarom }: Props & { waarom: string[] }) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction}>
      <input type="hidden" name="beschikkingId" value={beschikkingId} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} />
      <BlockedReasons id="vaststellen-redenen" title="Dit kan jij niet:" reasons={waarom} />
      <Button disabled={isPending || waarom.length > 0} aria-describedby={waarom.length ? 'vaststellen-redenen' : undefined}>
        {isPending ? 'Bezig…' : 'Beschikking vaststellen'}
      </Button>
    </form>
  );
}

/** The day the letter went out: it starts the bezwaar term of six weeks. */
export function VerzendenForm({ action, beschikkingId, version, vandaag }: Props & { vandaag: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="beschikkingId" value={beschikkingId} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} />
      <Field label="Verzenddatum" name="verzenddatum" hint="De dag waarop de brief naar de inwoner ging. De bezwaartermijn van zes weken begint de dag erna." errors={e.verzenddatum}>
        <Input type="date" defaultValue={state.values?.verzenddatum ?? vandaag} className="max-w-xs" />
      </Field>
      <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Verzending vastleggen'}</Button>
    </form>
  );
}

/** Sends the new and changed toewijzingen of this client as WMO301/JW301, one message per aanbieder. */
export function ToewijzingenVersturenForm({ action, beschikkingId, aantal, geheimhouding = false }: { action: FormAction; beschikkingId: string; aantal: number; geheimhouding?: boolean }) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="beschikkingId" value={beschikkingId} />
      <FormOutcome state={state} />
      {geheimhouding && !state.ok && (
        // Issue 20: the BRP address of a client under geheimhouding is not in the message.
        <div className="mb-4">
          <Alert variant="warning" title="Geheimhouding: het woonadres gaat niet mee">
            De BRP heeft geheimhouding voor deze cliënt. Het bericht aan de aanbieder krijgt het postadres van de gemeente als correspondentieadres, niet het
            woonadres. Vertel de aanbieder zelf waar de zorg wordt gegeven, en vraag de aanbieder het adres niet door te geven.
          </Alert>
          <Field label="Hoe hebt u de aanbieder ingelicht?" name="geheimhoudingAfspraak" hint="Bijvoorbeeld: gebeld met de planner van de aanbieder, 7 december." errors={state.fieldErrors?.geheimhoudingAfspraak}>
            <Textarea rows={2} defaultValue={state.values?.geheimhoudingAfspraak ?? ''} />
          </Field>
        </div>
      )}
      {!state.ok && (
        <Button disabled={isPending}>
          {isPending ? 'Bezig…' : aantal === 1 ? 'Toewijzing versturen naar de aanbieder' : `${aantal} toewijzingen versturen naar de aanbieders`}
        </Button>
      )}
    </form>
  );
}

/** Starts a new besluit that changes this one; the concept opens for editing. */
export function WijzigenForm({ action, beschikkingId, version }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="beschikkingId" value={beschikkingId} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} />
      {/* Its own field name: the intrekken form on the same page has a vervalreden too, and ids must not collide. */}
      <RadioGroup legend="Wie vraagt om de wijziging?" name="wijzigingVervalreden" options={VERVALREDEN_OPTIES} defaultValue={state.values?.wijzigingVervalreden ?? 'INGETROKKEN_OVERHEID'} errors={state.fieldErrors?.vervalredenVorig} inline />
      <Button variant="secondary" disabled={isPending}>{isPending ? 'Bezig…' : 'Nieuw besluit maken dat dit besluit wijzigt'}</Button>
    </form>
  );
}

/** Starts an intrekkingsbesluit from a day on, with its motivation. */
export function IntrekkenForm({ action, beschikkingId, version, vandaag }: Props & { vandaag: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="beschikkingId" value={beschikkingId} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} />
      <RadioGroup legend="Wie vraagt om de intrekking?" name="vervalredenVorig" options={VERVALREDEN_OPTIES} defaultValue={v.vervalredenVorig ?? 'INGETROKKEN_OVERHEID'} errors={e.vervalredenVorig} inline />
      <Field label="Ingetrokken per" name="intrekkingPer" hint="De eerste dag zonder deze ondersteuning. Toewijzingen eindigen de dag ervoor; een toewijzing die dan nog niet begonnen is, vervalt helemaal." errors={e.intrekkingPer}>
        <Input type="date" defaultValue={v.intrekkingPer ?? vandaag} className="max-w-xs" />
      </Field>
      <Field label="Motivering van de intrekking" name="motivering" hint="Voor de inwoner, in de u-vorm." errors={e.motivering}>
        <Textarea rows={3} defaultValue={v.motivering ?? ''} />
      </Field>
      <Button variant="danger" disabled={isPending}>{isPending ? 'Bezig…' : 'Intrekkingsbesluit opstellen'}</Button>
    </form>
  );
}
