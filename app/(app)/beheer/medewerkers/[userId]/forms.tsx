'use client';
import { useActionState } from 'react';
import { Checkbox, CheckboxGroup } from '@/components/ui/checkbox';
import { Field, Input, Select } from '@/components/ui/field';
import { FieldErrors } from '@/components/ui/field-parts';
import { MANDAAT_SOORT_VALUES, ROL_VALUES, WET_VALUES, type MandaatSoort, type Rol } from '@/lib/domain/enums';
import { MANDAAT_SOORT_LABELS, ROL_LABELS, WET_LABELS } from '@/lib/domain/labels';
import type { FormState } from '@/lib/forms';
import { FormMessages, shown, shownList, Submit } from '../../_components/form-parts';
import {
  addMandaatAction,
  addTeamlidmaatschapAction,
  deactivateMedewerkerAction,
  reactivateMedewerkerAction,
  resetTweestapsverificatieAction,
  resetWachtwoordAction,
  setFocuswijkenAction,
  updateMedewerkerAction,
} from '../actions';

type Gegevens = {
  id: string;
  version: number;
  naam: string;
  email: string;
  functie: string | null;
  telefoon: string | null;
  rollen: Rol[];
  beschikbaarheid: number;
  afwezigTot: string;
};

export function GegevensForm({ user }: { user: Gegevens }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(updateMedewerkerAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <FormMessages state={state} />
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="version" value={shown(state, 'version', user.version)} />
      <Field label="Naam" name="naam" errors={e.naam}>
        <Input defaultValue={shown(state, 'naam', user.naam)} />
      </Field>
      <Field label="E-mailadres" name="email" errors={e.email}>
        <Input type="email" defaultValue={shown(state, 'email', user.email)} spellCheck={false} />
      </Field>
      <Field label="Functie" name="functie" optional errors={e.functie}>
        <Input defaultValue={shown(state, 'functie', user.functie)} />
      </Field>
      <Field label="Telefoonnummer" name="telefoon" optional errors={e.telefoon}>
        <Input type="tel" defaultValue={shown(state, 'telefoon', user.telefoon)} />
      </Field>
      <CheckboxGroup
        legend="Rollen"
        name="rollen"
        options={ROL_VALUES.map((r) => ({ value: r, label: ROL_LABELS[r] }))}
        selected={shownList(state, 'rollen', user.rollen)}
        errors={e.rollen}
        columns={2}
      />
      <Field label="Beschikbaarheid (%)" name="beschikbaarheid" hint="Deel van een volle caseload dat deze medewerker nu kan dragen." errors={e.beschikbaarheid}>
        <Input type="number" min={0} max={100} inputMode="numeric" className="max-w-32" defaultValue={shown(state, 'beschikbaarheid', user.beschikbaarheid)} />
      </Field>
      <Field label="Afwezig tot en met" name="afwezigTot" optional errors={e.afwezigTot}>
        <Input type="date" className="max-w-56" defaultValue={shown(state, 'afwezigTot', user.afwezigTot)} />
      </Field>
      <Submit pending={pending}>Gegevens opslaan</Submit>
    </form>
  );
}

export function TeamToevoegenForm({ userId, teams }: { userId: string; teams: { id: string; naam: string }[] }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(addTeamlidmaatschapAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="mt-4 max-w-2xl">
      <h3 className="mb-2 font-bold">Toevoegen aan een team</h3>
      <FormMessages state={state} />
      <input type="hidden" name="userId" value={userId} />
      <Field label="Team" name="teamId" errors={e.teamId}>
        <Select key={shown(state, 'teamId')} options={teams.map((t) => ({ value: t.id, label: t.naam }))} placeholder="Kies een team" defaultValue={shown(state, 'teamId')} />
      </Field>
      <Checkbox label="Leidinggevende van dit team" name="isLead" />
      <Field label="Vanaf" name="vanaf" hint="Leeg: vandaag." optional errors={e.vanaf}>
        <Input type="date" className="max-w-56" defaultValue={shown(state, 'vanaf')} />
      </Field>
      <Submit pending={pending} variant="secondary">
        Toevoegen aan team
      </Submit>
    </form>
  );
}

export function FocuswijkenForm({ userId, version, wijken, selected }: { userId: string; version: number; wijken: { id: string; naam: string }[]; selected: string[] }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(setFocuswijkenAction, {});
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <FormMessages state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={shown(state, 'version', version)} />
      <CheckboxGroup
        legend="Focuswijken"
        name="wijkIds"
        hint="Geen vinkje: geen voorkeur."
        options={wijken.map((w) => ({ value: w.id, label: w.naam }))}
        selected={shownList(state, 'wijkIds', selected)}
        errors={state.fieldErrors?.wijkIds}
        columns={2}
      />
      <Submit pending={pending} variant="secondary">
        Focuswijken opslaan
      </Submit>
    </form>
  );
}

