'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { EmptyState } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { FASE_LABELS } from '@/lib/domain/casus-transitions';
import { REGIEVORM_LABELS } from '@/lib/domain/labels';
import { formatPostcode } from '@/lib/domain/postcode';
import { MAX_KANDIDATEN_TEKST, ZOEK_SOORT_LABELS } from '@/lib/domain/zoeken';
import type { FormAction, ZoekState } from '@/lib/actions/states';

export function ZoekForm({ action }: { action: FormAction<ZoekState> }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const u = state.uitkomst;
  return (
    <form action={formAction} noValidate>
      <div className="rounded border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <div className="grid gap-x-6 sm:grid-cols-[2fr_1fr]">
          <Field
            label="Zoek op BSN, naam, adres of kenmerk"
            name="zoekterm"
            hint="Een BSN (9 cijfers), een achternaam (eventueel met voornaam), postcode met huisnummer (1781 AB 12) of een kenmerk (M-2026-000123)."
            errors={e.zoekterm}
          >
            <Input type="search" autoComplete="off" defaultValue={v.zoekterm ?? ''} />
          </Field>
          <Field label="Geboortedatum" name="geboortedatum" optional hint="Alleen bij zoeken op naam." errors={e.geboortedatum}>
            <Input type="date" defaultValue={v.geboortedatum ?? ''} />
          </Field>
        </div>
        {state.formError && <Alert>{state.formError}</Alert>}
        <Button disabled={isPending}>{isPending ? 'Bezig met zoeken…' : 'Zoeken'}</Button>
      </div>

      <div aria-live="polite" className="mt-6">
        {u && (
          <section aria-labelledby="kop-resultaten">
            <h2 id="kop-resultaten" className="mb-3 text-xl font-bold">
              {u.teVeel ? 'Te veel treffers' : u.totaal === 1 ? '1 huishouden gevonden' : `${u.totaal} huishoudens gevonden`}
            </h2>
            {u.teVeel ? (
              <Alert variant="warning">
                Meer dan {MAX_KANDIDATEN_TEKST} huishoudens hebben deze naam. Voeg een voornaam of geboortedatum toe, of zoek op BSN of adres.
              </Alert>
            ) : (
              <>
                <p className="mb-3 text-slate-700">
                  Gezocht op {ZOEK_SOORT_LABELS[u.soort]}. Je ziet alleen huishoudens waarvoor je toegang hebt.
                </p>
                <DataTable
                  caption="Gevonden huishoudens"
                  rows={u.hits}
                  rowKey={(h) => h.id}
                  empty={<EmptyState>Geen huishouden gevonden dat je mag zien. Controleer de zoekterm, of vraag je teamleider als je toegang nodig hebt.</EmptyState>}
                  columns={[
                    {
                      header: 'Huishouden',
                      cell: (h) => (
                        <>
                          <Link href={`/huishoudens/${h.id}`} className="font-semibold">
                            {h.naam}
                          </Link>
                          <span className="block text-sm text-slate-700">
                            {h.leden.map((l) => `${l.naam}${l.geboortejaar ? ` (${l.geboortejaar})` : ''}`).join(', ')}
                          </span>
                        </>
                      ),
                    },
                    { header: 'Adres', cell: (h) => <>{h.adres}<span className="block">{formatPostcode(h.postcode)} {h.woonplaats}</span></> },
                    { header: 'Wijk', cell: (h) => h.wijk ?? '—' },
                    { header: 'Fase', cell: (h) => (h.fase ? <Badge tone={h.casusOpen ? 'info' : 'neutral'}>{FASE_LABELS[h.fase]}</Badge> : 'Geen casus') },
                    { header: 'Regisseur', cell: (h) => (h.regisseur ? <>{h.regisseur.naam}<span className="block text-sm text-slate-700">{REGIEVORM_LABELS[h.regisseur.vorm]}</span></> : '—') },
                  ]}
                />
                {u.paginas > 1 && (
                  <nav aria-label="Pagina's met resultaten" className="mt-4 flex flex-wrap items-center gap-3">
                    <Button variant="secondary" name="pagina" value={String(u.pagina - 1)} disabled={u.pagina <= 1 || isPending}>
                      Vorige
                    </Button>
                    <span>
                      Pagina {u.pagina} van {u.paginas}
                    </span>
                    <Button variant="secondary" name="pagina" value={String(u.pagina + 1)} disabled={u.pagina >= u.paginas || isPending}>
                      Volgende
                    </Button>
                  </nav>
                )}
              </>
            )}
          </section>
        )}
      </div>
    </form>
  );
}
