'use client';
import { useActionState, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { EENHEID_LABELS, EENHEID_VALUES, FREQUENTIE_LABELS, FREQUENTIE_VALUES, LEVERINGSVORM_LABELS } from '@/lib/domain/labels';
import type { BeschikkingFormulier, ProductRegelWaarden } from '@/lib/server/beschikking/get-beschikking-formulier';
import { FormOutcome } from './form-outcome';
import type { FormAction } from '@/lib/actions/states';

const CONTROL = 'block w-full rounded border-2 border-slate-700 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700';

const BESLUIT_OPTIES = [
  { value: 'TOEKENNING', label: 'Toekenning', hint: 'De inwoner krijgt wat nodig is.' },
  { value: 'GEDEELTELIJKE_TOEKENNING', label: 'Gedeeltelijke toekenning', hint: 'Een deel wordt toegekend; de motivering legt uit wat niet en waarom.' },
  { value: 'AFWIJZING', label: 'Afwijzing', hint: 'Geen producten; de motivering legt uit waarom.' },
];

const VERVALREDEN_OPTIES = [
  { value: 'INGETROKKEN_OVERHEID', label: 'De gemeente wijzigt of trekt in' },
  { value: 'INGETROKKEN_BELANGHEBBENDE', label: 'Op verzoek van de inwoner' },
];

const LEEG: ProductRegelWaarden = { productId: '', leveringsvorm: 'ZIN', volume: '', eenheid: '', frequentie: '', budget: '', ingangsdatum: '', einddatum: '', aanbiederId: '', pgbMotivering: '' };

type Rij = { key: string; productId: string; leveringsvorm: string };

/** The beschikking concept: the besluit, its legal ground and motivation, and per product the omvang, dates, form and aanbieder. */
export function BeschikkingForm({ action, formulier }: { action: FormAction; formulier: BeschikkingFormulier }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const v = state.values;
  const e = state.fieldErrors ?? {};
  const w = formulier.waarden;
  const intrekking = w.besluit === 'INTREKKING';
  const [besluit, setBesluit] = useState(v?.besluit ?? w.besluit);
  const beginRijen = w.producten.map((p, i) => ({ key: `r${i}`, productId: p.productId, leveringsvorm: p.leveringsvorm, waarden: p }));
  const [rijen, setRijen] = useState<(Rij & { waarden?: ProductRegelWaarden })[]>(beginRijen);
  const teller = useRef(beginRijen.length);
  // The rows on screen are the rows that were submitted, so after a refused save the values the server sends back
  // (keyed by row) fill the same rows again.
  const waarde = (key: string, veld: keyof ProductRegelWaarden, rij?: ProductRegelWaarden) => v?.[`producten.${key}.${veld}`] ?? rij?.[veld] ?? '';
  const zetRij = (key: string, patch: Partial<Rij>) => setRijen((huidig) => huidig.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const voegToe = () => {
    const key = `n${teller.current++}`;
    setRijen((huidig) => [...huidig, { key, productId: '', leveringsvorm: 'ZIN', waarden: { ...LEEG, ingangsdatum: w.producten[0]?.ingangsdatum ?? '' } }]);
  };
  const verwijder = (key: string) => setRijen((huidig) => huidig.filter((r) => r.key !== key));
  const zichtbareRijen = rijen;

  const labels: Record<string, string> = {
    besluit: 'Besluit', vervalredenVorig: 'Waarom het vorige besluit vervalt', intrekkingPer: 'Ingetrokken per',
    wettelijkeGrondslag: 'Wettelijke grondslag', motivering: 'Motivering', producten: 'Producten',
  };
  zichtbareRijen.forEach((r, i) => {
    for (const [veld, label] of Object.entries(VELD_LABELS)) labels[`producten.${r.key}.${veld}`] = `Product ${i + 1}: ${label.toLowerCase()}`;
  });

  // React resets a form after its action; a <select> would then fall back to the option it had on first render and
  // lose what was chosen. A new key per submit renders the fields afresh with the values the server sent back.
  const poging = useRef({ state, teller: 0 });
  if (poging.current.state !== state) poging.current = { state, teller: poging.current.teller + 1 };

  return (
    <form key={poging.current.teller} action={formAction} noValidate>
      {formulier.beschikkingId && <input type="hidden" name="beschikkingId" value={formulier.beschikkingId} />}
      {formulier.aanvraagId && !formulier.beschikkingId && <input type="hidden" name="aanvraagId" value={formulier.aanvraagId} />}
      {formulier.version !== null && <input type="hidden" name="version" value={formulier.version} />}
      <ErrorSummary errors={e} labels={labels} focusKey={state} />
      <FormOutcome state={{ ...state, formError: Object.keys(e).length ? undefined : state.formError }} />

      {intrekking ? (
        <>
          <input type="hidden" name="besluit" value="INTREKKING" />
          <Field label="Ingetrokken per" name="intrekkingPer" hint="De eerste dag waarop het besluit niet meer geldt. Toewijzingen eindigen de dag ervoor." errors={e.intrekkingPer}>
            <Input type="date" defaultValue={v?.intrekkingPer ?? w.intrekkingPer} className="max-w-xs" />
          </Field>
        </>
      ) : (
        <RadioGroup legend="Besluit" name="besluit" options={BESLUIT_OPTIES} defaultValue={besluit} onChange={setBesluit} errors={e.besluit} />
      )}
      {formulier.vorig && (
        <RadioGroup
          legend="Waarom het vorige besluit vervalt"
          hint={`Besluit ${formulier.vorig.identificatie} vervalt zodra dit besluit is vastgesteld.`}
          name="vervalredenVorig"
          options={VERVALREDEN_OPTIES}
          defaultValue={v?.vervalredenVorig ?? w.vervalredenVorig}
          errors={e.vervalredenVorig}
          inline
        />
      )}
      <Field label="Wettelijke grondslag" name="wettelijkeGrondslag" hint="De artikelen van wet en verordening waarop het besluit steunt." errors={e.wettelijkeGrondslag}>
        <Textarea rows={2} defaultValue={v?.wettelijkeGrondslag ?? w.wettelijkeGrondslag} />
      </Field>
      <Field label="Motivering" name="motivering" hint="Voor de inwoner, in de u-vorm en gewone taal: waarom dit besluit, met verwijzing naar het onderzoek en het plan." errors={e.motivering}>
        <Textarea rows={6} defaultValue={v?.motivering ?? w.motivering} />
      </Field>

      {!intrekking && besluit !== 'AFWIJZING' && (
        <section aria-labelledby="producten-kop" className="mb-6">
          <h2 id="producten-kop" className="mb-1 text-lg font-bold text-slate-900">Producten</h2>
          <p className="mb-3 text-sm text-slate-700">
            Per product: de omvang (volume, eenheid en frequentie) of een budget, de looptijd en de leveringsvorm. Bij zorg in natura kies je de aanbieder; aanbieders met een contract voor het product staan bovenaan. Een pgb vraagt een motivering.
          </p>
          {e.producten && <p id="veld-producten-fout" className="mb-2 font-semibold text-red-700">{e.producten.join(' ')}</p>}
          {zichtbareRijen.map((rij, i) => (
            <ProductRij
              key={rij.key}
              nummer={i + 1}
              rij={rij}
              formulier={formulier}
              waarde={(veld) => waarde(rij.key, veld, rij.waarden)}
              errors={e}
              onProduct={(productId) => zetRij(rij.key, { productId })}
              onLeveringsvorm={(leveringsvorm) => zetRij(rij.key, { leveringsvorm })}
              onVerwijder={zichtbareRijen.length > 1 ? () => verwijder(rij.key) : undefined}
            />
          ))}
          <Button type="button" variant="secondary" onClick={voegToe}>Product toevoegen</Button>
        </section>
      )}

      <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Concept opslaan'}</Button>
    </form>
  );
}

const VELD_LABELS: Record<keyof ProductRegelWaarden, string> = {
  productId: 'Product uit de catalogus', leveringsvorm: 'Leveringsvorm', volume: 'Volume', eenheid: 'Eenheid', frequentie: 'Frequentie',
  budget: 'Budget', ingangsdatum: 'Ingangsdatum', einddatum: 'Einddatum', aanbiederId: 'Aanbieder', pgbMotivering: 'Motivering pgb',
};

function ProductRij({
  nummer, rij, formulier, waarde, errors, onProduct, onLeveringsvorm, onVerwijder,
}: {
  nummer: number;
  rij: Rij;
  formulier: BeschikkingFormulier;
  waarde: (veld: keyof ProductRegelWaarden) => string;
  errors: Record<string, string[] | undefined>;
  onProduct: (productId: string) => void;
  onLeveringsvorm: (leveringsvorm: string) => void;
  onVerwijder?: () => void;
}) {
  const naam = (veld: keyof ProductRegelWaarden) => `producten.${rij.key}.${veld}`;
  const fout = (veld: keyof ProductRegelWaarden) => errors[naam(veld)];
  const product = formulier.producten.find((p) => p.id === rij.productId);
  const metContract = formulier.aanbieders.filter((a) => rij.productId && a.productIds.includes(rij.productId));
  const overige = formulier.aanbieders.filter((a) => !metContract.includes(a));
  return (
    <fieldset className="mb-4 rounded border border-slate-300 p-4">
      <legend className="px-1 font-semibold text-slate-900">Product {nummer}</legend>
      <Field label={VELD_LABELS.productId} name={naam('productId')} errors={fout('productId')}>
        <Select
          options={formulier.producten.map((p) => ({ value: p.id, label: `${p.code} ${p.naam}` }))}
          placeholder="Kies een product"
          defaultValue={waarde('productId')}
          onChange={(event) => onProduct(event.target.value)}
        />
      </Field>
      <RadioGroup
        legend={VELD_LABELS.leveringsvorm}
        name={naam('leveringsvorm')}
        defaultValue={rij.leveringsvorm}
        onChange={onLeveringsvorm}
        errors={fout('leveringsvorm')}
        inline
        options={(['ZIN', 'PGB'] as const)
          .filter((l) => !product || product.leveringsvormen.includes(l))
          .map((l) => ({ value: l, label: LEVERINGSVORM_LABELS[l] }))}
      />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <Field label={VELD_LABELS.volume} name={naam('volume')} hint="Een heel getal" errors={fout('volume')}>
          <Input type="number" inputMode="numeric" min={1} defaultValue={waarde('volume')} />
        </Field>
        <Field label={VELD_LABELS.eenheid} name={naam('eenheid')} errors={fout('eenheid')}>
          <Select options={EENHEID_VALUES.map((c) => ({ value: c, label: `${EENHEID_LABELS[c]} (${c})` }))} placeholder="Kies" defaultValue={waarde('eenheid') || product?.eenheid || ''} />
        </Field>
        <Field label={VELD_LABELS.frequentie} name={naam('frequentie')} errors={fout('frequentie')}>
          <Select options={FREQUENTIE_VALUES.map((c) => ({ value: c, label: `${FREQUENTIE_LABELS[c]} (${c})` }))} placeholder="Kies" defaultValue={waarde('frequentie') || product?.standaardFrequentie || ''} />
        </Field>
      </div>
      <Field label={VELD_LABELS.budget} name={naam('budget')} optional hint="In euro, bijvoorbeeld 2500,00. Voor een toekenning in geld of een pgb." errors={fout('budget')}>
        <Input inputMode="decimal" defaultValue={waarde('budget')} className="max-w-xs" />
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field label={VELD_LABELS.ingangsdatum} name={naam('ingangsdatum')} errors={fout('ingangsdatum')}>
          <Input type="date" defaultValue={waarde('ingangsdatum')} />
        </Field>
        <Field label={VELD_LABELS.einddatum} name={naam('einddatum')} optional hint="De laatste dag. Leeg: zonder einddatum." errors={fout('einddatum')}>
          <Input type="date" defaultValue={waarde('einddatum')} />
        </Field>
      </div>
      {rij.leveringsvorm === 'PGB' ? (
        <Field label={VELD_LABELS.pgbMotivering} name={naam('pgbMotivering')} hint="Waarom past een persoonsgebonden budget? Denk aan het budgetplan van de inwoner." errors={fout('pgbMotivering')}>
          <Textarea rows={3} defaultValue={waarde('pgbMotivering')} />
        </Field>
      ) : (
        <Field label={VELD_LABELS.aanbiederId} name={naam('aanbiederId')} hint="Aanbieders met een contract voor dit product staan bovenaan." errors={fout('aanbiederId')}>
          <select className={CONTROL} defaultValue={waarde('aanbiederId')}>
            <option value="">Kies een aanbieder</option>
            {metContract.length > 0 && (
              <optgroup label="Met contract voor dit product">
                {metContract.map((a) => <option key={a.id} value={a.id}>{a.naam}</option>)}
              </optgroup>
            )}
            <optgroup label={metContract.length ? 'Andere aanbieders' : 'Aanbieders'}>
              {overige.map((a) => <option key={a.id} value={a.id}>{a.naam}</option>)}
            </optgroup>
          </select>
        </Field>
      )}
      {onVerwijder && (
        <Button type="button" variant="link" onClick={onVerwijder}>
          Product {nummer} verwijderen
        </Button>
      )}
    </fieldset>
  );
}
