'use client';
import { useActionState, useEffect, useRef, useState, type ReactNode } from 'react';
import { unstable_rethrow } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { Section } from '@/components/ui/page';
import { BELASTING_LABELS, NETWERK_SOORT_LABELS, SIGNAAL_LABELS } from '@/lib/domain/labels';
import { DEELNEMER_ROL_LABELS, draftKey, formatTijd, SCREENING_LABELS, SCREENING_ONDERWERPEN } from '@/lib/domain/gesprek';
import type { Signaal, ZrmDomein } from '@/lib/domain/enums';
import { ZRM_DOMEIN_LABELS, ZRM_SCORE_LABELS, ZRM_SCORES } from '@/lib/domain/zrm';
import { gesprekKeys, rowCount, splitList } from '@/lib/validations/gesprek';
import { CheckboxGroup } from '@/components/ui/checkbox';
import { RadioGroup } from '@/components/ui/radio-group';
import { submitWithoutReset } from './submit-without-reset';
import type { FormAction, GesprekFormState } from '@/lib/actions/states';

export type GesprekFormProps = {
  action: FormAction<GesprekFormState>;
  huishoudenId: string;
  gesprekId: string | null;
  version: number;
  status: 'CONCEPT' | 'AFGEROND' | null;
  leden: { id: string; naam: string; kind: boolean }[];
  leefgebieden: { id: string; naam: string; zrmDomein: ZrmDomein | null }[];
  initialValues: Record<string, string>;
  /** Local drafts that the server now holds (after creating or afronden): removed on load. */
  clearDrafts: string[];
  veiligheidHref: string;
};

type Draft = { values: Record<string, string>; baseVersion: number; savedAt: number };
type Group = 'anderen' | 'mantelzorg' | 'netwerk';
const MIN_ROWS: Record<Group, number> = { anderen: 1, mantelzorg: 1, netwerk: 2 };

const sameValues = (a: Record<string, string>, b: Record<string, string>) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? '') === (b[k] ?? ''));
};

const CONNECTION_LOST =
  'Opslaan is niet gelukt: je sessie is verlopen of de verbinding viel weg. Je invoer staat nog in dit formulier en is op dit apparaat bewaard. Log in een nieuw tabblad opnieuw in en klik daarna hier nogmaals op opslaan.';

/**
 * The server action, with the one failure it cannot report itself: when the session ran out, the request never
 * reaches it (the proxy answers with the sign-in page) and the call throws. Then the form stays, with every value.
 * Navigation (the redirect after creating) passes through.
 */
async function saveKeepingInput(save: FormAction<GesprekFormState>, previous: GesprekFormState, formData: FormData): Promise<GesprekFormState> {
  try {
    return await save(previous, formData);
  } catch (error) {
    unstable_rethrow(error);
    const values: Record<string, string> = {};
    for (const [key, value] of formData.entries()) {
      if (typeof value !== 'string' || key.startsWith('$ACTION')) continue;
      values[key] = key in values ? `${values[key]},${value}` : value;
    }
    return { values, formError: CONNECTION_LOST };
  }
}

const readDraft = (key: string): Draft | null => {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
};

/**
 * The keukentafelgesprek. Nothing typed is lost (issue 4): every change is kept in this browser's storage at once
 * (keyed by household and gesprek) and offered back after a reload, a closed tab or a session timeout; "Concept
 * opslaan" stores it on the server as often as wanted, with the version it was loaded with so that two tabs cannot
 * overwrite each other; a validation error returns every value with a message at the field. The form needs
 * JavaScript (rows are added, the draft is kept in the browser): a caseworker's laptop has it.
 */
