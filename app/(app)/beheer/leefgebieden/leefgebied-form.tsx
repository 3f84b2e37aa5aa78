'use client';
import { useActionState } from 'react';
import { Checkbox } from '@/components/ui/checkbox';
import { Field, Input, Select } from '@/components/ui/field';
import { ZRM_DOMEIN_VALUES } from '@/lib/domain/enums';
import { ZRM_DOMEIN_LABELS } from '@/lib/domain/labels';
import type { FormState } from '@/lib/forms';
import { FormMessages, shown, shownCheck, Submit } from '../_components/form-parts';
import { createLeefgebiedAction, updateLeefgebiedAction } from './actions';

type Leefgebied = { id: string; code: string; naam: string; zrmDomein: string | null; volgorde: number; actief: boolean };

export function LeefgebiedForm({ leefgebied, volgendeVolgorde }: { leefgebied?: Leefgebied; volgendeVolgorde?: number }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(leefgebied ? updateLeefgebiedAction : createLeefgebiedAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <FormMessages state={state} />
      {leefgebied ? (
        <input type="hidden" name="leefgebiedId" value={leefgebied.id} />
      ) : (
        <Field label="Code" name="code" hint="Een vaste sleutel van hoofdletters, bijvoorbeeld MANTELZORG. Verandert later niet." errors={e.code}>
          <Input defaultValue={shown(state, 'code')} autoCapitalize="characters" />
        </Field>
      )}
      <Field label="Naam" name="naam" hint={leefgebied ? 'Eerdere meldingen, gesprekken en plannen houden de naam waarmee ze zijn gemaakt.' : undefined} errors={e.naam}>
        <Input defaultValue={shown(state, 'naam', leefgebied?.naam)} />
      </Field>
      <Field label="Volgorde" name="volgorde" hint="Lager staat eerder in de lijst." errors={e.volgorde}>
        <Input inputMode="numeric" className="max-w-32" defaultValue={shown(state, 'volgorde', leefgebied?.volgorde ?? volgendeVolgorde)} />
      </Field>
      <Field label="ZRM-domein" name="zrmDomein" optional hint="Voor de zelfredzaamheidsscore bij dit leefgebied." errors={e.zrmDomein}>
        <Select key={shown(state, 'zrmDomein', leefgebied?.zrmDomein)} options={ZRM_DOMEIN_VALUES.map((d) => ({ value: d, label: ZRM_DOMEIN_LABELS[d] }))} placeholder="Geen" defaultValue={shown(state, 'zrmDomein', leefgebied?.zrmDomein)} />
      </Field>
      {leefgebied && <Checkbox label="Actief" name="actief" defaultChecked={shownCheck(state, 'actief', leefgebied.actief)} hint="Een inactief leefgebied wordt niet meer aangeboden bij nieuwe meldingen en plannen." />}
      <Submit pending={pending}>{leefgebied ? 'Leefgebied opslaan' : 'Leefgebied toevoegen'}</Submit>
    </form>
  );
}
