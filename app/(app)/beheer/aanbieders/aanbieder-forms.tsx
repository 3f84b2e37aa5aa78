'use client';
import { useActionState } from 'react';
import { Checkbox } from '@/components/ui/checkbox';
import { Field, Input, Select } from '@/components/ui/field';
import type { FormState } from '@/lib/forms';
import { FormMessages, shown, shownCheck, Submit } from '../_components/form-parts';
import { addContractAction, createAanbiederAction, updateAanbiederAction } from './actions';

type Aanbieder = { id: string; version: number; naam: string; agbCode: string; contactNaam: string | null; telefoon: string | null; email: string | null; adres: string | null; actief: boolean };

export function AanbiederForm({ aanbieder }: { aanbieder?: Aanbieder }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(aanbieder ? updateAanbiederAction : createAanbiederAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <FormMessages state={state} />
      {aanbieder && <input type="hidden" name="aanbiederId" value={aanbieder.id} />}
      {aanbieder && <input type="hidden" name="version" value={shown(state, 'version', aanbieder.version)} />}
      <Field label="Naam" name="naam" errors={e.naam}>
        <Input defaultValue={shown(state, 'naam', aanbieder?.naam)} />
      </Field>
      <Field label="AGB-code" name="agbCode" hint="8 cijfers. De ontvanger van elk toewijzingsbericht (iWmo/iJw)." errors={e.agbCode}>
        <Input inputMode="numeric" className="max-w-48" defaultValue={shown(state, 'agbCode', aanbieder?.agbCode)} autoComplete="off" />
      </Field>
      <Field label="Contactpersoon" name="contactNaam" optional errors={e.contactNaam}>
        <Input defaultValue={shown(state, 'contactNaam', aanbieder?.contactNaam)} />
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field label="Telefoonnummer" name="telefoon" optional errors={e.telefoon}>
          <Input type="tel" defaultValue={shown(state, 'telefoon', aanbieder?.telefoon)} />
        </Field>
        <Field label="E-mailadres" name="email" optional errors={e.email}>
          <Input type="email" defaultValue={shown(state, 'email', aanbieder?.email)} spellCheck={false} />
        </Field>
      </div>
      <Field label="Adres" name="adres" optional errors={e.adres}>
        <Input defaultValue={shown(state, 'adres', aanbieder?.adres)} />
      </Field>
      {aanbieder && <Checkbox label="Actief" name="actief" defaultChecked={shownCheck(state, 'actief', aanbieder.actief)} hint="Een inactieve aanbieder krijgt geen nieuwe toewijzingen." />}
      <Submit pending={pending}>{aanbieder ? 'Aanbieder opslaan' : 'Aanbieder toevoegen'}</Submit>
    </form>
  );
}

export function ContractForm({ aanbiederId, producten }: { aanbiederId: string; producten: { id: string; label: string }[] }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(addContractAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="mt-4 max-w-2xl">
      <h3 className="mb-2 font-bold">Product contracteren</h3>
      <FormMessages state={state} />
      <input type="hidden" name="aanbiederId" value={aanbiederId} />
      <Field label="Product" name="productId" errors={e.productId}>
        <Select key={shown(state, 'productId')} options={producten.map((p) => ({ value: p.id, label: p.label }))} placeholder="Kies een product" defaultValue={shown(state, 'productId')} />
      </Field>
      <Field label="Contracttarief per eenheid (euro)" name="tariefCent" errors={e.tariefCent}>
        <Input inputMode="decimal" className="max-w-48" defaultValue={shown(state, 'tariefCent')} />
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field label="Vanaf" name="van" errors={e.van}>
          <Input type="date" defaultValue={shown(state, 'van')} />
        </Field>
        <Field label="Tot en met" name="tot" optional hint="Leeg: zonder einddatum." errors={e.tot}>
          <Input type="date" defaultValue={shown(state, 'tot')} />
        </Field>
      </div>
      <Submit pending={pending} variant="secondary">
        Contract toevoegen
      </Submit>
    </form>
  );
}