export function GesprekForm(props: GesprekFormProps) {
  const { huishoudenId, gesprekId, leden, leefgebieden } = props;
  const storageKey = draftKey(huishoudenId, gesprekId);
  const [state, formAction, isPending] = useActionState((previous: GesprekFormState, formData: FormData) => saveKeepingInput(props.action, previous, formData), {});
  const [values, setValues] = useState<Record<string, string>>(() => state.values ?? props.initialValues);
  const [extra, setExtra] = useState<Record<Group, number>>({ anderen: 0, mantelzorg: 0, netwerk: 0 });
  const [notice, setNotice] = useState<null | { kind: 'restored' | 'older'; draft: Draft }>(null);
  const [savedLocally, setSavedLocally] = useState<number | null>(null);
  const version = state.version ?? props.version;
  const changedByUser = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const e = state.fieldErrors ?? {};

  // On load: drop drafts the server now holds, then offer back what this browser kept.
  useEffect(() => {
    props.clearDrafts.forEach((key) => window.localStorage.removeItem(key));
    const draft = readDraft(storageKey);
    if (!draft) return;
    if (sameValues(draft.values, props.initialValues)) {
      window.localStorage.removeItem(storageKey);
      return;
    }
    if (draft.baseVersion === props.version) {
      setValues(draft.values);
      setNotice({ kind: 'restored', draft });
    } else {
      setNotice({ kind: 'older', draft });
    }
    // Only on load: later renders must not restore again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Autosave: every change goes to this browser's storage at once, so a reload or closed tab loses nothing.
  useEffect(() => {
    if (!changedByUser.current) return;
    const draft: Draft = { values, baseVersion: version, savedAt: Date.now() };
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(draft));
      setSavedLocally(draft.savedAt);
    } catch {
      setSavedLocally(null);
    }
  }, [values, version, storageKey]);

  // Saved on the server: the local copy is no longer needed. An error: show the summary.
  useEffect(() => {
    if (state.ok) {
      window.localStorage.removeItem(storageKey);
      changedByUser.current = false;
      setSavedLocally(null);
    }
    if (state.formError) summaryRef.current?.focus();
  }, [state, storageKey]);

  const set = (key: string, value: string) => {
    changedByUser.current = true;
    setValues((current) => ({ ...current, [key]: value }));
  };
  const rows = (group: Group) => Math.max(rowCount(values, group), extra[group], MIN_ROWS[group]);
  const addRow = (group: Group) => setExtra((current) => ({ ...current, [group]: rows(group) + 1 }));

  const text = (name: string, label: string, options: { hint?: ReactNode; rows?: number; optional?: boolean; type?: string } = {}) => (
    <Field label={label} name={name} hint={options.hint} errors={e[name]} optional={options.optional}>
      {options.rows ? (
        <Textarea rows={options.rows} value={values[name] ?? ''} onChange={(event) => set(name, event.target.value)} />
      ) : (
        <Input type={options.type ?? 'text'} value={values[name] ?? ''} onChange={(event) => set(name, event.target.value)} />
      )}
    </Field>
  );
  const select = (name: string, label: string, options: { value: string; label: string }[], placeholder?: string) => (
    <Field label={label} name={name} errors={e[name]}>
      <Select options={options} placeholder={placeholder} value={values[name] ?? ''} onChange={(event) => set(name, event.target.value)} />
    </Field>
  );

  const selectedLeefgebieden = splitList(values.leefgebieden);
  const volwassenen = leden.filter((l) => !l.kind);
  const kinderen = leden.filter((l) => l.kind);
  const errorList = Object.entries(e).flatMap(([key, messages]) => (messages ?? []).map((message) => ({ key, message })));

  const restore = (draft: Draft) => {
    changedByUser.current = true;
    setValues(draft.values);
    setNotice({ kind: 'restored', draft });
  };
  const discard = () => {
    window.localStorage.removeItem(storageKey);
    changedByUser.current = false;
    setValues(props.initialValues);
    setNotice(null);
  };

  return (
    <form onSubmit={submitWithoutReset(formAction)} noValidate>
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      <input type="hidden" name="gesprekId" value={gesprekId ?? ''} />
      <input type="hidden" name="version" value={version} />

      {notice?.kind === 'restored' && (
        <Alert variant="info" title="Concept hersteld">
          <p>
            Je invoer van {formatTijd(new Date(notice.draft.savedAt))} die nog niet was opgeslagen, staat weer in het formulier. Sla het
            concept op om het te bewaren.
          </p>
          <Button type="button" variant="link" onClick={discard}>
            Herstel ongedaan maken
          </Button>
        </Alert>
      )}
      {notice?.kind === 'older' && (
        <Alert variant="warning" title="Er staat een ouder concept op dit apparaat">
          <p>
            Op dit apparaat staat invoer van {formatTijd(new Date(notice.draft.savedAt))}, gemaakt op een eerdere versie van dit gesprek.
            Intussen is het gesprek opnieuw opgeslagen. Wil je die invoer terugzetten?
          </p>
          <div className="flex gap-4">
            <Button type="button" variant="link" onClick={() => restore(notice.draft)}>
              Toch terugzetten
            </Button>
            <Button type="button" variant="link" onClick={discard}>
              Weggooien
            </Button>
          </div>
        </Alert>
      )}

      {state.formError && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="mb-4 border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <p className="font-bold">{state.formError}</p>
          {errorList.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {errorList.map(({ key, message }) => (
                <li key={`${key}-${message}`}>
                  <a href={`#veld-${key}`} className="text-red-900 underline">
                    {message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.ok && state.message && <Alert variant="success">{state.message}</Alert>}

      <Section title="Het gesprek">
        <div className="grid gap-x-6 sm:grid-cols-2">
          {text('datum', 'Datum van het gesprek', { type: 'date' })}
          {text('plaats', 'Plaats', { hint: 'Bijvoorbeeld: bij de familie thuis, in het wijkcentrum.' })}
        </div>
        <CheckboxGroup
          legend="Wie uit het huishouden waren erbij?"
          name="deelnemers"
          selected={splitList(values.deelnemers)}
          onChange={(ids) => set('deelnemers', ids.join(','))}
          options={leden.map((l) => ({ value: l.id, label: l.naam, hint: l.kind ? 'kind' : undefined }))}
          errors={e.deelnemers}
          columns={2}
        />
        <h3 className="mb-2 font-semibold text-slate-900">Anderen die erbij waren</h3>
        {Array.from({ length: rows('anderen') }, (_, i) => (
          <fieldset key={i} className="mb-2 grid gap-x-6 sm:grid-cols-2">
            <legend className="sr-only">Andere deelnemer {i + 1}</legend>
            {text(gesprekKeys.andere(i, 'naam'), `Naam deelnemer ${i + 1}`, { optional: true })}
            {select(gesprekKeys.andere(i, 'rol'), `Rol deelnemer ${i + 1}`, Object.entries(DEELNEMER_ROL_LABELS).filter(([v]) => v !== 'HUISHOUDEN').map(([value, label]) => ({ value, label })), 'Kies een rol')}
          </fieldset>
        ))}
        <Button type="button" variant="secondary" className="mb-5" onClick={() => addRow('anderen')}>
          Deelnemer toevoegen
        </Button>
        <RadioGroup
          legend="Is onafhankelijke cliëntondersteuning aangeboden?"
          name="clientondersteuningAangeboden"
          hint="Wmo 2015: de inwoner kan gratis hulp krijgen van een onafhankelijke cliëntondersteuner."
          value={values.clientondersteuningAangeboden ?? ''}
          onChange={(value) => set('clientondersteuningAangeboden', value)}
          options={[{ value: 'ja', label: 'Ja' }, { value: 'nee', label: 'Nee' }]}
          errors={e.clientondersteuningAangeboden}
          inline
        />
        {text('clientondersteunerNaam', 'Naam van de cliëntondersteuner', { optional: true, hint: 'Als er een cliëntondersteuner bij het gesprek was of komt.' })}
      </Section>

      <Section title="Leefgebieden">
        <CheckboxGroup
          legend="Welke leefgebieden zijn besproken?"
          name="leefgebieden"
          hint="Per leefgebied vul je hieronder in hoe het gaat. Scoor de ZRM alleen voor de leefgebieden die bij de vraag horen."
          selected={selectedLeefgebieden}
          onChange={(ids) => set('leefgebieden', ids.join(','))}
          options={leefgebieden.map((l) => ({ value: l.id, label: l.naam }))}
          errors={e.leefgebieden}
          columns={3}
        />
        {leefgebieden
          .filter((lg) => selectedLeefgebieden.includes(lg.id))
          .map((lg) => (
            <fieldset key={lg.id} className="mb-6 rounded border border-slate-300 p-4">
              <legend className="px-1 text-lg font-bold text-slate-900">{lg.naam}</legend>
              <div className="grid gap-x-6 lg:grid-cols-2">
                {text(gesprekKeys.leefgebied(lg.id, 'situatie'), 'Hoe gaat het nu?', { rows: 3 })}
                {text(gesprekKeys.leefgebied(lg.id, 'gaatGoed'), 'Wat gaat goed?', { rows: 3 })}
                {text(gesprekKeys.leefgebied(lg.id, 'zorgen'), 'Zorgen', { rows: 3 })}
                {text(gesprekKeys.leefgebied(lg.id, 'eigenKracht'), 'Wat kunnen het huishouden en het netwerk zelf?', { rows: 3 })}
                {text(gesprekKeys.leefgebied(lg.id, 'wens'), 'Wens van het huishouden', { rows: 3 })}
              </div>
              {kinderen.map((kind) => {
                const filled = (['situatie', 'zorgen', 'wens'] as const).some((veld) => values[gesprekKeys.kind(lg.id, kind.id, veld)]);
                return (
                  <details key={kind.id} open={filled} className="mb-4 rounded bg-slate-50 p-3">
                    <summary className="cursor-pointer font-semibold text-brand-800">Kijk van {kind.naam}</summary>
                    <div className="mt-3 grid gap-x-6 lg:grid-cols-3">
                      {text(gesprekKeys.kind(lg.id, kind.id, 'situatie'), `Hoe ziet ${kind.naam} het?`, { rows: 2 })}
                      {text(gesprekKeys.kind(lg.id, kind.id, 'zorgen'), `Zorgen van ${kind.naam}`, { rows: 2 })}
                      {text(gesprekKeys.kind(lg.id, kind.id, 'wens'), `Wens van ${kind.naam}`, { rows: 2 })}
                    </div>
                  </details>
                );
              })}
              {lg.zrmDomein && volwassenen.length > 0 && (
                <div className="mt-2 border-t border-slate-200 pt-3">
                  <h3 className="mb-2 font-semibold text-slate-900">
                    Zelfredzaamheid ({ZRM_DOMEIN_LABELS[lg.zrmDomein]}) <span className="font-normal text-slate-600">(niet verplicht)</span>
                  </h3>
                  {volwassenen.map((lid) => (
                    <div key={lid.id} className="grid gap-x-6 sm:grid-cols-2">
                      {select(
                        gesprekKeys.zrmScore(lid.id, lg.zrmDomein!),
                        `ZRM-score ${lid.naam}`,
                        ZRM_SCORES.map((score) => ({ value: String(score), label: `${score} – ${ZRM_SCORE_LABELS[score]}` })),
                        'Niet gescoord',
                      )}
                      {text(gesprekKeys.zrmNotitie(lid.id, lg.zrmDomein!), `Toelichting score ${lid.naam}`, { optional: true })}
                    </div>
                  ))}
                </div>
              )}
            </fieldset>
          ))}
      </Section>

      <Section title="Mantelzorg">
        <p className="mb-3 text-slate-700">Wie zorgt er voor iemand in het huishouden, hoe zwaar is dat, en wat heeft de mantelzorger nodig?</p>
        {Array.from({ length: rows('mantelzorg') }, (_, i) => (
          <fieldset key={i} className="mb-4 grid gap-x-6 rounded border border-slate-200 p-3 sm:grid-cols-2">
            <legend className="px-1 font-semibold">Mantelzorger {i + 1}</legend>
            {text(gesprekKeys.mantelzorg(i, 'naam'), `Naam mantelzorger ${i + 1}`, { optional: true })}
            {text(gesprekKeys.mantelzorg(i, 'relatie'), `Relatie mantelzorger ${i + 1}`, { optional: true, hint: 'Bijvoorbeeld: dochter, buurman.' })}
            {select(gesprekKeys.mantelzorg(i, 'belasting'), `Hoe zwaar is de zorg voor mantelzorger ${i + 1}?`, Object.entries(BELASTING_LABELS).map(([value, label]) => ({ value, label })), 'Kies')}
            {text(gesprekKeys.mantelzorg(i, 'ondersteuningsbehoefte'), `Wat heeft mantelzorger ${i + 1} nodig?`, { optional: true })}
          </fieldset>
        ))}
        <Button type="button" variant="secondary" onClick={() => addRow('mantelzorg')}>
          Mantelzorger toevoegen
        </Button>
      </Section>

      <Section title="Netwerk">
        <p className="mb-3 text-slate-700">Personen en organisaties rond het huishouden, en wat elk kan bijdragen. Dit vormt de netwerkkaart.</p>
        {Array.from({ length: rows('netwerk') }, (_, i) => (
          <fieldset key={i} className="mb-4 grid gap-x-6 rounded border border-slate-200 p-3 sm:grid-cols-2 lg:grid-cols-3">
            <legend className="px-1 font-semibold">Netwerk {i + 1}</legend>
            {select(gesprekKeys.netwerk(i, 'soort'), `Soort netwerk ${i + 1}`, Object.entries(NETWERK_SOORT_LABELS).map(([value, label]) => ({ value, label })))}
            {text(gesprekKeys.netwerk(i, 'naam'), `Naam netwerk ${i + 1}`, { optional: true })}
            {text(gesprekKeys.netwerk(i, 'relatie'), `Relatie netwerk ${i + 1}`, { optional: true, hint: 'Bijvoorbeeld: oma, buurvrouw, voetbalclub.' })}
            {text(gesprekKeys.netwerk(i, 'bijdrage'), `Wat kan netwerk ${i + 1} bijdragen?`, { optional: true })}
            {text(gesprekKeys.netwerk(i, 'telefoon'), `Telefoon netwerk ${i + 1}`, { optional: true, type: 'tel' })}
          </fieldset>
        ))}
        <Button type="button" variant="secondary" onClick={() => addRow('netwerk')}>
          Persoon of organisatie toevoegen
        </Button>
      </Section>

      <Section title="Screening">
        <p className="mb-3 text-slate-700">Bespreek in elk gesprek armoede, schulden, onveiligheid en participatie.</p>
        <div className="grid gap-x-6 lg:grid-cols-2">
          {SCREENING_ONDERWERPEN.map((onderwerp) => (
            <RadioGroup
              key={onderwerp}
              legend={SCREENING_LABELS[onderwerp]}
              name={gesprekKeys.screening(onderwerp)}
              value={values[gesprekKeys.screening(onderwerp)] ?? 'NIET_BESPROKEN'}
              onChange={(value) => set(gesprekKeys.screening(onderwerp), value)}
              options={(Object.entries(SIGNAAL_LABELS) as [Signaal, string][]).map(([value, label]) => ({ value, label }))}
              errors={e[gesprekKeys.screening(onderwerp)]}
              inline
            />
          ))}
        </div>
        {values[gesprekKeys.screening('onveiligheid')] === 'SIGNAAL' && (
          <Alert variant="warning" title="Signaal van onveiligheid">
            Doe ook de <a href={props.veiligheidHref}>veiligheidsanalyse</a>: bij twijfel of risico wordt de gedragswetenschapper
            ingeschakeld.
          </Alert>
        )}
        {text('screeningToelichting', 'Toelichting op de screening', { rows: 3, optional: true, hint: 'Verplicht als een onderwerp niet besproken is: waarom niet?' })}
      </Section>

      <Section title="Samenvatting en afspraken">
        <p className="mb-3 text-slate-700">Dit komt in het verslag voor de inwoner. Schrijf in gewone taal en in de u-vorm.</p>
        {text('samenvatting', 'Wat we hebben besproken', { rows: 4, optional: true })}
        {text('afspraken', 'Wat we hebben afgesproken', { rows: 4, hint: 'Eén afspraak per regel: wie doet wat, en wanneer.' })}
        {text('vervolg', 'Wat er nu gaat gebeuren', { rows: 3, optional: true, hint: 'Eén stap per regel.' })}
      </Section>

      <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-4 border-t border-slate-300 bg-white px-4 py-3">
        {props.status !== 'AFGEROND' && (
          <Button name="intent" value="concept" variant="secondary" disabled={isPending}>
            {isPending ? 'Bezig…' : 'Concept opslaan'}
          </Button>
        )}
        <Button name="intent" value="afronden" disabled={isPending}>
          {props.status === 'AFGEROND' ? 'Wijzigingen opslaan' : 'Gesprek afronden'}
        </Button>
        <p className="text-sm text-slate-700" aria-live="polite">
          {savedLocally ? `Op dit apparaat bewaard om ${formatTijd(new Date(savedLocally))}; nog niet opgeslagen.` : ''}
        </p>
      </div>
    </form>
  );
}
