'use client';
// Issue 22: the ketenpartner's forms. Each works without JavaScript (a server action), keeps what was typed after a
// refusal and shows the Dutch message at the field.
import { useActionState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { Checkbox } from '@/components/ui/checkbox';
import { RadioGroup } from '@/components/ui/radio-group';
import { toIsoDate } from '@/lib/domain/dates';
import type { FormState } from '@/lib/forms';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Keuze = { value: string; label: string };

/** A form with hidden fields, its fields (given the state) and one button; the success message replaces nothing. */
export function PartnerForm({ action, hidden, submit, children }: {
  action: Action; hidden: Record<string, string>; submit: string; children: (state: FormState) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="mt-3" noValidate>
      {state.ok && <Alert variant="success">{state.message}</Alert>}
      {state.formError && <Alert variant="error">{state.formError}</Alert>}
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {children(state)}
      <Button disabled={pending}>{pending ? 'Bezig…' : submit}</Button>
    </form>
  );
}

// Today as an Amsterdam calendar day (toISOString would give yesterday's date between midnight and 01:00 or 02:00).
const vandaag = () => toIsoDate(new Date());
const waarde = (state: FormState, name: string, fallback = '') => (state.ok ? fallback : state.values?.[name] ?? fallback);

export function ActieVoortgangForm({ action, actieId, status, statussen }: { action: Action; actieId: string; status: string; statussen: Keuze[] }) {
  return (
    <PartnerForm action={action} hidden={{ actieId, vorigeStatus: status }} submit="Voortgang opslaan">
      {(state) => (
        <>
          <RadioGroup legend="Stand van de actie" name="status" scope={actieId} inline options={statussen} defaultValue={waarde(state, 'status', status)} errors={state.fieldErrors?.status} />
          <Field label="Wat is er gebeurd" name="notitie" scope={actieId} errors={state.fieldErrors?.notitie} hint="Kort en zakelijk: de regisseur en het huishouden lezen mee.">
            <Textarea rows={3} maxLength={1000} defaultValue={waarde(state, 'notitie')} />
          </Field>
          <Field label="Datum" name="op" scope={actieId} errors={state.fieldErrors?.op}>
            <Input type="date" defaultValue={waarde(state, 'op', vandaag())} />
          </Field>
        </>
      )}
    </PartnerForm>
  );
}

export function ZorgsignaalForm({ action, huishoudenId, soorten }: { action: Action; huishoudenId: string; soorten: Keuze[] }) {
  return (
    <PartnerForm action={action} hidden={{ huishoudenId }} submit="Signaal versturen">
      {(state) => (
        <>
          <RadioGroup
            legend="Wat voor signaal" name="soort" options={soorten} defaultValue={waarde(state, 'soort')} errors={state.fieldErrors?.soort}
            hint="Bij crisis krijgen de regisseur en de teamleider direct bericht. Is er acuut gevaar? Bel 112."
          />
          <Field label="Wat zie je of wat is er gebeurd" name="toelichting" errors={state.fieldErrors?.toelichting}>
            <Textarea rows={4} maxLength={2000} defaultValue={waarde(state, 'toelichting')} />
          </Field>
        </>
      )}
    </PartnerForm>
  );
}

export function PlanVoorstelForm({ action, huishoudenId, acties, doelen }: { action: Action; huishoudenId: string; acties: Keuze[]; doelen: Keuze[] }) {
  return (
    <PartnerForm action={action} hidden={{ huishoudenId }} submit="Voorstel versturen">
      {(state) => (
        <>
          <Field label="Wijziging van actie" name="actieId" optional errors={state.fieldErrors?.actieId} hint="Leeg laten voor een nieuwe actie.">
            <Select options={acties} placeholder="Een nieuwe actie" defaultValue={waarde(state, 'actieId')} />
          </Field>
          <Field label="Bij doel" name="doelId" optional errors={state.fieldErrors?.doelId}>
            <Select options={doelen} placeholder="Geen doel in het bijzonder" defaultValue={waarde(state, 'doelId')} />
          </Field>
          <Field label="Wat stel je voor" name="wat" errors={state.fieldErrors?.wat}>
            <Textarea rows={2} maxLength={500} defaultValue={waarde(state, 'wat')} />
          </Field>
          <Field label="Uiterlijk" name="uiterlijk" optional errors={state.fieldErrors?.uiterlijk}>
            <Input type="date" defaultValue={waarde(state, 'uiterlijk')} />
          </Field>
          <Field label="Waarom" name="waarom" errors={state.fieldErrors?.waarom}>
            <Textarea rows={3} maxLength={2000} defaultValue={waarde(state, 'waarom')} />
          </Field>
        </>
      )}
    </PartnerForm>
  );
}

export function StartZorgForm({ action, toewijzingId, ingangsdatum }: { action: Action; toewijzingId: string; ingangsdatum: string }) {
  return (
    <PartnerForm action={action} hidden={{ toewijzingId }} submit="Start zorg bevestigen">
      {(state) => (
        <Field label="Zorg begonnen op" name="begindatum" scope={toewijzingId} errors={state.fieldErrors?.begindatum}>
          <Input type="date" defaultValue={waarde(state, 'begindatum', ingangsdatum)} />
        </Field>
      )}
    </PartnerForm>
  );
}

export function StopZorgForm({ action, toewijzingId, begindatum, redenen }: { action: Action; toewijzingId: string; begindatum: string; redenen: Keuze[] }) {
  return (
    <PartnerForm action={action} hidden={{ toewijzingId, begindatum }} submit="Stop zorg bevestigen">
      {(state) => (
        <>
          <Field label="Zorg gestopt op" name="einddatum" scope={toewijzingId} errors={state.fieldErrors?.einddatum}>
            <Input type="date" defaultValue={waarde(state, 'einddatum', vandaag())} />
          </Field>
          <Field label="Reden" name="redenBeeindiging" scope={toewijzingId} errors={state.fieldErrors?.redenBeeindiging}>
            <Select options={redenen} placeholder="Kies een reden" defaultValue={waarde(state, 'redenBeeindiging')} />
          </Field>
        </>
      )}
    </PartnerForm>
  );
}

/** Issue 22 item 4: ask the gemeente for a change of this toewijzing (the 317 by hand). */
export function VerzoekWijzigingForm({ action, toewijzingId, ingangsdatum, volume }: { action: Action; toewijzingId: string; ingangsdatum: string; volume: string }) {
  return (
    <PartnerForm action={action} hidden={{ toewijzingId }} submit="Wijziging aanvragen">
      {(state) => (
        <>
          <Field label="Gewenste ingangsdatum" name="ingangsdatum" scope="wijziging" errors={state.fieldErrors?.ingangsdatum}>
            <Input type="date" defaultValue={waarde(state, 'ingangsdatum', ingangsdatum)} />
          </Field>
          <Field label="Gewenste einddatum" name="einddatum" scope="wijziging" optional errors={state.fieldErrors?.einddatum}>
            <Input type="date" defaultValue={waarde(state, 'einddatum')} />
          </Field>
          <Field label="Gewenst volume" name="volume" scope="wijziging" hint="In dezelfde eenheid en frequentie als nu." errors={state.fieldErrors?.volume}>
            <Input type="number" inputMode="numeric" min={1} defaultValue={waarde(state, 'volume', volume)} />
          </Field>
          <Field label="Motivatie" name="motivatie" scope="wijziging" hint="Waarom is de wijziging nodig? De gemeente leest dit bij het beoordelen." errors={state.fieldErrors?.motivatie}>
            <Textarea rows={4} defaultValue={waarde(state, 'motivatie')} />
          </Field>
        </>
      )}
    </PartnerForm>
  );
}

/** Issue 22 item 4: ask the gemeente for a new toewijzing (the 315 by hand). */
export function VerzoekToewijzingForm({ action, bsn, producten }: { action: Action; bsn: string; producten: Keuze[] }) {
  return (
    <PartnerForm action={action} hidden={{}} submit="Toewijzing aanvragen">
      {(state) => (
        <>
          <Field label="BSN van de cliënt" name="bsn" errors={state.fieldErrors?.bsn}>
            <Input inputMode="numeric" autoComplete="off" defaultValue={waarde(state, 'bsn', bsn)} />
          </Field>
          <Field label="Product" name="productId" hint="De producten waarvoor jouw organisatie een contract heeft." errors={state.fieldErrors?.productId}>
            <Select options={producten} placeholder="Kies een product" defaultValue={waarde(state, 'productId')} />
          </Field>
          <Field label="Gewenste ingangsdatum" name="ingangsdatum" errors={state.fieldErrors?.ingangsdatum}>
            <Input type="date" defaultValue={waarde(state, 'ingangsdatum')} />
          </Field>
          <Field label="Gewenste einddatum" name="einddatum" optional errors={state.fieldErrors?.einddatum}>
            <Input type="date" defaultValue={waarde(state, 'einddatum')} />
          </Field>
          <Field label="Volume" name="volume" hint="In de eenheid en frequentie van het product." errors={state.fieldErrors?.volume}>
            <Input type="number" inputMode="numeric" min={1} defaultValue={waarde(state, 'volume')} />
          </Field>
          <Field label="Motivatie" name="motivatie" hint="Waarom is deze zorg nodig? De gemeente leest dit bij het beoordelen." errors={state.fieldErrors?.motivatie}>
            <Textarea rows={4} defaultValue={waarde(state, 'motivatie')} />
          </Field>
        </>
      )}
    </PartnerForm>
  );
}

type OrganisatieGegevens = { id: string; version: number; naam: string; soort: string; kvkNummer: string; aanbiederId: string | null };

/** Issue 22: a new ketenpartner, or (with `organisatie`) the change of one (beheer). */
export function PartnerOrganisatieForm({ action, soorten, aanbieders, organisatie }: { action: Action; soorten: Keuze[]; aanbieders: Keuze[]; organisatie?: OrganisatieGegevens }) {
  const scope = organisatie ? `organisatie-${organisatie.id}` : undefined;
  const hidden: Record<string, string> = organisatie ? { id: organisatie.id, version: String(organisatie.version) } : {};
  return (
    <PartnerForm action={action} hidden={hidden} submit={organisatie ? 'Wijzigingen opslaan' : 'Ketenpartner toevoegen'}>
      {(state) => (
        <div className="grid gap-x-6 sm:grid-cols-2">
          <Field label="Naam" name="naam" scope={scope} errors={state.fieldErrors?.naam}><Input defaultValue={waarde(state, 'naam', organisatie?.naam)} /></Field>
          <Field label="KvK-nummer" name="kvkNummer" scope={scope} errors={state.fieldErrors?.kvkNummer} hint="8 cijfers; eHerkenning herkent de organisatie hieraan.">
            <Input inputMode="numeric" defaultValue={waarde(state, 'kvkNummer', organisatie?.kvkNummer)} />
          </Field>
          <Field label="Soort" name="soort" scope={scope} errors={state.fieldErrors?.soort}><Select options={soorten} placeholder="Kies de soort" defaultValue={waarde(state, 'soort', organisatie?.soort)} /></Field>
          <Field label="Aanbieder" name="aanbiederId" scope={scope} optional errors={state.fieldErrors?.aanbiederId} hint="Alleen bij soort aanbieder: de aanbieder van de toewijzingen.">
            <Select options={aanbieders} placeholder="Geen aanbieder" defaultValue={waarde(state, 'aanbiederId', organisatie?.aanbiederId ?? '')} />
          </Field>
        </div>
      )}
    </PartnerForm>
  );
}

/** Issue 22: switch a ketenpartner off (all its users lose access at once) or on again (beheer). */
export function OrganisatieActiefKnop({ action, organisatie }: { action: Action; organisatie: { id: string; naam: string; actief: boolean; version: number } }) {
  const hidden = { id: organisatie.id, version: String(organisatie.version), actief: organisatie.actief ? 'false' : 'true' };
  return <PartnerForm action={action} hidden={hidden} submit={organisatie.actief ? `${organisatie.naam} uitschakelen` : `${organisatie.naam} weer inschakelen`}>{() => null}</PartnerForm>;
}

/** Issue 22: a new user of a ketenpartner (beheer, or the organisation's coordinator). */
export function PartnerGebruikerForm({ action, organisatieId }: { action: Action; organisatieId: string }) {
  return (
    <PartnerForm action={action} hidden={{ organisatieId, actief: 'on' }} submit="Gebruiker toevoegen">
      {(state) => (
        <div className="grid gap-x-6 sm:grid-cols-2">
          <Field label="Naam" name="naam" scope={organisatieId} errors={state.fieldErrors?.naam}><Input defaultValue={waarde(state, 'naam')} /></Field>
          <Field label="E-mailadres" name="email" scope={organisatieId} errors={state.fieldErrors?.email} hint="Het e-mailadres dat eHerkenning van deze persoon doorgeeft.">
            <Input type="email" defaultValue={waarde(state, 'email')} />
          </Field>
          <Checkbox label="Coördinator: beheert de gebruikers van de organisatie" name="coordinator" scope={organisatieId} defaultChecked={waarde(state, 'coordinator') === 'on'} />
        </div>
      )}
    </PartnerForm>
  );
}

/** Issue 22: switch a user of a ketenpartner on or off (the other fields as they are). */
export function GebruikerActiefKnop({ action, gebruiker, organisatieId }: {
  action: Action; organisatieId: string; gebruiker: { id: string; naam: string; email: string; coordinator: boolean; actief: boolean; version: number };
}) {
  const hidden: Record<string, string> = {
    id: gebruiker.id, version: String(gebruiker.version), organisatieId, naam: gebruiker.naam, email: gebruiker.email,
    ...(gebruiker.coordinator ? { coordinator: 'on' } : {}), ...(gebruiker.actief ? {} : { actief: 'on' }),
  };
  return <PartnerForm action={action} hidden={hidden} submit={gebruiker.actief ? `${gebruiker.naam} uitschakelen` : `${gebruiker.naam} weer toelaten`}>{() => null}</PartnerForm>;
}

/** Issue 22: the partner answers a question (consult) of the regisseur: the advice and the day it was given. */
export function ConsultAntwoordForm({ action, consultId, version }: { action: Action; consultId: string; version: number }) {
  return (
    <PartnerForm action={action} hidden={{ consultId, version: String(version) }} submit="Advies versturen">
      {(state) => (
        <>
          <Field label="Je advies" name="advies" scope={consultId} errors={state.fieldErrors?.advies} hint="De regisseur leest het in het dossier; schrijf zakelijk.">
            <Textarea rows={4} defaultValue={waarde(state, 'advies')} />
          </Field>
          <Field label="Datum van het advies" name="adviesOp" scope={consultId} errors={state.fieldErrors?.adviesOp}>
            <Input type="date" defaultValue={waarde(state, 'adviesOp', vandaag())} />
          </Field>
        </>
      )}
    </PartnerForm>
  );
}

/** Issue 22: the regisseur asks a ketenpartner of the household for advice (a consult). */
export function PartnerConsultVraagForm({ action, huishoudenId, organisaties }: { action: Action; huishoudenId: string; organisaties: Keuze[] }) {
  return (
    <PartnerForm action={action} hidden={{ huishoudenId }} submit="Vraag versturen">
      {(state) => (
        <>
          <Field label="Ketenpartner" name="partnerOrganisatieId" errors={state.fieldErrors?.partnerOrganisatieId} hint="Alleen een ketenpartner met toestemming van het huishouden (of een toewijzing) kan je vraag lezen.">
            <Select options={organisaties} placeholder="Kies de ketenpartner" defaultValue={waarde(state, 'partnerOrganisatieId')} />
          </Field>
          <Field label="Je vraag" name="vraag" errors={state.fieldErrors?.vraag}>
            <Textarea rows={3} defaultValue={waarde(state, 'vraag')} />
          </Field>
        </>
      )}
    </PartnerForm>
  );
}
