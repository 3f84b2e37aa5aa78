import { Field, Input } from '@/components/ui/field';

type Values = Record<string, string>;

/**
 * Three ways to find the household: BSN, name with date of birth and/or postcode, or address. Plain GET forms on the melding page,
 * so they work without JavaScript and what was typed stays in the fields (and in the address bar).
 */
export function Zoekformulieren({ meldingId, values, errors, defaults }: { meldingId: string; values: Values; errors: Record<string, string[]>; defaults: Values }) {
  const shown = (zoekwijze: string, name: string) => (values.zoekwijze === zoekwijze ? (values[name] ?? '') : (defaults[name] ?? ''));
  const box = 'rounded border border-slate-200 bg-slate-50 p-4';
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <form method="get" action={`/meldingen/${meldingId}`} className={box} aria-labelledby="zoek-bsn">
        <h3 id="zoek-bsn" className="mb-3 font-bold">Zoek op BSN</h3>
        <input type="hidden" name="zoekwijze" value="bsn" />
        <Field label="BSN" name="zoekbsn" hint="Negen cijfers." errors={errors.zoekbsn}>
          <Input defaultValue={shown('bsn', 'zoekbsn')} inputMode="numeric" autoComplete="off" />
        </Field>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Zoeken op BSN</button>
      </form>
      <form method="get" action={`/meldingen/${meldingId}`} className={box} aria-labelledby="zoek-naam">
        <h3 id="zoek-naam" className="mb-3 font-bold">Zoek op naam</h3>
        <p className="mb-3 text-sm text-slate-700">Met de geboortedatum, de postcode of allebei.</p>
        <input type="hidden" name="zoekwijze" value="naam" />
        <Field label="Naam" name="zoeknaam" errors={errors.zoeknaam}>
          <Input defaultValue={shown('naam', 'zoeknaam')} autoComplete="off" />
        </Field>
        <Field label="Geboortedatum" name="zoekgeboortedatum" hint="Bijvoorbeeld 27-03-1985." errors={errors.zoekgeboortedatum}>
          <Input defaultValue={shown('naam', 'zoekgeboortedatum')} autoComplete="off" />
        </Field>
        <Field label="Postcode" name="zoeknaampostcode" hint="Bijvoorbeeld 1781 AB." errors={errors.zoeknaampostcode}>
          <Input defaultValue={shown('naam', 'zoeknaampostcode')} autoComplete="off" />
        </Field>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Zoeken op naam</button>
      </form>
      <form method="get" action={`/meldingen/${meldingId}`} className={box} aria-labelledby="zoek-adres">
        <h3 id="zoek-adres" className="mb-3 font-bold">Zoek op adres</h3>
        <input type="hidden" name="zoekwijze" value="adres" />
        <Field label="Postcode" name="zoekpostcode" errors={errors.zoekpostcode}>
          <Input defaultValue={shown('adres', 'zoekpostcode')} autoComplete="off" />
        </Field>
        <Field label="Huisnummer" name="zoekhuisnummer" errors={errors.zoekhuisnummer}>
          <Input defaultValue={shown('adres', 'zoekhuisnummer')} autoComplete="off" />
        </Field>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Zoeken op adres</button>
      </form>
    </div>
  );
}
