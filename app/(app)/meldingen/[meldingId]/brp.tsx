'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { HUISHOUDEN_ROL_LABELS } from '@/lib/domain/labels';
import type { FormState } from '@/lib/forms';
import { registreerUitBrpAction } from '../actions';

export type BrpKandidaatView = { bsn: string; naam: string; geboren: string | null; rol: string; relatie: string | null; opAdres: boolean; alInHuishouden: string | null };

const ROLLEN = (['PARTNER', 'KIND', 'PLEEGKIND', 'OUDER', 'OVERIG'] as const).map((r) => ({ value: r, label: HUISHOUDEN_ROL_LABELS[r] }));

/**
 * Registering a household from the BRP (issue 20): nothing is typed; the form chooses who of the persons at the same
 * address and the BRP's partners, children and parents join, and their roles. The server asks the BRP again.
 */
export function BrpRegistratieForm({ meldingId, version, bsn, kandidaten, andereGemeente }: {
  meldingId: string; version: number; bsn: string; kandidaten: BrpKandidaatView[]; andereGemeente: { code: string; naam: string } | null;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(registreerUitBrpAction, {});
  const v = state.values;
  const e = state.fieldErrors ?? {};
  const gekozen = (k: BrpKandidaatView) => (v ? (v.lid ?? '').split(',').includes(k.bsn) : k.opAdres && !k.alInHuishouden);
  return (
    <form action={formAction} noValidate>
      {state.formError && <Alert variant="error">{state.formError}</Alert>}
      <input type="hidden" name="meldingId" value={meldingId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="bsn" value={bsn} />
      {kandidaten.length > 0 ? (
        <fieldset className="mb-5">
          <legend className="mb-2 font-semibold">Wie hoort bij het huishouden?</legend>
          <p className="mb-3 text-sm text-slate-700">Aangevinkt: wie volgens de BRP op hetzelfde adres woont. Partners, kinderen en ouders die elders wonen kun je erbij kiezen.</p>
          <ul className="space-y-3">
            {kandidaten.map((k) => (
              <li key={k.bsn} className="flex flex-wrap items-center gap-3 rounded border border-slate-200 p-3">
                <input
                  id={`lid-${k.bsn}`} type="checkbox" name="lid" value={k.bsn} defaultChecked={gekozen(k)} disabled={Boolean(k.alInHuishouden)}
                  className="h-5 w-5 accent-brand-700"
                />
                <label htmlFor={`lid-${k.bsn}`} className="min-w-48 flex-1">
                  <span className="font-semibold">{k.naam}</span>
                  {k.geboren && <span className="text-slate-700">, geboren {k.geboren}</span>}
                  <span className="block text-sm text-slate-700">
                    {[k.opAdres ? 'woont op dit adres' : 'woont elders', k.relatie].filter(Boolean).join(' · ')}
                    {k.alInHuishouden && ` · hoort al bij ${k.alInHuishouden}`}
                  </span>
                </label>
                <label htmlFor={`rol-${k.bsn}`} className="sr-only">Rol van {k.naam}</label>
                <select id={`rol-${k.bsn}`} name={`rol-${k.bsn}`} defaultValue={v?.[`rol-${k.bsn}`] ?? k.rol} className="rounded border border-slate-400 px-2 py-1">
                  {ROLLEN.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
                </select>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : (
        <p className="mb-4">De BRP noemt niemand anders op dit adres en geen partner, kinderen of ouders.</p>
      )}
      {andereGemeente && (
        <div className="mb-5">
          <Alert variant="warning" title={`Ingeschreven in ${andereGemeente.naam}`}>
            Volgens de BRP woont deze persoon in een andere gemeente ({andereGemeente.naam}, {andereGemeente.code}). Die gemeente gaat over Wmo en Jeugdwet.
            Verwijs de inwoner daarheen, of registreer alleen met een reden (bijvoorbeeld: verhuist binnenkort naar onze gemeente, of crisis).
          </Alert>
          <Field label="Waarom registreert u deze persoon toch hier?" name="redenAndereGemeente" errors={e.redenAndereGemeente}>
            <Textarea rows={3} defaultValue={v?.redenAndereGemeente ?? ''} />
          </Field>
        </div>
      )}
      <Button disabled={pending}>{pending ? 'Bezig…' : 'Huishouden uit de BRP registreren en koppelen'}</Button>
    </form>
  );
}