const MANDAAT_HINTS: Record<MandaatSoort, string> = {
  PLAN_VASTSTELLEN: 'Een ondersteuningsplan vaststellen (wijkcoach of teamleider).',
  BESCHIKKING_VASTSTELLEN: 'Een beschikking vaststellen, altijd met vier ogen (backoffice).',
  PROCESREGIE: 'Procesregie voeren over meerdere partijen (wijkcoach of teamleider).',
  DOORZETTINGSMACHT: 'Doorzettingsmacht inzetten als partijen vastlopen (wijkcoach of teamleider).',
};

export function MandaatForm({ userId, producten }: { userId: string; producten: { id: string; code: string; naam: string; wet: string }[] }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(addMandaatAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="mt-4 max-w-2xl">
      <h3 className="mb-2 font-bold">Mandaat toevoegen</h3>
      <FormMessages state={state} />
      <input type="hidden" name="userId" value={userId} />
      <Field label="Soort mandaat" name="soort" hint={Object.values(MANDAAT_HINTS).join(' ')} errors={e.soort}>
        <Select key={shown(state, 'soort')} options={MANDAAT_SOORT_VALUES.map((s) => ({ value: s, label: MANDAAT_SOORT_LABELS[s] }))} placeholder="Kies het soort mandaat" defaultValue={shown(state, 'soort')} />
      </Field>
      <Field label="Wet" name="wet" errors={e.wet}>
        <Select key={shown(state, 'wet')} options={WET_VALUES.map((w) => ({ value: w, label: WET_LABELS[w] }))} placeholder="Alle wetten" defaultValue={shown(state, 'wet')} />
      </Field>
      <Field label="Product" name="productId" hint="Alleen als het mandaat voor één product geldt." errors={e.productId}>
        <Select key={shown(state, 'productId')}
          options={producten.map((p) => ({ value: p.id, label: `${p.code} ${p.naam} (${WET_LABELS[p.wet as keyof typeof WET_LABELS]})` }))}
          placeholder="Alle producten van de wet"
          defaultValue={shown(state, 'productId')}
        />
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field label="Vanaf" name="vanaf" hint="Leeg: vandaag." optional errors={e.vanaf}>
          <Input type="date" defaultValue={shown(state, 'vanaf')} />
        </Field>
        <Field label="Tot en met" name="tot" hint="Leeg: zonder einddatum." optional errors={e.tot}>
          <Input type="date" defaultValue={shown(state, 'tot')} />
        </Field>
      </div>
      <Submit pending={pending} variant="secondary">
        Mandaat toevoegen
      </Submit>
    </form>
  );
}

export function WachtwoordForm({ userId, version }: { userId: string; version: number }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(resetWachtwoordAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <FormMessages state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <Field label="Nieuw wachtwoord" name="wachtwoord" hint="Minstens 12 tekens, met kleine letters, hoofdletters en een cijfer." errors={e.wachtwoord}>
        <Input type="password" autoComplete="new-password" />
      </Field>
      <Field label="Herhaal het nieuwe wachtwoord" name="wachtwoordHerhaling" errors={e.wachtwoordHerhaling}>
        <Input type="password" autoComplete="new-password" />
      </Field>
      <Submit pending={pending} variant="secondary">
        Wachtwoord instellen
      </Submit>
    </form>
  );
}

export function TweestapsverificatieForm({ userId, version }: { userId: string; version: number }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(resetTweestapsverificatieAction, {});
  return (
    <form action={formAction} className="mt-6 max-w-2xl">
      <h3 className="mb-2 font-bold">Tweestapsverificatie</h3>
      <FormMessages state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <p className="mb-3 text-slate-700">Telefoon kwijt of vervangen? Wis de tweestapsverificatie; bij de volgende keer inloggen stelt de medewerker een nieuwe app in.</p>
      <Submit pending={pending} variant="secondary">
        Tweestapsverificatie wissen
      </Submit>
    </form>
  );
}

export function AccountForm({ userId, version, actief }: { userId: string; version: number; actief: boolean }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(actief ? deactivateMedewerkerAction : reactivateMedewerkerAction, {});
  return (
    <form action={formAction}>
      <FormMessages state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      {actief && (
        <div className={state.fieldErrors?.bevestig ? 'mb-3 border-l-4 border-red-700 pl-3' : 'mb-3'}>
          <FieldErrors id="bevestig-fout" errors={state.fieldErrors?.bevestig} />
          <Checkbox
            name="bevestig"
            label="Ik wil dit account deactiveren"
            hint="De medewerker kan dan niet meer inloggen. Regie en open werk blijven staan tot je ze overdraagt."
          />
        </div>
      )}
      <Submit pending={pending} variant={actief ? 'danger' : 'secondary'}>
        {actief ? 'Account deactiveren' : 'Account weer activeren'}
      </Submit>
    </form>
  );
}
