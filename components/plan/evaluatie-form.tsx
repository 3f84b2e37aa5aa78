'use client';
import { useActionState, useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { Section } from '@/components/ui/page';
import { DOEL_RESULTAAT_VALUES, EVALUATIE_BESLUIT_VALUES, ZRM_DOMEIN_VALUES, type ActieStatus, type EvaluatieBesluit, type ZrmDomein } from '@/lib/domain/enums';
import { ACTIE_STATUS_LABELS, DOEL_RESULTAAT_LABELS, EVALUATIE_BESLUIT_LABELS } from '@/lib/domain/labels';
import { ZRM_DOMEIN_LABELS, ZRM_SCORE_LABELS, ZRM_SCORES } from '@/lib/domain/zrm';
import { formatDatumTijd } from '@/lib/domain/dates';
import { VOORTGANG_SCHAAL } from '@/lib/domain/inwoner';
import { ConflictMelding } from './plan-forms';
import type { FormAction, PlanFormState } from '@/lib/actions/states';

type Props = {
  action: FormAction<PlanFormState>;
  huishoudenId: string;
  versie: {
    id: string;
    versienummer: number;
    version: number;
    doelen: { id: string; omschrijving: string; leefgebied: string; zichtbaarAan: string; acties: { wat: string; status: ActieStatus }[]; voortgang?: { schaal: number; tekst: string; op: string }[] }[];
  };
  personen: { value: string; label: string }[];
  laatsteScores: { naam: string; domein: ZrmDomein; score: number; datum: string }[];
  vandaag: string;
  waakvlamStandaard: string;
  magAfsluiten: boolean;
};

const BESLUIT_UITLEG: Record<EvaluatieBesluit, string> = {
  VOORTZETTEN: 'Het plan loopt door zoals het is.',
  BIJSTELLEN: 'Er komt een nieuwe versie van het plan; jullie passen die samen aan.',
  OPSCHALEN: 'Meer of zwaardere hulp nodig; het plan loopt door.',
  AFSCHALEN: 'Minder hulp nodig; het plan loopt door.',
  AFSLUITEN: 'Het huishouden redt het; de casus wordt afgesloten met een waakvlam.',
};

const ZRM_RIJEN = ['0', '1', '2'];

/** Per goal a result, optional new ZRM scores, and the decision with what it needs. */
export function EvaluatieFormulier({ action, huishoudenId, versie, personen, laatsteScores, vandaag, waakvlamStandaard, magAfsluiten }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  const [besluit, setBesluit] = useState<string>(state.values?.besluit ?? '');
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.formError) summaryRef.current?.focus();
  }, [state]);
  const besluiten = EVALUATIE_BESLUIT_VALUES.filter((b) => b !== 'AFSLUITEN' || magAfsluiten);
  const groepFout = (key: string) =>
    errors[key]?.length ? (
      <p id={`veld-${key}-fout`} className="mt-1 font-semibold text-red-700">
        <span className="sr-only">Fout: </span>
        {errors[key]!.join(' ')}
      </p>
    ) : null;

  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      <input type="hidden" name="versieId" value={versie.id} />
      <input type="hidden" name="version" value={versie.version} />
      {state.formError && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="mb-4 border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <p className="font-bold">{state.formError}</p>
          {state.conflict && <ConflictMelding regels={state.conflict} />}
          {Object.keys(errors).length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {Object.entries(errors).flatMap(([key, messages]) =>
                (messages ?? []).map((message) => (
                  <li key={`${key}-${message}`}>
                    <a href={`#veld-${key}`} className="text-red-900 underline">
                      {message}
                    </a>
                  </li>
                )),
              )}
            </ul>
          )}
        </div>
      )}

      <Section title={`Doelen van versie ${versie.versienummer}`}>
        {versie.doelen.map((d, i) => {
          const key = `doelen.${i}.resultaat`;
          const gekozen = values[key] ?? '';
          return (
            <fieldset
              key={d.id}
              id={`veld-${key}`}
              tabIndex={-1}
              aria-describedby={errors[key]?.length ? `veld-${key}-fout` : undefined}
              className={`mb-4 rounded border p-4 ${errors[key]?.length ? 'border-red-700' : 'border-slate-300'}`}
            >
              <legend className="px-1 font-bold">
                Doel {i + 1}: {d.omschrijving}
              </legend>
              <input type="hidden" name={`doelen.${i}.doelId`} value={d.id} />
              <p className="text-sm text-slate-700">
                {d.leefgebied} · Zo weten we dat het gelukt is: {d.zichtbaarAan}
              </p>
              {d.voortgang && d.voortgang.length > 0 && (
                <div className="mt-2">
                  <p className="font-semibold">Zo gaat het volgens het huishouden (Mijn plan)</p>
                  <ul className="text-sm">
                    {d.voortgang.map((v) => <li key={v.op}>{formatDatumTijd(new Date(v.op))}: {v.schaal} van 5 · {VOORTGANG_SCHAAL[v.schaal]}. {v.tekst}</li>)}
                  </ul>
                </div>
              )}
              {d.acties.length > 0 && (
                <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
                  {d.acties.map((a) => (
                    <li key={a.wat}>
                      {a.wat} ({ACTIE_STATUS_LABELS[a.status].toLowerCase()})
                    </li>
                  ))}
                </ul>
              )}
              {groepFout(key)}
              <div className="mt-3 flex flex-wrap gap-x-6 gap-y-2" role="radiogroup" aria-label={`Resultaat van doel ${i + 1}`}>
                {DOEL_RESULTAAT_VALUES.map((r) => (
                  <div key={r} className="flex items-center gap-2">
                    <input id={`${key}-${r}`} type="radio" name={key} value={r} defaultChecked={gekozen === r} className="h-5 w-5 accent-brand-700" />
                    <label htmlFor={`${key}-${r}`}>{DOEL_RESULTAAT_LABELS[r]}</label>
                  </div>
                ))}
              </div>
              <div className="mt-3">
                <Field label="Toelichting" name={`doelen.${i}.toelichting`} optional>
                  <Textarea rows={2} defaultValue={values[`doelen.${i}.toelichting`] ?? ''} />
                </Field>
              </div>
            </fieldset>
          );
        })}
      </Section>

      <Section title="Zelfredzaamheid (ZRM)">
        <p className="mb-3 text-sm text-slate-700">Niet verplicht. Scoor alleen de domeinen die bij de vraag horen. 1 is acute problematiek, 5 is volledig zelfredzaam.</p>
        {laatsteScores.length > 0 && (
          <p className="mb-3 text-sm">
            Laatste scores: {laatsteScores.map((s) => `${s.naam}, ${ZRM_DOMEIN_LABELS[s.domein].toLowerCase()}: ${s.score}`).join('; ')}.
          </p>
        )}
        {ZRM_RIJEN.map((rij, i) => (
          <fieldset key={rij} className="mb-2 grid gap-x-4 sm:grid-cols-3">
            <legend className="sr-only">ZRM-score {i + 1}</legend>
            <Field label={`Persoon (score ${i + 1})`} name={`zrm.${rij}.persoonId`} errors={errors[`zrm.${rij}.persoonId`]}>
              <Select options={personen} placeholder="Kies" defaultValue={values[`zrm.${rij}.persoonId`] ?? ''} />
            </Field>
            <Field label={`Domein (score ${i + 1})`} name={`zrm.${rij}.domein`} errors={errors[`zrm.${rij}.domein`]}>
              <Select options={ZRM_DOMEIN_VALUES.map((d) => ({ value: d, label: ZRM_DOMEIN_LABELS[d] }))} placeholder="Kies" defaultValue={values[`zrm.${rij}.domein`] ?? ''} />
            </Field>
            <Field label={`Score (score ${i + 1})`} name={`zrm.${rij}.score`} errors={errors[`zrm.${rij}.score`]}>
              <Select options={ZRM_SCORES.map((s) => ({ value: String(s), label: `${s}: ${ZRM_SCORE_LABELS[s]}` }))} placeholder="Kies" defaultValue={values[`zrm.${rij}.score`] ?? ''} />
            </Field>
          </fieldset>
        ))}
      </Section>

      <Section title="Besluit">
        <div className="grid gap-x-6 sm:grid-cols-2">
          <Field label="Datum van de evaluatie" name="datum" errors={errors.datum}>
            <Input type="date" defaultValue={values.datum ?? vandaag} max={vandaag} />
          </Field>
        </div>
        <fieldset id="veld-besluit" tabIndex={-1} className={`mb-5 ${errors.besluit?.length ? 'border-l-4 border-red-700 pl-3' : ''}`}>
          <legend className="font-semibold">Wat besluiten jullie?</legend>
          {groepFout('besluit')}
          <div className="mt-2 grid gap-2">
            {besluiten.map((b) => (
              <div key={b} className="flex items-start gap-3">
                <input id={`besluit-${b}`} type="radio" name="besluit" value={b} checked={besluit === b} onChange={() => setBesluit(b)} className="mt-1 h-5 w-5 accent-brand-700" />
                <label htmlFor={`besluit-${b}`}>
                  {EVALUATIE_BESLUIT_LABELS[b]}
                  <span className="block text-sm text-slate-600">{BESLUIT_UITLEG[b]}</span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        {(besluit === 'VOORTZETTEN' || besluit === 'OPSCHALEN' || besluit === 'AFSCHALEN') && (
          <Field label="Volgende evaluatie" name="volgendeEvaluatie" errors={errors.volgendeEvaluatie}>
            <Input type="date" defaultValue={values.volgendeEvaluatie ?? ''} min={vandaag} />
          </Field>
        )}
        {besluit === 'AFSLUITEN' && (
          <>
            <Alert variant="info">Afsluiten kan niet zolang er een veiligheidsconsult openstaat. Met een blijvend veiligheidsrisico sluit alleen de teamleider af.</Alert>
            <Field label="Reden van afsluiten" name="afsluitreden" errors={errors.afsluitreden}>
              <Textarea rows={2} defaultValue={values.afsluitreden ?? ''} />
            </Field>
            <Field label="Waakvlam" name="waakvlamOp" hint="Op deze dag neem je contact op met het huishouden om te horen hoe het gaat." errors={errors.waakvlamOp}>
              <Input type="date" defaultValue={values.waakvlamOp ?? waakvlamStandaard} />
            </Field>
          </>
        )}
        <Field label="Toelichting bij het besluit" name="toelichting" optional errors={errors.toelichting}>
          <Textarea rows={3} defaultValue={values.toelichting ?? ''} />
        </Field>
      </Section>

      <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Evaluatie vastleggen'}</Button>
    </form>
  );
}
