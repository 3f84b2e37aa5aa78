import type { Metadata } from 'next';
import Link from 'next/link';
import { dossierHref } from '@/components/dossier/dossier-tabs';
import { readDossier } from '@/components/dossier/read-dossier';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/page';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum, toIsoDate } from '@/lib/domain/dates';
import { parseTijdlijnFilter, TIJDLIJN_SOORT_LABELS, TIJDLIJN_SOORTEN, type TijdlijnItem, type TijdlijnSoort } from '@/lib/domain/tijdlijn';
import { getTijdlijn } from '@/lib/server/dossier/get-tijdlijn';

export const metadata: Metadata = { title: 'Tijdlijn' };

const TONE: Partial<Record<TijdlijnSoort, BadgeTone>> = { VEILIGHEID: 'danger', FASE: 'info', REGIE: 'info', JOURNAAL: 'success' };

const KLOK = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });
const tijd = (d: Date) => KLOK.format(d);

/** Entries grouped by calendar day (Amsterdam), newest day first. */
const perDag = (items: TijdlijnItem[]) => {
  const groups: { dag: string; datum: Date; items: TijdlijnItem[] }[] = [];
  for (const item of items) {
    const dag = toIsoDate(item.op);
    if (groups.at(-1)?.dag !== dag) groups.push({ dag, datum: item.op, items: [] });
    groups.at(-1)!.items.push(item);
  }
  return groups;
};

export default async function TijdlijnPage({ params, searchParams }: { params: Promise<{ huishoudenId: string }>; searchParams: Promise<{ soort?: string | string[] }> }) {
  const { huishoudenId } = await params;
  const filter = parseTijdlijnFilter((await searchParams).soort);
  const actor = await requirePagePermission('dossier:read');
  const data = await readDossier(getTijdlijn(actor, huishoudenId, filter));
  if (!data) return null;
  // Meldingen have their own pages, for the roles that work with them; others see the entry without a link.
  const magMeldingen = can(actor, 'melding:read');
  const groups = perDag(data.items.map((i) => (!magMeldingen && i.href?.startsWith('/meldingen/') ? { ...i, href: null } : i)));

  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
      <form method="get" className="self-start rounded border border-slate-200 bg-white p-4" aria-labelledby="kop-filter">
        <h2 id="kop-filter" className="mb-2 text-lg font-bold">Filter</h2>
        <fieldset>
          <legend className="mb-2 text-sm text-slate-700">Toon alleen deze soorten (niets gekozen: alles)</legend>
          {TIJDLIJN_SOORTEN.filter((s) => data.perSoort[s] > 0 || filter.includes(s)).map((s) => (
            <div key={s} className="mb-1 flex items-start gap-2">
              <input id={`soort-${s}`} type="checkbox" name="soort" value={s} defaultChecked={filter.includes(s)} className="mt-1 h-5 w-5 accent-brand-700" />
              <label htmlFor={`soort-${s}`}>
                {TIJDLIJN_SOORT_LABELS[s]} <span className="text-slate-700">({data.perSoort[s]})</span>
              </label>
            </div>
          ))}
        </fieldset>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Filter toepassen</button>
          {filter.length > 0 && <Link href={dossierHref(huishoudenId, 'tijdlijn')}>Alles tonen</Link>}
        </div>
      </form>

      <section aria-labelledby="kop-tijdlijn">
        <h2 id="kop-tijdlijn" className="mb-1 text-xl font-bold">Tijdlijn</h2>
        <p className="mb-4 text-slate-700">
          {filter.length ? `${data.items.length} van de ${data.totaal} gebeurtenissen, gefilterd op ${filter.map((s) => TIJDLIJN_SOORT_LABELS[s].toLowerCase()).join(', ')}.` : `Alles wat er rond dit huishouden gebeurde: ${data.totaal} gebeurtenissen, de nieuwste bovenaan.`}
        </p>
        {groups.length === 0 ? (
          <EmptyState>{filter.length ? 'Niets van deze soort.' : 'Er is nog niets gebeurd rond dit huishouden.'}</EmptyState>
        ) : (
          <ol className="space-y-6">
            {groups.map((g) => (
              <li key={g.dag}>
                <h3 className="mb-2 border-b border-slate-300 pb-1 font-bold">
                  <time dateTime={g.dag}>{formatDatum(g.datum)}</time>
                </h3>
                <ol className="space-y-3">
                  {g.items.map((item) => (
                    <li key={item.key} className="flex gap-3 rounded border border-slate-200 bg-white p-3">
                      <span className="w-12 shrink-0 text-sm tabular-nums text-slate-700">{item.metTijd ? <time dateTime={item.op.toISOString()}>{tijd(item.op)}</time> : null}</span>
                      <div className="min-w-0 flex-1">
                        <p className="flex flex-wrap items-center gap-2">
                          <Badge tone={TONE[item.soort] ?? 'neutral'}>{TIJDLIJN_SOORT_LABELS[item.soort]}</Badge>
                          {item.href ? <a href={item.href} className="font-semibold">{item.titel}</a> : <span className="font-semibold">{item.titel}</span>}
                        </p>
                        {item.details.length > 0 && <p className="mt-1 text-slate-800">{item.details.join(' · ')}</p>}
                        {item.door && <p className="mt-1 text-sm text-slate-700">Door {item.door}</p>}
                      </div>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
