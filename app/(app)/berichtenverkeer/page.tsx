import type { Metadata } from 'next';
import Link from 'next/link';
import { AfwijzenForm, OpnieuwVersturenForm, ToewijzenForm, UitwisselenForm, UploadBerichtForm } from '@/components/berichten/berichten-forms';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader, Section, StatGrid } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { formatDatum } from '@/lib/domain/dates';
import { DECLARATIE_STATUS_LABELS, INKOMEND_BERICHT_STATUS_LABELS } from '@/lib/domain/labels';
import { formatEuroCent } from '@/lib/domain/catalogus';
import { REDEN_AFWIJZING_VERZOEK, retourcodeTekst } from '@/lib/iwmo/inkomend';
import { getBerichtenverkeer, ONTVANGEN_DAGEN } from '@/lib/server/berichten/get-berichtenverkeer';
import { getBerichtenControle } from '@/lib/server/beheer/get-beheer-home';
import { BerichtenControleAlert } from '@/components/berichten/berichten-controle-alert';
import { parseBerichtenFilters, type BerichtenFilters, type Weergave } from '@/lib/validations/berichten';
import { afwijzenVerzoekAction, opnieuwVersturenAction, toewijzenVerzoekAction, uitwisselenAction, uploadBerichtAction } from './actions';

export const metadata: Metadata = { title: 'Berichtenverkeer' };

const FILTER = 'mt-1 rounded border-2 border-slate-700 bg-white px-2 py-1.5';
const getal = (v: string | string[] | undefined) => (typeof v === 'string' && /^\d{1,6}$/.test(v) ? Number(v) : 0);
const dag = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : '');

function href(f: BerichtenFilters, over: Partial<BerichtenFilters> & { verzoek?: string } = {}) {
  const g = { ...f, ...over };
  const params = new URLSearchParams();
  params.set('weergave', g.weergave);
  if (g.aanbiederId) params.set('aanbieder', g.aanbiederId);
  if (g.van) params.set('van', dag(g.van));
  if (g.tot) params.set('tot', dag(g.tot));
  if (g.pagina > 1) params.set('pagina', String(g.pagina));
  if (over.verzoek) params.set('verzoek', over.verzoek);
  return `/berichtenverkeer?${params.toString()}`;
}

const TABS: { weergave: Weergave; label: string }[] = [
  { weergave: 'retour', label: 'Wacht op retour' },
  { weergave: 'afgekeurd', label: 'Afgekeurd door aanbieder' },
  { weergave: 'verzoeken', label: 'Verzoeken' },
  { weergave: 'ontvangen', label: 'Ontvangen' },
  { weergave: 'geweigerd', label: 'Geweigerd' },
  { weergave: 'declaraties', label: 'Declaraties' },
];

const DECLARATIE_TOON = { TOEGEKEND: 'success', DEELS_TOEGEKEND: 'warning', AFGEWEZEN: 'danger' } as const;

