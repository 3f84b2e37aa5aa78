import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState, PageHeader, Section, StatGrid } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { dagenGeleden } from '@/lib/domain/dagen-geleden';
import { calendarDaysBetween, formatDatum } from '@/lib/domain/dates';
import { BESCHIKKING_STATUS_LABELS, BESLUIT_SOORT_LABELS, TOEWIJZING_STATUS_LABELS, WET_LABELS } from '@/lib/domain/labels';
import { listNogVersturen, NOG_VERSTUREN_MAX, zoekBeschikkingOpKenmerk } from '@/lib/server/beschikking/list-nog-versturen';
import { parseKenmerkZoek } from '@/lib/validations/beschikking';

export const metadata: Metadata = { title: 'Nog versturen' };

const FILTER = 'mt-1 rounded border-2 border-slate-700 bg-white px-2 py-1.5';

const geleden = (op: Date, today: Date) => dagenGeleden(calendarDaysBetween(op, today));

// Issue 16 item 2: what is vastgesteld but not sent. A beschikking whose letter does not go out starts no bezwaar
// term; a toewijzing not sent leaves the aanbieder without an order. Oldest first, so nothing stays behind.
export default async function NogVersturenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission('beschikking:draft');
  const zoek = parseKenmerkZoek(await searchParams);
  const today = new Date();
  const [lijst, gevonden] = await Promise.all([listNogVersturen(actor), zoek.kenmerk ? zoekBeschikkingOpKenmerk(actor, zoek.kenmerk) : Promise.resolve(null)]);
  const t = lijst.tellingen;
  return (
    <>
      <PageHeader
        title="Nog versturen"
        description="Vastgestelde beschikkingen waarvan de brief nog niet is verstuurd, en toewijzingen die de aanbieder nog niet heeft gekregen. De bezwaartermijn begint pas als de brief verstuurd is. Het oudste staat bovenaan."
      />
      <StatGrid
        stats={[
          { label: 'Beschikkingen nog versturen', value: t.beschikkingen, tone: t.beschikkingen ? 'warning' : undefined },
          { label: 'Toewijzingen nog versturen', value: t.toewijzingen, tone: t.toewijzingen ? 'warning' : undefined },
        ]}
      />
      <Section title="Zoeken op kenmerk">
        <form method="get" action="/beschikkingen" className="flex flex-wrap items-end gap-4" role="search" aria-label="Beschikking zoeken op kenmerk">
          <div>
            <label htmlFor="zoek-kenmerk" className="block text-sm font-semibold">Kenmerk van de beschikking (B-…) of de aanvraag (A-…)</label>
            <input
              id="zoek-kenmerk" name="kenmerk" defaultValue={zoek.invoer} placeholder="B-2026-000123" className={`${FILTER} w-64`}
              aria-invalid={zoek.fout ? true : undefined} aria-describedby={zoek.fout ? 'zoek-kenmerk-fout' : undefined}
            />
            {zoek.fout && <p id="zoek-kenmerk-fout" className="mt-1 font-semibold text-red-800">{zoek.fout}</p>}
          </div>
          <button type="submit" className={buttonClasses('secondary')}>Zoeken</button>
          {zoek.invoer && <a href="/beschikkingen">Zoekopdracht wissen</a>}
        </form>
        {gevonden && (
          <div className="mt-4">
            {gevonden.beschikkingen.length === 0 && !gevonden.aanvraag ? (
              <EmptyState>Geen beschikking of aanvraag gevonden met kenmerk {zoek.kenmerk}.</EmptyState>
            ) : (
              <>
                {gevonden.aanvraag && (
                  <p className="mb-2">
                    Aanvraag <a href={`/aanvragen/${gevonden.aanvraag.id}`} className="font-mono">{gevonden.aanvraag.nummer}</a>
                    {gevonden.beschikkingen.length === 0 ? ' heeft nog geen beschikking.' : ':'}
                  </p>
                )}
                {gevonden.beschikkingen.length > 0 && (
                  <DataTable
                    caption={`Gevonden met kenmerk ${zoek.kenmerk}`}
                    rows={gevonden.beschikkingen}
                    rowKey={(b) => b.id}
                    columns={[
                      { header: 'Beschikking', cell: (b) => <a href={`/beschikkingen/${b.id}`} className="font-mono whitespace-nowrap">{b.identificatie}</a> },
                      { header: 'Inwoner', cell: (b) => b.inwoner },
                      { header: 'Besluit', cell: (b) => `${BESLUIT_SOORT_LABELS[b.besluit]} · ${WET_LABELS[b.wet]}` },
                      { header: 'Aanvraag', cell: (b) => (b.aanvraag ? <span className="font-mono">{b.aanvraag.nummer}</span> : '—') },
                      {
                        header: 'Status',
                        cell: (b) => (
                          <>
                            <Badge tone={b.status === 'VASTGESTELD' ? 'warning' : b.status === 'VERZONDEN' ? 'success' : 'neutral'}>{BESCHIKKING_STATUS_LABELS[b.status]}</Badge>
                            {b.verzenddatum && <span className="onder">verstuurd op {formatDatum(b.verzenddatum)}</span>}
                          </>
                        ),
                      },
                    ]}
                  />
                )}
              </>
            )}
          </div>
        )}
      </Section>

      <Section title="Beschikkingen: brief nog versturen">
        {t.beschikkingen > lijst.beschikkingen.length && <Alert variant="info">De oudste {NOG_VERSTUREN_MAX} van {t.beschikkingen} staan hieronder. Wat verstuurd is, gaat van de lijst en de volgende komt erbij; een andere vind je met het kenmerk hierboven.</Alert>}
        <DataTable
          caption="Vastgestelde beschikkingen waarvan de brief nog niet is verstuurd, oudste eerst"
          rows={lijst.beschikkingen}
          rowKey={(b) => b.id}
          empty={<EmptyState>Alle vastgestelde beschikkingen zijn verstuurd.</EmptyState>}
          columns={[
            { header: 'Beschikking', cell: (b) => <a href={`/beschikkingen/${b.id}`} className="font-mono whitespace-nowrap">{b.identificatie}</a> },
            { header: 'Inwoner', cell: (b) => b.inwoner },
            { header: 'Besluit', cell: (b) => <>{BESLUIT_SOORT_LABELS[b.besluit]}<span className="onder">{WET_LABELS[b.wet]}</span></> },
            { header: 'Aanvraag', cell: (b) => (b.aanvraag ? <a href={`/aanvragen/${b.aanvraag.id}`} className="font-mono whitespace-nowrap">{b.aanvraag.nummer}</a> : '—') },
            { header: 'Vastgesteld', cell: (b) => (b.vastgesteldOp ? <>{formatDatum(b.vastgesteldOp)}<span className="onder">{geleden(b.vastgesteldOp, today)}</span></> : '—') },
          ]}
        />
      </Section>

      <Section title="Toewijzingen: nog naar de aanbieder">
        {t.toewijzingen > lijst.toewijzingen.length && <Alert variant="info">De oudste {NOG_VERSTUREN_MAX} van {t.toewijzingen} staan hieronder. Wat verstuurd is, gaat van de lijst en de volgende komt erbij; een andere vind je met het kenmerk hierboven.</Alert>}
        <p className="mb-3 text-slate-700">Je verstuurt de toewijzingen vanuit de beschikking: alle nieuwe en gewijzigde toewijzingen van de inwoner gaan dan in één bericht per aanbieder.</p>
        <DataTable
          caption="Toewijzingen die de aanbieder nog niet heeft gekregen, oudste eerst"
          rows={lijst.toewijzingen}
          rowKey={(x) => x.id}
          empty={<EmptyState>Alle toewijzingen zijn verstuurd.</EmptyState>}
          columns={[
            { header: 'Toewijzing', cell: (x) => <span className="font-mono">{x.nummer}</span> },
            { header: 'Inwoner', cell: (x) => x.inwoner },
            { header: 'Product', cell: (x) => x.product },
            { header: 'Aanbieder', cell: (x) => x.aanbieder },
            { header: 'Soort', cell: (x) => <Badge tone={x.status === 'NIEUW' ? 'info' : 'warning'}>{TOEWIJZING_STATUS_LABELS[x.status]}</Badge> },
            { header: 'Sinds', cell: (x) => <>{formatDatum(x.toewijzingOp)}<span className="onder">{geleden(x.toewijzingOp, today)}</span></> },
            { header: 'Versturen', cell: (x) => <a href={`/beschikkingen/${x.beschikking.id}`} aria-label={`Versturen vanuit beschikking ${x.beschikking.identificatie}`} className="font-mono whitespace-nowrap">{x.beschikking.identificatie}</a> },
          ]}
        />
      </Section>
    </>
  );
}
