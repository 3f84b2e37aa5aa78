'use client';
import { useActionState, useEffect, useMemo, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { NIVEAU_TONE } from './veiligheid-badge';
import { Button } from '@/components/ui/button';
import { Field, Select, Textarea } from '@/components/ui/field';
import type { Veiligheid } from '@/lib/domain/enums';
import { CONSULT_SOORT_LABELS, VEILIGHEID_LABELS } from '@/lib/domain/labels';
import { ANTWOORD_LABELS, ANTWOORD_VALUES, assessVeiligheid, VEILIGHEID_ADVIES, VEILIGHEID_CHECKLIST, voorlopigeUitkomst, type Antwoord } from '@/lib/domain/veiligheid';
import { antwoordKey } from '@/lib/validations/veiligheid';
import { RadioGroup } from '@/components/ui/radio-group';
import { submitWithoutReset } from './submit-without-reset';
import type { FormAction } from '@/lib/actions/states';

/** The standard checklist: the level follows from the answers as you go; you may raise it, never lower it. */
export function VeiligheidsanalyseForm({ action, huishoudenId }: { action: FormAction; huishoudenId: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const initial = state.values ?? {};
  const [antwoorden, setAntwoorden] = useState<Record<string, Antwoord>>(() =>
    Object.fromEntries(VEILIGHEID_CHECKLIST.map((i) => [i.code, initial[antwoordKey(i.code)] as Antwoord]).filter(([, v]) => v)),
  );
  const [eigenOordeel, setEigenOordeel] = useState<string>(initial.eigenOordeel ?? '');
  const [toelichting, setToelichting] = useState(initial.toelichting ?? '');
  // Recorded: the form starts empty for a next analysis; the history shows this one.
  useEffect(() => {
    if (!state.ok) return;
    setAntwoorden({});
    setEigenOordeel('');
    setToelichting('');
  }, [state]);
  const assessment = assessVeiligheid(antwoorden);
  const niveau = voorlopigeUitkomst(assessment, (eigenOordeel || null) as Veiligheid | null);
  const e = state.fieldErrors ?? {};
  const groepen = [...new Set(VEILIGHEID_CHECKLIST.map((i) => i.groep))];

  return (
    <form onSubmit={submitWithoutReset(formAction)} noValidate>
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      {state.formError && <Alert variant="error">{state.formError}</Alert>}
      {state.ok && state.message && <Alert variant="success">{state.message}</Alert>}
      {groepen.map((groep) => (
        <div key={groep} className="mb-4">
          <h3 className="mb-2 text-lg font-semibold text-slate-900">{groep}</h3>
          {VEILIGHEID_CHECKLIST.filter((i) => i.groep === groep).map((item) => (
            <RadioGroup
              key={item.code}
              legend={item.vraag}
              name={antwoordKey(item.code)}
              hint={item.hint}
              value={antwoorden[item.code] ?? ''}
              onChange={(value) => setAntwoorden((current) => ({ ...current, [item.code]: value as Antwoord }))}
              options={ANTWOORD_VALUES.map((value) => ({ value, label: ANTWOORD_LABELS[value] }))}
              errors={e[antwoordKey(item.code)]}
              inline
            />
          ))}
        </div>
      ))}
      <div className="mb-5 rounded border border-slate-300 bg-slate-50 p-4" aria-live="polite">
        <p className="font-semibold">
          Uitkomst: {niveau ? <Badge tone={NIVEAU_TONE[niveau]}>{VEILIGHEID_LABELS[niveau]}</Badge> : <Badge>Nog niet bekend</Badge>}
          {assessment.onbeantwoord.length > 0 && <span className="ml-2 font-normal text-slate-700">({assessment.onbeantwoord.length} vragen nog open)</span>}
        </p>
        <p className="mt-1 text-slate-800">{niveau ? VEILIGHEID_ADVIES[niveau] : 'De uitkomst volgt uit je antwoorden. Beantwoord elke vraag.'}</p>
      </div>
      <Field label="Jouw eigen inschatting" name="eigenOordeel" optional hint="Schat je de situatie ernstiger in dan de checklist? Kies dan een hoger niveau. Lager kan niet." errors={e.eigenOordeel}>
        <Select
          options={(['TWIJFEL', 'RISICO', 'ACUUT'] as Veiligheid[]).map((v) => ({ value: v, label: VEILIGHEID_LABELS[v] }))}
          placeholder="Zoals de checklist aangeeft"
          value={eigenOordeel}
          onChange={(event) => setEigenOordeel(event.target.value)}
        />
      </Field>
      <Field label="Toelichting" name="toelichting" hint="Welke signalen zag of hoorde je? Verplicht bij twijfel, risico of acuut." errors={e.toelichting}>
        <Textarea rows={4} value={toelichting} onChange={(event) => setToelichting(event.target.value)} />
      </Field>
      <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Veiligheidsanalyse vastleggen'}</Button>
    </form>
  );
}

export function RequestConsultForm({ action, huishoudenId }: { action: FormAction; huishoudenId: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const v = state.values ?? {};
  // Remount after every answer: a <select> does not take a changed defaultValue after React resets the form.
  const formKey = useMemo(() => crypto.randomUUID(), [state]);
  return (
    <form key={formKey} action={formAction} noValidate>
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      {state.formError && <Alert variant="error">{state.formError}</Alert>}
      {state.ok && state.message && <Alert variant="success">{state.message}</Alert>}
      <Field label="Soort consult" name="soort" errors={state.fieldErrors?.soort}>
        <Select options={(Object.entries(CONSULT_SOORT_LABELS) as [string, string][]).map(([value, label]) => ({ value, label }))} defaultValue={v.soort ?? 'NIET_PLUIS'} />
      </Field>
      <Field label="Je vraag aan de gedragswetenschapper" name="vraag" errors={state.fieldErrors?.vraag}>
        <Textarea rows={3} defaultValue={v.vraag ?? ''} />
      </Field>
      <Button variant="secondary" disabled={isPending}>{isPending ? 'Bezig…' : 'Consult aanvragen'}</Button>
    </form>
  );
}
