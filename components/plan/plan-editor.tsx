'use client';
import { useActionState, useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { Section, slug } from '@/components/ui/page';
import { ACTIE_STATUS_VALUES, ARRANGEMENT_SOORT_VALUES, HORIZON_VALUES, UITVOERDER_VALUES, type Leveringsvorm } from '@/lib/domain/enums';
import { ACTIE_STATUS_LABELS, ARRANGEMENT_SOORT_LABELS, HORIZON_LABELS, LEVERINGSVORM_LABELS, UITVOERDER_LABELS } from '@/lib/domain/labels';
import { ConflictMelding } from './plan-forms';
import type { FormAction, PlanFormState } from '@/lib/actions/states';

type Keuze = { value: string; label: string };
export type PlanEditorProps = {
  /** Save the concept; start a new version when this one was vastgesteld meanwhile. */
  actions: { opslaan: FormAction<PlanFormState>; nieuweVersie: FormAction<PlanFormState> };
  huishoudenId: string;
  versienummer: number;
  initialValues: Record<string, string>;
  keuzes: {
    leefgebieden: Keuze[];
    personen: Keuze[];
    medewerkers: Keuze[];
    voorzieningen: Keuze[];
    producten: (Keuze & { leveringsvormen: Leveringsvorm[] })[];
    partners?: Keuze[];
  };
};

const LIJSTEN = ['vragen', 'doelen', 'acties', 'arrangement'] as const;
type Lijst = (typeof LIJSTEN)[number];

// What a new row starts with: the choice most often made.
const NIEUW: Record<Lijst, Record<string, string>> = {
  vragen: {},
  doelen: { horizon: 'EERSTE_STAP' },
  acties: { wie: 'INWONER', status: 'OPEN' },
  arrangement: { soort: 'EIGEN_KRACHT' },
};

/** The row tokens of a list in the flat values, in their order (as lib/validations/plan reads them). */
const rijen = (values: Record<string, string>, lijst: Lijst): string[] => {
  const keys: string[] = [];
  for (const key of Object.keys(values)) {
    const [l, rij] = key.split('.');
    if (l === lijst && rij && !keys.includes(rij)) keys.push(rij);
  }
  return keys;
};

const opties = (labels: Record<string, string>, values: readonly string[]) => values.map((v) => ({ value: v, label: labels[v] }));
const kort = (tekst: string, max = 60) => (tekst.length > max ? `${tekst.slice(0, max - 1)}…` : tekst);

/**
 * The concept of the ondersteuningsplan: what goes well, questions per leefgebied, goals in the household's own
 * words, who does what, the arrangement and how it is monitored. Rows can be added and removed; each keeps its own
 * token in the field names, so values and errors stay with their row. Saving sends the version the form was loaded
 * with; if someone else saved in between, nothing is overwritten and the message says what they changed.
 */
export function PlanEditor({ actions, huishoudenId, versienummer, initialValues, keuzes }: PlanEditorProps) {
  const [state, formAction, isPending] = useActionState(actions.opslaan, {});
  // Offered when the version was vastgesteld while this editor was open: a new version copies the vastgesteld one.
  const [nieuweVersieState, nieuweVersieFormAction, nieuweVersiePending] = useActionState(actions.nieuweVersie, {});
  // A plan without goals starts with one empty goal, so the first can be typed at once (an empty row is not saved).
  const zonderDoelen = rijen(initialValues, 'doelen').length === 0;
  const [values, setValues] = useState<Record<string, string>>(() =>
    zonderDoelen ? { ...initialValues, 'doelen.n1.horizon': NIEUW.doelen.horizon } : initialValues,
  );
  const [rows, setRows] = useState<Record<Lijst, string[]>>(() => {
    const initial = Object.fromEntries(LIJSTEN.map((l) => [l, rijen(initialValues, l)])) as Record<Lijst, string[]>;
    if (zonderDoelen) initial.doelen = ['n1'];
    return initial;
  });
  // Rows ticked for removal, per list (issue 16 item 16: a long plan had its rows removable only one by one).
  const [gekozen, setGekozen] = useState<Record<Lijst, string[]>>({ vragen: [], doelen: [], acties: [], arrangement: [] });
  const teller = useRef(100);
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = state.fieldErrors ?? {};

  useEffect(() => {
    if (state.formError) summaryRef.current?.focus();
  }, [state]);

  const v = (key: string) => values[key] ?? '';
  const set = (key: string, value: string) => setValues((prev) => ({ ...prev, [key]: value }));
  const add = (lijst: Lijst) => {
    const key = `n${++teller.current}`;
    setValues((prev) => ({ ...prev, ...Object.fromEntries(Object.entries(NIEUW[lijst]).map(([veld, w]) => [`${lijst}.${key}.${veld}`, w])) }));
    setRows((prev) => ({ ...prev, [lijst]: [...prev[lijst], key] }));
  };
  const removeAll = (lijst: Lijst, keys: string[]) => {
    setRows((prev) => ({ ...prev, [lijst]: prev[lijst].filter((k) => !keys.includes(k)) }));
    setValues((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => !keys.some((key) => k.startsWith(`${lijst}.${key}.`)))));
    setGekozen((prev) => ({ ...prev, [lijst]: prev[lijst].filter((k) => !keys.includes(k)) }));
  };
  const remove = (lijst: Lijst, key: string) => removeAll(lijst, [key]);
  const kies = (lijst: Lijst, key: string, aan: boolean) =>
    setGekozen((prev) => ({ ...prev, [lijst]: aan ? [...prev[lijst], key] : prev[lijst].filter((k) => k !== key) }));
  /** "Geselecteerde doelen verwijderen (2)": under a list, once a row is ticked. */
  const verwijderGekozen = (lijst: Lijst, meervoud: string) => {
    const keys = gekozen[lijst].filter((k) => rows[lijst].includes(k));
    return keys.length > 0 ? (
      <Button type="button" variant="secondary" className="ml-3" onClick={() => removeAll(lijst, keys)}>
        Geselecteerde {meervoud} verwijderen ({keys.length})
      </Button>
    ) : null;
  };

  const text = (key: string, label: string, opts: { hint?: ReactNode; optional?: boolean; type?: string; area?: boolean; rows?: number } = {}) => (
    <Field label={label} name={key} hint={opts.hint} optional={opts.optional} errors={errors[key]}>
      {opts.area ? (
        <Textarea rows={opts.rows ?? 3} value={v(key)} onChange={(e) => set(key, e.target.value)} />
      ) : (
        <Input type={opts.type ?? 'text'} value={v(key)} onChange={(e) => set(key, e.target.value)} />
      )}
    </Field>
  );
  const select = (key: string, label: string, options: Keuze[], opts: { placeholder?: string; hint?: ReactNode; optional?: boolean } = {}) => (
    <Field label={label} name={key} hint={opts.hint} optional={opts.optional} errors={errors[key]}>
      <Select options={options} placeholder={opts.placeholder} value={v(key)} onChange={(e) => set(key, e.target.value)} />
    </Field>
  );
  const rowShell = (lijst: Lijst, key: string, legend: string, children: ReactNode) => (
    <fieldset key={key} className="mb-4 rounded border border-slate-300 p-4">
      <legend className="px-1 font-bold text-slate-900">{legend}</legend>
      {lijst === 'doelen' && <input type="hidden" name={`doelen.${key}.sleutel`} value={key} />}
      {children}
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <Button type="button" variant="link" onClick={() => remove(lijst, key)}>
          {legend} verwijderen
        </Button>
        {/* No name: a choice for the buttons below the list, never sent with the plan. */}
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" className="h-5 w-5 accent-brand-700" checked={gekozen[lijst].includes(key)} onChange={(e) => kies(lijst, key, e.target.checked)} />
          {legend} selecteren
        </label>
      </div>
    </fieldset>
  );

  const doelKeuzes = rows.doelen.map((key, i) => ({ value: key, label: `Doel ${i + 1}${v(`doelen.${key}.omschrijving`) ? `: ${kort(v(`doelen.${key}.omschrijving`))}` : ''}` }));
  const errorList = Object.entries(errors).flatMap(([key, messages]) => (messages ?? []).map((message) => ({ key, message })));

  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      <input type="hidden" name="versieId" value={v('versieId')} />
      <input type="hidden" name="version" value={v('version')} />

      {state.formError && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="mb-4 border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <p className="font-bold">{state.formError}</p>
          {state.conflict && <ConflictMelding regels={state.conflict} />}
          {state.vastgesteld && (
            <div className="mt-3">
              {nieuweVersieState.formError && <p className="mb-2">{nieuweVersieState.formError}</p>}
              <Button formAction={nieuweVersieFormAction} variant="secondary" disabled={nieuweVersiePending}>
                {nieuweVersiePending ? 'Bezig…' : 'Nieuwe versie maken'}
              </Button>
            </div>
          )}
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

      <nav aria-label="Onderdelen van het plan" className="sticky top-0 z-10 mb-4 rounded border border-slate-200 bg-white/95 p-3 shadow-sm">
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {[
            ['Wat gaat goed', null],
            ['Vragen en zorgen per leefgebied', rows.vragen.length],
            ['Doelen', rows.doelen.length],
            ['Wie doet wat', rows.acties.length],
            ['Arrangement: wie helpt', rows.arrangement.length],
            ['Bewaken en evalueren', null],
          ].map(([titel, aantal]) => (
            <li key={titel}>
              <a href={`#${slug(String(titel))}`}>{titel}</a>
              {aantal !== null && <span className="text-slate-600"> ({aantal})</span>}
            </li>
          ))}
        </ul>
      </nav>

      <p className="mb-4 text-slate-700">
        Concept, versie {versienummer}. Schrijf de doelen op in de woorden van het huishouden. Lege regels worden niet opgeslagen.
      </p>

      <Section title="Wat gaat goed">
        {text('watGaatGoed', 'Wat gaat er goed?', { area: true, optional: true, hint: 'De sterke kanten en wat het huishouden al zelf doet.' })}
      </Section>

      <Section title="Vragen en zorgen per leefgebied">
        {rows.vragen.map((key, i) =>
          rowShell('vragen', key, `Vraag ${i + 1}`, (
            <div className="grid gap-x-6 sm:grid-cols-3">
              <div>{select(`vragen.${key}.leefgebiedId`, 'Leefgebied', keuzes.leefgebieden, { placeholder: 'Kies een leefgebied' })}</div>
              <div className="sm:col-span-2">{text(`vragen.${key}.tekst`, 'Vraag of zorg', { area: true, rows: 2 })}</div>
            </div>
          )),
        )}
        <Button type="button" variant="secondary" onClick={() => add('vragen')}>
          Vraag toevoegen
        </Button>
        {verwijderGekozen('vragen', 'vragen')}
      </Section>

      <Section title="Doelen">
        {rows.doelen.map((key, i) =>
          rowShell('doelen', key, `Doel ${i + 1}`, (
            <>
              {text(`doelen.${key}.omschrijving`, 'Doel in de woorden van het huishouden', { area: true, rows: 2, hint: 'Bijvoorbeeld: "Ik wil elke week weten hoeveel geld ik nog heb."' })}
              <div className="grid gap-x-6 sm:grid-cols-3">
                <div>{select(`doelen.${key}.leefgebiedId`, 'Leefgebied', keuzes.leefgebieden, { placeholder: 'Kies een leefgebied' })}</div>
                <div>{select(`doelen.${key}.horizon`, 'Wanneer bereikt', opties(HORIZON_LABELS, HORIZON_VALUES))}</div>
                <div>{select(`doelen.${key}.persoonId`, 'Voor wie', keuzes.personen, { placeholder: 'Het hele huishouden', optional: true })}</div>
              </div>
              {text(`doelen.${key}.zichtbaarAan`, 'Zo weten we dat het gelukt is', { area: true, rows: 2 })}
            </>
          )),
        )}
        <Button type="button" variant="secondary" onClick={() => add('doelen')}>
          Doel toevoegen
        </Button>
        {verwijderGekozen('doelen', 'doelen')}
      </Section>

      <Section title="Wie doet wat">
        {rows.acties.map((key, i) =>
          rowShell('acties', key, `Actie ${i + 1}`, (
            <>
              {text(`acties.${key}.wat`, 'Wat gebeurt er', { area: true, rows: 2 })}
              <div className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-4">
                <div>{select(`acties.${key}.wie`, 'Wie doet het', opties(UITVOERDER_LABELS, UITVOERDER_VALUES))}</div>
                <div>{text(`acties.${key}.wieNaam`, 'Naam', { optional: true })}</div>
                <div>{text(`acties.${key}.uiterlijk`, 'Uiterlijk', { type: 'date', optional: true })}</div>
                <div>{select(`acties.${key}.status`, 'Status', opties(ACTIE_STATUS_LABELS, ACTIE_STATUS_VALUES))}</div>
              </div>
              {select(`acties.${key}.doel`, 'Bij doel', doelKeuzes, { placeholder: 'Geen doel in het bijzonder', optional: true })}
              {keuzes.partners?.length ? (
                <div className="grid gap-x-6 sm:grid-cols-2">
                  <div>
                    {select(`acties.${key}.partnerOrganisatieId`, 'Ketenpartner die het uitvoert', keuzes.partners, {
                      placeholder: 'Geen ketenpartner', optional: true,
                      hint: 'De ketenpartner ziet deze actie en het doel erbij, alleen met toestemming van het huishouden.',
                    })}
                  </div>
                  <div className="mt-8 flex items-center gap-3">
                    <input
                      id={`veld-acties.${key}.gedeeld`}
                      type="checkbox"
                      name={`acties.${key}.gedeeld`}
                      checked={v(`acties.${key}.gedeeld`) === 'on'}
                      onChange={(e) => set(`acties.${key}.gedeeld`, e.target.checked ? 'on' : '')}
                      className="h-5 w-5 accent-brand-700"
                    />
                    <label htmlFor={`veld-acties.${key}.gedeeld`}>Andere ketenpartners van het huishouden zien deze actie ook</label>
                  </div>
                </div>
              ) : null}
            </>
          )),
        )}
        <Button type="button" variant="secondary" onClick={() => add('acties')}>
          Actie toevoegen
        </Button>
        {verwijderGekozen('acties', 'acties')}
      </Section>

      <Section title="Arrangement: wie helpt">
        <p className="mb-4 text-sm text-slate-700">
          Eerst eigen kracht, dan het netwerk, dan algemene voorzieningen van de sociale kaart; maatwerk uit de productcatalogus pas als dat niet
          genoeg is. Voor elk maatwerkonderdeel maakt het vaststellen een aanvraag voor de backoffice.
        </p>
        {rows.arrangement.map((key, i) => {
          const soort = v(`arrangement.${key}.soort`);
          const product = keuzes.producten.find((p) => p.value === v(`arrangement.${key}.productId`));
          const overwogenKey = `arrangement.${key}.overwogen`;
          return rowShell('arrangement', key, `Hulp ${i + 1}`, (
            <>
              <div className="grid gap-x-6 sm:grid-cols-3">
                <div>{select(`arrangement.${key}.soort`, 'Soort hulp', opties(ARRANGEMENT_SOORT_LABELS, ARRANGEMENT_SOORT_VALUES))}</div>
                <div className="sm:col-span-2">{text(`arrangement.${key}.omschrijving`, 'Omschrijving')}</div>
              </div>
              {soort === 'ALGEMENE_VOORZIENING' &&
                select(`arrangement.${key}.voorzieningId`, 'Voorziening van de sociale kaart', keuzes.voorzieningen, { placeholder: 'Kies een voorziening' })}
              {soort === 'MAATWERK' && (
                <>
                  <div className="grid gap-x-6 sm:grid-cols-3">
                    <div className="sm:col-span-2">{select(`arrangement.${key}.productId`, 'Product uit de catalogus', keuzes.producten, { placeholder: 'Kies een product' })}</div>
                    <div>{select(`arrangement.${key}.persoonId`, 'Voor wie', keuzes.personen, { placeholder: 'Kies een persoon' })}</div>
                  </div>
                  {select(
                    `arrangement.${key}.leveringsvorm`,
                    'Leveringsvorm',
                    (product?.leveringsvormen ?? ['ZIN', 'PGB']).map((l) => ({ value: l, label: LEVERINGSVORM_LABELS[l] })),
                    { placeholder: 'Kies zorg in natura of pgb' },
                  )}
                  <fieldset
                    id={`veld-${overwogenKey}`}
                    tabIndex={-1}
                    className={`mb-5 ${errors[overwogenKey]?.length ? 'border-l-4 border-red-700 pl-3' : ''}`}
                    aria-describedby={errors[overwogenKey]?.length ? `veld-${overwogenKey}-fout` : undefined}
                  >
                    <legend className="font-semibold text-slate-900">Eerst overwogen (Wmo 2015 art. 2.3.2 lid 4)</legend>
                    {errors[overwogenKey]?.length ? (
                      <p id={`veld-${overwogenKey}-fout`} className="mt-1 font-semibold text-red-700">
                        <span className="sr-only">Fout: </span>
                        {errors[overwogenKey]!.join(' ')}
                      </p>
                    ) : null}
                    {(
                      [
                        ['eigenKrachtOverwogen', 'Eigen kracht is overwogen'],
                        ['netwerkOverwogen', 'Het netwerk is overwogen'],
                        ['algemeneVoorzieningOverwogen', 'Algemene voorzieningen zijn overwogen'],
                      ] as const
                    ).map(([veld, label]) => {
                      const name = `arrangement.${key}.${veld}`;
                      return (
                        <div key={veld} className="mt-2 flex items-center gap-3">
                          <input
                            id={`veld-${name}`}
                            type="checkbox"
                            name={name}
                            checked={v(name) === 'on'}
                            onChange={(e) => set(name, e.target.checked ? 'on' : '')}
                            className="h-5 w-5 accent-brand-700"
                          />
                          <label htmlFor={`veld-${name}`}>{label}</label>
                        </div>
                      );
                    })}
                  </fieldset>
                  {text(`arrangement.${key}.overwegingToelichting`, 'Waarom is maatwerk nodig', { area: true, rows: 2, optional: true })}
                </>
              )}
            </>
          ));
        })}
        <Button type="button" variant="secondary" onClick={() => add('arrangement')}>
          Hulp toevoegen
        </Button>
        {verwijderGekozen('arrangement', 'hulp')}
      </Section>

      <Section title="Bewaken en evalueren">
        <div className="grid gap-x-6 sm:grid-cols-3">
          <div>{select('monitorDoorId', 'Wie bewaakt het plan', keuzes.medewerkers, { placeholder: 'Kies een medewerker' })}</div>
          <div>{select('contactpersoonId', 'Contactpersoon voor het huishouden', keuzes.medewerkers, { placeholder: 'Kies een medewerker', optional: true })}</div>
          <div>{text('evaluatieDatum', 'Evaluatiedatum', { type: 'date' })}</div>
        </div>
      </Section>

      <div className="flex flex-wrap gap-3">
        <Button name="verder" value="blijven" disabled={isPending}>
          {isPending ? 'Bezig met opslaan…' : 'Concept opslaan'}
        </Button>
        <Button name="verder" value="plan" variant="secondary" disabled={isPending}>
          Opslaan en naar het plan
        </Button>
      </div>
    </form>
  );
}