export default async function BerichtenverkeerPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission('berichten:read');
  const search = await searchParams;
  const f = parseBerichtenFilters(search);
  const [r, controle] = await Promise.all([getBerichtenverkeer(actor, f), getBerichtenControle(actor.gemeenteId)]);
  const t = r.tellingen;
  const behandelen = can(actor, 'berichten:behandelen');
  const gekozen = typeof search.verzoek === 'string' ? r.verzoeken.find((v) => v.id === search.verzoek) : undefined;
  const aantal: Record<Weergave, number> = { retour: t.retour, afgekeurd: t.afgekeurd, verzoeken: t.verzoeken, ontvangen: t.ontvangen, geweigerd: t.geweigerd, declaraties: t.declaraties };
  return (
    <>
      <PageHeader
        title="Berichtenverkeer"
        description="De iWmo- en iJw-berichten met de aanbieders: toewijzingen die op een retour wachten (binnen 3 werkdagen, OP090), wat een aanbieder afkeurde, verzoeken om toewijzing of wijziging die op antwoord wachten, declaraties met wat is toegekend, en elk ontvangen bericht, ook de geweigerde."
      />
      {controle && <BerichtenControleAlert controle={controle} />}
      {search.melding === 'afgewezen' && typeof search.reden === 'string' && REDEN_AFWIJZING_VERZOEK[search.reden] && (
        <Alert variant="success">
          {search.portaal === '1'
            ? `Het verzoek is afgewezen (${REDEN_AFWIJZING_VERZOEK[search.reden]}); de aanbieder ziet het antwoord in het partnerportaal.`
            : <>Het verzoek is afgewezen ({REDEN_AFWIJZING_VERZOEK[search.reden]}); {typeof search.bericht === 'string' && /^(WMO|JW)319-\d+$/.test(search.bericht) ? search.bericht.replace('-', ' ') : 'het antwoordbericht'} gaat naar de aanbieder.</>}
        </Alert>
      )}
      {search.melding === 'opnieuw' && typeof search.bericht === 'string' && /^(WMO|JW)301-\d+$/.test(search.bericht) && (
        <Alert variant="success">Het gecorrigeerde bericht is opnieuw verstuurd als {search.bericht.replace('-', ' ')}; het afgekeurde bericht blijft bewaard.</Alert>
      )}
      {search.melding === 'uitgewisseld' && (
        <Alert variant="success">
          {getal(search.uit)} bericht(en) klaargezet in berichten/uit, {getal(search.in)} ontvangen uit berichten/in, {getal(search.verwerkt)} verwerkt, {getal(search.geweigerd)} geweigerd.
        </Alert>
      )}
      {search.melding === 'toegewezen' && typeof search.toewijzing === 'string' && /^\d+$/.test(search.toewijzing) && (
        <Alert variant="success">Het verzoek is toegewezen met toewijzing {search.toewijzing}; die gaat mee met het volgende toewijzingbericht.</Alert>
      )}
      <StatGrid
        stats={[
          { label: 'Wacht op retour', value: t.retour },
          { label: 'Retour te laat (meer dan 3 werkdagen)', value: t.teLaat, tone: t.teLaat ? 'warning' : undefined },
          { label: 'Afgekeurd door aanbieder', value: t.afgekeurd, tone: t.afgekeurd ? 'danger' : undefined },
          { label: 'Verzoeken te beantwoorden', value: t.verzoeken, tone: t.verzoeken ? 'warning' : undefined },
          { label: 'Ontvangen berichten geweigerd', value: t.geweigerd, tone: t.geweigerd ? 'danger' : undefined },
          { label: 'Declaraties (deels) afgewezen', value: t.declaratiesAfgewezen, tone: t.declaratiesAfgewezen ? 'warning' : undefined },
        ]}
      />
      <nav aria-label="Lijsten" className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        {TABS.map((tab) => (
          <Link key={tab.weergave} href={href(f, { weergave: tab.weergave, pagina: 1 })} aria-current={tab.weergave === f.weergave ? 'page' : undefined} className={tab.weergave === f.weergave ? 'font-bold' : ''}>
            {tab.label} ({aantal[tab.weergave]})
          </Link>
        ))}
      </nav>
      <Section title={TABS.find((x) => x.weergave === f.weergave)!.label}>
        <form method="get" action="/berichtenverkeer" className="mb-4 flex flex-wrap items-end gap-4" role="search" aria-label="Berichten filteren">
          <input type="hidden" name="weergave" value={f.weergave} />
          <div>
            <label htmlFor="filter-aanbieder" className="block text-sm font-semibold">Aanbieder</label>
            <select id="filter-aanbieder" name="aanbieder" defaultValue={f.aanbiederId ?? ''} className={FILTER}>
              <option value="">Alle aanbieders</option>
              {r.aanbieders.map((a) => <option key={a.id} value={a.id}>{a.naam} ({a.agbCode})</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="filter-van" className="block text-sm font-semibold">Van</label>
            <input id="filter-van" name="van" type="date" defaultValue={dag(f.van)} className={FILTER} />
          </div>
          <div>
            <label htmlFor="filter-tot" className="block text-sm font-semibold">Tot en met</label>
            <input id="filter-tot" name="tot" type="date" defaultValue={dag(f.tot)} className={FILTER} />
          </div>
          <button type="submit" className="rounded border-2 border-slate-700 px-3 py-1.5 font-semibold">Filteren</button>
          {(f.aanbiederId || f.van || f.tot) && <Link href={href({ weergave: f.weergave, pagina: 1 })}>Filters wissen</Link>}
        </form>

        {(f.weergave === 'retour' || f.weergave === 'afgekeurd') && (
          <DataTable
            caption={f.weergave === 'retour' ? 'Verstuurde toewijzingberichten zonder retour, oudste eerst' : 'Toewijzingberichten die de aanbieder afkeurde'}
            rows={r.uit}
            rowKey={(b) => b.id}
            empty={<EmptyState>{f.weergave === 'retour' ? 'Geen berichten die op een retour wachten.' : 'Geen afgekeurde berichten.'}</EmptyState>}
            columns={[
              { header: 'Bericht', cell: (b) => <a href={`/berichtenverkeer/bestand/uit/${b.id}`} className="font-mono whitespace-nowrap">{b.code} {b.berichtNummer}</a> },
              { header: 'Aanbieder', cell: (b) => b.aanbieder.naam },
              { header: 'Verstuurd', cell: (b) => formatDatum(b.createdAt) },
              {
                header: f.weergave === 'retour' ? 'Retour uiterlijk' : 'Retourcodes',
                cell: (b) =>
                  f.weergave === 'retour' ? (
                    <span className="flex flex-wrap items-center gap-2">{formatDatum(b.uiterlijkRetour)}{b.teLaat && <Badge tone="warning">Te laat (OP090)</Badge>}</span>
                  ) : (
                    <ul className="list-disc pl-5">{b.retourcodes.filter((c) => c !== '0200').map((c) => <li key={c}>{retourcodeTekst(c)}</li>)}</ul>
                  ),
              },
              {
                header: 'Beschikking',
                cell: (b) => (b.beschikkingId ? <a href={`/beschikkingen/${b.beschikkingId}`}>{f.weergave === 'afgekeurd' ? 'Corrigeren' : 'Bekijken'}</a> : '—'),
              },
              ...(f.weergave === 'afgekeurd'
                ? [{
                    header: 'Opnieuw versturen',
                    cell: (b: (typeof r.uit)[number]) =>
                      b.opnieuwVerstuurdAls ? (
                        <span>
                          Opnieuw verstuurd als <a href={`/berichtenverkeer/bestand/uit/${b.opnieuwVerstuurdAls.id}`} className="font-mono whitespace-nowrap">{b.opnieuwVerstuurdAls.code} {b.opnieuwVerstuurdAls.berichtNummer}</a>
                          {b.opnieuwVerstuurdAls.retourGoedgekeurd === true && <Badge tone="success">Goedgekeurd</Badge>}
                        </span>
                      ) : behandelen ? (
                        <OpnieuwVersturenForm action={opnieuwVersturenAction} berichtId={b.id} label={`${b.code} ${b.berichtNummer} opnieuw versturen`} />
                      ) : (
                        'Nog niet'
                      ),
                  }]
                : []),
            ]}
          />
        )}

        {(f.weergave === 'ontvangen' || f.weergave === 'geweigerd') && (
          <DataTable
            caption={f.weergave === 'ontvangen' ? (f.van || f.tot ? 'Ontvangen berichten, nieuwste eerst' : `Ontvangen berichten van de laatste ${ONTVANGEN_DAGEN} dagen, nieuwste eerst (kies een periode voor eerdere)`) : 'Geweigerde berichten met de reden'}
            rows={r.inkomend}
            rowKey={(b) => b.id}
            empty={<EmptyState>Geen berichten in deze lijst.</EmptyState>}
            columns={[
              { header: 'Bestand', cell: (b) => <a href={`/berichtenverkeer/bestand/in/${b.id}`} className="font-mono break-all">{b.bestandsnaam}</a> },
              { header: 'Soort', cell: (b) => <span className="font-mono">{b.soort ?? 'onbekend'}</span> },
              { header: 'Aanbieder', cell: (b) => b.aanbieder?.naam ?? b.afzender ?? '—' },
              { header: 'Ontvangen', cell: (b) => formatDatum(b.ontvangenOp) },
              {
                header: 'Status',
                cell: (b) => (
                  <div>
                    <Badge tone={b.status === 'GEWEIGERD' ? 'danger' : b.status === 'VERWERKT' ? 'success' : 'neutral'}>{INKOMEND_BERICHT_STATUS_LABELS[b.status]}</Badge>
                    {b.status === 'GEWEIGERD' && (
                      <ul className="mt-1 list-disc pl-5 text-sm">
                        {b.redenen.map((reden, i) => <li key={i}>{reden}</li>)}
                        <li>Retourcode: {b.retourcodes.map(retourcodeTekst).join('; ')}</li>
                      </ul>
                    )}
                  </div>
                ),
              },
            ]}
          />
        )}

        {f.weergave === 'verzoeken' && (
          <DataTable
            caption="Verzoeken om toewijzing of wijziging, vroegste antwoorddatum eerst"
            rows={r.verzoeken}
            rowKey={(v) => v.id}
            empty={<EmptyState>Geen verzoeken die op antwoord wachten.</EmptyState>}
            columns={[
              { header: 'Referentie', cell: (v) => <span className="flex flex-wrap items-center gap-2"><span className="font-mono">{v.referentieAanbieder}</span>{v.kanaal === 'PORTAAL' && <Badge tone="info">Via portaal</Badge>}</span> },
              { header: 'Soort', cell: (v) => (v.soort === 'TOEWIJZING' ? 'Verzoek om toewijzing' : 'Verzoek om wijziging') },
              { header: 'Aanbieder', cell: (v) => v.aanbieder.naam },
              { header: 'Cliënt (BSN)', cell: (v) => <span className="font-mono">{v.bsn}</span> },
              { header: 'Uiterlijk antwoorden', cell: (v) => <span className="flex flex-wrap items-center gap-2">{formatDatum(v.uiterlijkOp)}{v.teLaat && <Badge tone="danger">Termijn verlopen</Badge>}</span> },
              { header: 'Actie', cell: (v) => (behandelen ? <Link href={href(f, { verzoek: v.id })}>Beantwoorden</Link> : '—') },
            ]}
          />
        )}

        {f.weergave === 'declaraties' && (
          <DataTable
            caption="Declaraties (323) met het antwoord (325), nieuwste eerst"
            rows={r.declaraties}
            rowKey={(d) => d.id}
            empty={<EmptyState>Geen declaraties in deze lijst.</EmptyState>}
            columns={[
              { header: 'Declaratie', cell: (d) => <a href={`/berichtenverkeer/bestand/in/${d.inkomendBerichtId}`} className="font-mono whitespace-nowrap">{d.declaratieNummer}</a> },
              { header: 'Aanbieder', cell: (d) => d.aanbieder.naam },
              { header: 'Periode', cell: (d) => <>{formatDatum(d.periodeBegin)} – {formatDatum(d.periodeEind)}</> },
              { header: 'Ingediend', cell: (d) => formatEuroCent(d.ingediendCent) },
              { header: 'Toegekend', cell: (d) => formatEuroCent(d.toegekendCent) },
              {
                header: 'Status',
                cell: (d) => (
                  <div>
                    <Badge tone={DECLARATIE_TOON[d.status]}>{DECLARATIE_STATUS_LABELS[d.status]}</Badge>
                    {d.prestaties.length > 0 && (
                      <ul className="mt-1 list-disc pl-5 text-sm">
                        {d.prestaties.map((p) => (
                          <li key={p.id}>
                            Prestatie {p.referentieNummer} (toewijzing {p.toewijzingNummer}, {p.code}, {p.debet ? '' : 'credit '}{formatEuroCent(p.bedragCent)}): {p.retourcodes.map(retourcodeTekst).join('; ')}
                          </li>
                        ))}
                        {d.status === 'DEELS_TOEGEKEND' && <li>De andere prestaties zijn toegekend.</li>}
                      </ul>
                    )}
                  </div>
                ),
              },
              { header: 'Antwoord', cell: (d) => <a href={`/berichtenverkeer/bestand/declaratie/${d.id}`} className="font-mono whitespace-nowrap">{d.wet === 'WMO' ? 'WMO325' : 'JW325'} {d.antwoordNummer}</a> },
            ]}
          />
        )}

        {r.pages > 1 && (
          <nav aria-label="Paginering" className="mt-4 flex flex-wrap items-center gap-4">
            {r.page > 1 ? <Link href={href(f, { pagina: r.page - 1 })} rel="prev">Vorige pagina</Link> : <span className="text-slate-600">Vorige pagina</span>}
            <span aria-current="page">Pagina {r.page} van {r.pages} ({r.total})</span>
            {r.page < r.pages ? <Link href={href(f, { pagina: r.page + 1 })} rel="next">Volgende pagina</Link> : <span className="text-slate-600">Volgende pagina</span>}
          </nav>
        )}
      </Section>

      {gekozen && behandelen && (
        <Section title={`Verzoek ${gekozen.referentieAanbieder} beantwoorden`}>
          <p className="mb-2">
            {gekozen.aanbieder.naam} vraagt, ontvangen op {formatDatum(gekozen.ontvangenOp)}
            {gekozen.kanaal === 'PORTAAL' ? ` via het partnerportaal${gekozen.ingediendDoor ? ` door ${gekozen.ingediendDoor.naam}` : ''}` : ''}:
          </p>
          {gekozen.motivatie && (
            <div className="mb-2">
              <h3 className="text-lg font-semibold">Motivatie van de aanbieder</h3>
              <p className="whitespace-pre-line">{gekozen.motivatie}</p>
            </div>
          )}
          <pre className="mb-4 overflow-x-auto rounded bg-slate-100 p-3 text-sm">{JSON.stringify(gekozen.producten, null, 2)}</pre>
          <div className="grid gap-8 md:grid-cols-2">
            <div>
              <h3 className="mb-2 text-lg font-semibold">Toewijzen</h3>
              {gekozen.kandidaten.length ? (
                <ToewijzenForm action={toewijzenVerzoekAction} verzoekId={gekozen.id} version={gekozen.version} toewijzingen={gekozen.kandidaten.map((k) => ({ value: k.id, label: `${k.toewijzingNummer}: ${k.product.code} ${k.product.naam}, vanaf ${formatDatum(k.ingangsdatum)}` }))} />
              ) : (
                <p>Er is nog geen onverstuurde toewijzing van deze cliënt bij deze aanbieder. Stel eerst een beschikking vast; daarna staat de toewijzing hier.</p>
              )}
            </div>
            <div>
              <h3 className="mb-2 text-lg font-semibold">Afwijzen</h3>
              <AfwijzenForm action={afwijzenVerzoekAction} verzoekId={gekozen.id} version={gekozen.version} viaPortaal={gekozen.kanaal === 'PORTAAL'} redenen={Object.entries(REDEN_AFWIJZING_VERZOEK).map(([value, label]) => ({ value, label }))} />
            </div>
          </div>
        </Section>
      )}

      {behandelen && (
        <Section title="Uitwisselen">
          <p className="mb-4">
            Berichten gaan elke minuut via de map berichten/uit naar het Gemeentelijk Gegevensknooppunt en komen binnen via berichten/in. Een aanbieder die met de hand stuurt: upload het bestand hier.
          </p>
          <div className="grid gap-8 md:grid-cols-2">
            <UploadBerichtForm action={uploadBerichtAction} />
            <UitwisselenForm action={uitwisselenAction} />
          </div>
        </Section>
      )}
    </>
  );
}
