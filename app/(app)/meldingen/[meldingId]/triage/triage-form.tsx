'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field, Textarea } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { TRIAGE_UITKOMST_VALUES, URGENTIE_VALUES, VEILIGHEID_VALUES } from '@/lib/domain/enums';
import { TRIAGE_UITKOMST_LABELS, URGENTIE_LABELS } from '@/lib/domain/labels';
import { MELDING_LIMITS } from '@/lib/domain/melding';
import { TRIAGE_VEILIGHEID_LABELS, type TriageRoute } from '@/lib/domain/triage';
import type { FormState } from '@/lib/forms';
import { performTriageAction } from '../../actions';

const UITKOMST_HINTS = {
  INFORMATIE_ADVIES: 'Op weg helpen naar eigen kracht, netwerk of een vrij toegankelijke voorziening.',
  ENKELVOUDIG: 'Eén vraag op één leefgebied.',
  MEERVOUDIG: 'Vragen op meer leefgebieden, vaak met meer betrokkenen.',
  CRISIS: 'Acuut: veiligheid of bestaanszekerheid staat op het spel.',
} as const;

const LABELS: Record<string, string> = {
  uitkomst: 'Uitkomst', metIndicatie: 'Indicatie', urgentie: 'Urgentie', veiligheid: 'Veiligheid', veiligheidToelichting: 'Toelichting veiligheid',
  leefgebieden: 'Leefgebieden', alleLedenBekend: 'Leden van het huishouden', route: 'Route', voorzieningId: 'Voorziening', toelichting: 'Toelichting',
};

type Props = {
  meldingId: string;
  version: number;
  urgent: boolean;
  leden: string[];
  routes: { route: TriageRoute; label: string; hint: string }[];
  geblokkeerd: { label: string; reasons: string[] }[];
  leefgebieden: { id: string; naam: string }[];
  gekozenLeefgebieden: string[];
  voorzieningen: { id: string; naam: string; soort: string }[];
};

export function TriageForm({ meldingId, version, urgent, leden, routes, geblokkeerd, leefgebieden, gekozenLeefgebieden, voorzieningen }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(performTriageAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const algemeen = voorzieningen.filter((x) => x.soort === 'ALGEMENE_VOORZIENING');
  const partners = voorzieningen.filter((x) => x.soort !== 'ALGEMENE_VOORZIENING');
  return (
    <form key={JSON.stringify(v)} action={formAction} noValidate>
      <ErrorSummary errors={e} labels={LABELS} focusKey={state} />
      {state.formError && !Object.keys(e).length && <Alert variant="error">{state.formError}</Alert>}
      <input type="hidden" name="meldingId" value={meldingId} />
      <input type="hidden" name="version" value={version} />

      <RadioGroup
        legend="Uitkomst"
        name="uitkomst"
        defaultValue={v.uitkomst}
        errors={e.uitkomst}
        options={TRIAGE_UITKOMST_VALUES.map((u) => ({ value: u, label: TRIAGE_UITKOMST_LABELS[u], hint: UITKOMST_HINTS[u] }))}
      />
      <RadioGroup
        legend="Plan met of zonder indicatie?"
        name="metIndicatie"
        hint="Alleen bij een enkelvoudige of meervoudige vraag."
        defaultValue={v.metIndicatie}
        errors={e.metIndicatie}
        inline
        options={[{ value: 'nee', label: 'Zonder indicatie' }, { value: 'ja', label: 'Met indicatie (maatwerk waarschijnlijk)' }]}
      />
      <RadioGroup
        legend="Urgentie"
        name="urgentie"
        defaultValue={v.urgentie ?? (urgent ? 'HOOG' : 'NORMAAL')}
        errors={e.urgentie}
        inline
        options={URGENTIE_VALUES.map((u) => ({ value: u, label: URGENTIE_LABELS[u] }))}
      />
      <RadioGroup
        legend="Zijn er zorgen over de veiligheid?"
        name="veiligheid"
        hint="Ja of twijfel: er gaat een consult naar de gedragswetenschapper, en de casus kan niet dicht zolang dat openstaat."
        defaultValue={v.veiligheid}
        errors={e.veiligheid}
        options={VEILIGHEID_VALUES.map((s) => ({ value: s, label: TRIAGE_VEILIGHEID_LABELS[s] }))}
      />
      <Field label="Toelichting op de veiligheid" name="veiligheidToelichting" optional errors={e.veiligheidToelichting}>
        <Textarea defaultValue={v.veiligheidToelichting} rows={2} />
      </Field>
      <CheckboxGroup
        legend="Welke leefgebieden raakt de vraag?"
        name="leefgebieden"
        hint="Kies er minstens één."
        options={leefgebieden.map((l) => ({ value: l.id, label: l.naam }))}
        selected={v.leefgebieden !== undefined ? v.leefgebieden.split(',').filter(Boolean) : state.values ? [] : gekozenLeefgebieden}
        errors={e.leefgebieden}
        columns={3}
      />
      <RadioGroup
        legend="Zijn alle leden van het huishouden in beeld?"
        name="alleLedenBekend"
        hint={leden.length ? `Bekend: ${leden.join(', ')}. Denk ook aan kinderen en wie er verder woont.` : 'Er is nog geen huishouden gekoppeld.'}
        defaultValue={v.alleLedenBekend}
        errors={e.alleLedenBekend}
        inline
        options={[{ value: 'ja', label: 'Ja' }, { value: 'nee', label: 'Nee, nog niet' }]}
      />
      <RadioGroup
        legend="Route"
        name="route"
        defaultValue={v.route}
        errors={e.route}
        options={routes.map((r) => ({ value: r.route, label: r.label, hint: r.hint }))}
      />
      {geblokkeerd.length > 0 && (
        <div className="-mt-3 mb-5 text-sm text-slate-700">
          <p className="font-semibold">Nu niet mogelijk:</p>
          <ul className="list-disc pl-6">
            {geblokkeerd.map((g) => <li key={g.label}>{g.label}: {g.reasons.join(' ')}</li>)}
          </ul>
        </div>
      )}
      <Field label="Voorziening van de sociale kaart" name="voorzieningId" optional hint="Bij advies of een verwijzing: waar gaat de inwoner heen?" errors={e.voorzieningId}>
        <select defaultValue={v.voorzieningId ?? ''} className="block w-full rounded border-2 border-slate-700 bg-white px-3 py-2 text-base">
          <option value="">Geen voorziening</option>
          {algemeen.length > 0 && <optgroup label="Algemene voorzieningen">{algemeen.map((x) => <option key={x.id} value={x.id}>{x.naam}</option>)}</optgroup>}
          {partners.length > 0 && <optgroup label="Voorliggende partners">{partners.map((x) => <option key={x.id} value={x.id}>{x.naam}</option>)}</optgroup>}
        </select>
      </Field>
      <Field label="Toelichting of gegeven advies" name="toelichting" optional hint={`Maximaal ${MELDING_LIMITS.toelichting} tekens.`} errors={e.toelichting}>
        <Textarea defaultValue={v.toelichting} rows={3} />
      </Field>
      <Button disabled={pending}>{pending ? 'Bezig…' : 'Triage vastleggen'}</Button>
    </form>
  );
}
