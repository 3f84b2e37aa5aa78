import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { VOORZIENING_SOORT_VALUES } from '@/lib/domain/enums';
import { VOORZIENING_SOORT_LABELS } from '@/lib/domain/labels';
import { zoekVoorzieningenSchema } from '@/lib/validations/beheer';
import { MAX_ZOEKRESULTATEN, searchVoorzieningen } from '@/lib/server/sociale-kaart/search-voorzieningen';

export const metadata: Metadata = { title: 'Sociale kaart' };

export default async function SocialeKaartPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission('socialekaart:read');
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const zoek = zoekVoorzieningenSchema.parse({ q: first(raw.q), leefgebied: first(raw.leefgebied), wijkId: first(raw.wijkId), soort: first(raw.soort) });
  const { voorzieningen, totaal, leefgebieden, wijken } = await searchVoorzieningen(actor, zoek);
  const naam = new Map(leefgebieden.map((l) => [l.code, l.naam]));
  const gefilterd = Boolean(zoek.q || zoek.leefgebied || zoek.wijkId || zoek.soort);
  return (
    <>
      <PageHeader
        title="Sociale kaart"
        description="Algemene voorzieningen en voorliggende partners in de gemeente: eerst kijken wat er vrij toegankelijk is, dan pas maatwerk."
      />
      <Section title="Zoeken">
        <form method="get" role="search" aria-label="Sociale kaart doorzoeken" className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
          <div className="lg:col-span-2">
            <Field label="Zoekwoorden" name="q" hint="Bijvoorbeeld schulden, eenzaam, opvoeding.">
              <Input type="search" defaultValue={zoek.q ?? ''} />
            </Field>
          </div>
          <Field label="Leefgebied" name="leefgebied">
            <Select options={leefgebieden.filter((l) => l.actief).map((l) => ({ value: l.code, label: l.naam }))} placeholder="Alle leefgebieden" defaultValue={zoek.leefgebied ?? ''} />
          </Field>
          <Field label="Wijk" name="wijkId">
            <Select options={wijken.map((w) => ({ value: w.id, label: w.naam }))} placeholder="Alle wijken" defaultValue={zoek.wijkId ?? ''} />
          </Field>
          <Field label="Soort" name="soort">
            <Select options={VOORZIENING_SOORT_VALUES.map((s) => ({ value: s, label: VOORZIENING_SOORT_LABELS[s] }))} placeholder="Alle soorten" defaultValue={zoek.soort ?? ''} />
          </Field>
          <div className="mb-5 flex gap-3">
            <button type="submit" className={buttonClasses('primary')}>
              Zoeken
            </button>
            {gefilterd && (
              <Link href="/sociale-kaart" className="self-center">
                Alles tonen
              </Link>
            )}
          </div>
        </form>
      </Section>
      <Section title={`${totaal} ${totaal === 1 ? 'voorziening' : 'voorzieningen'}${gefilterd ? ' gevonden' : ''}`}>
        {totaal > voorzieningen.length && <p className="mb-3 text-slate-700">De eerste {MAX_ZOEKRESULTATEN} staan hieronder; zoek gerichter om de rest te vinden.</p>}
        {voorzieningen.length === 0 ? (
          <EmptyState>Geen voorzieningen gevonden. Probeer een ander zoekwoord, of zoek zonder wijk of leefgebied.</EmptyState>
        ) : (
          <ul className="grid gap-4 lg:grid-cols-2">
            {voorzieningen.map((v) => (
              <li key={v.id} className="rounded border border-slate-200 p-4">
                <h3 className="text-lg font-bold">{v.naam}</h3>
                <p className="mt-1 flex flex-wrap gap-2">
                  <Badge tone={v.soort === 'ALGEMENE_VOORZIENING' ? 'info' : 'neutral'}>{VOORZIENING_SOORT_LABELS[v.soort]}</Badge>
                  <Badge>{v.wijk?.naam ?? 'Hele gemeente'}</Badge>
                </p>
                <p className="mt-2">{v.aanbod}</p>
                <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="font-semibold">Voor wie</dt>
                  <dd>{v.doelgroep}</dd>
                  <dt className="font-semibold">Leefgebieden</dt>
                  <dd>{v.leefgebiedCodes.map((c) => naam.get(c) ?? c).join(', ')}</dd>
                  {v.openingstijden && (
                    <>
                      <dt className="font-semibold">Open</dt>
                      <dd>{v.openingstijden}</dd>
                    </>
                  )}
                  {(v.contactNaam || v.telefoon || v.email) && (
                    <>
                      <dt className="font-semibold">Contact</dt>
                      <dd>
                        {[v.contactNaam, v.telefoon].filter(Boolean).join(' · ')}
                        {v.email && (
                          <>
                            {v.contactNaam || v.telefoon ? ' · ' : ''}
                            <a href={`mailto:${v.email}`}>{v.email}</a>
                          </>
                        )}
                      </dd>
                    </>
                  )}
                  {v.adres && (
                    <>
                      <dt className="font-semibold">Adres</dt>
                      <dd>{v.adres}</dd>
                    </>
                  )}
                  {v.website && (
                    <>
                      <dt className="font-semibold">Website</dt>
                      <dd>
                        <a href={v.website} rel="noopener noreferrer" target="_blank">
                          {v.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                          <span className="sr-only"> (opent in een nieuw venster)</span>
                        </a>
                      </dd>
                    </>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
