'use client';
import { useActionState } from 'react';
import { CheckboxGroup } from '@/components/ui/checkbox';
import { Field, Input, Select } from '@/components/ui/field';
import { LEVERINGSVORM_VALUES, WET_VALUES } from '@/lib/domain/enums';
import { EENHEID_LABELS, EENHEID_VALUES, FREQUENTIE_LABELS, FREQUENTIE_VALUES, LEVERINGSVORM_LABELS, WET_LABELS } from '@/lib/domain/labels';
import type { FormState } from '@/lib/forms';
import { FormMessages, shown, shownList, Submit } from '../_components/form-parts';
import { createProductAction, updateProductAction } from './actions';

type Product = {
  id: string;
  version: number;
  naam: string;
  eenheid: string;
  standaardFrequentie: string;
  leveringsvormen: string[];
  tarief: string;
  actiefVan: string;
  actiefTot: string;
};

export function ProductForm({ product }: { product?: Product }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(product ? updateProductAction : createProductAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <FormMessages state={state} />
      {product ? (
        <>
          <input type="hidden" name="productId" value={product.id} />
          <input type="hidden" name="version" value={shown(state, 'version', product.version)} />
        </>
      ) : (
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field label="Wet" name="wet" errors={e.wet}>
            <Select key={shown(state, 'wet')} options={WET_VALUES.map((w) => ({ value: w, label: WET_LABELS[w] }))} placeholder="Kies de wet" defaultValue={shown(state, 'wet')} />
          </Field>
          <Field label="Productcode" name="code" hint="iWmo/iJw: categorie (2 cijfers) en 3 tekens, bijvoorbeeld 07A12." errors={e.code}>
            <Input defaultValue={shown(state, 'code')} autoCapitalize="characters" autoComplete="off" />
          </Field>
        </div>
      )}
      <Field label="Naam" name="naam" errors={e.naam}>
        <Input defaultValue={shown(state, 'naam', product?.naam)} />
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field label="Eenheid" name="eenheid" errors={e.eenheid}>
          <Select key={shown(state, 'eenheid', product?.eenheid)} options={EENHEID_VALUES.map((v) => ({ value: v, label: `${v} ${EENHEID_LABELS[v]}` }))} placeholder="Kies de eenheid" defaultValue={shown(state, 'eenheid', product?.eenheid)} />
        </Field>
        <Field label="Standaardfrequentie" name="standaardFrequentie" errors={e.standaardFrequentie}>
          <Select key={shown(state, 'standaardFrequentie', product?.standaardFrequentie)}
            options={FREQUENTIE_VALUES.map((v) => ({ value: v, label: `${v} ${FREQUENTIE_LABELS[v]}` }))}
            placeholder="Kies de frequentie"
            defaultValue={shown(state, 'standaardFrequentie', product?.standaardFrequentie)}
          />
        </Field>
      </div>
      <CheckboxGroup
        legend="Toegestane leveringsvormen"
        name="leveringsvormen"
        options={LEVERINGSVORM_VALUES.map((v) => ({ value: v, label: LEVERINGSVORM_LABELS[v] }))}
        selected={shownList(state, 'leveringsvormen', product?.leveringsvormen ?? ['ZIN'])}
        errors={e.leveringsvormen}
        columns={2}
      />
      <Field label="Tarief per eenheid (euro)" name="tariefCent" optional hint="Het referentietarief, bijvoorbeeld 46,50. Contracttarieven staan bij de aanbieder." errors={e.tariefCent}>
        <Input inputMode="decimal" className="max-w-48" defaultValue={shown(state, 'tariefCent', product?.tarief)} />
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field label="Actief vanaf" name="actiefVan" errors={e.actiefVan}>
          <Input type="date" defaultValue={shown(state, 'actiefVan', product?.actiefVan)} />
        </Field>
        <Field label="Actief tot en met" name="actiefTot" optional hint="Leeg: zonder einddatum." errors={e.actiefTot}>
          <Input type="date" defaultValue={shown(state, 'actiefTot', product?.actiefTot)} />
        </Field>
      </div>
      <Submit pending={pending}>{product ? 'Product opslaan' : 'Product toevoegen'}</Submit>
    </form>
  );
}
