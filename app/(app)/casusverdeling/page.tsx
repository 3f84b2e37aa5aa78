import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader, Section, StatGrid } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { isAfwezig, belastingPerFte } from '@/lib/domain/casusverdeling';
import { formatDatum } from '@/lib/domain/dates';
import { COMPLEXITEIT_LABELS, TRIAGE_UITKOMST_LABELS, URGENTIE_LABELS, VEILIGHEID_LABELS } from '@/lib/domain/labels';
import { DEFAULT_CASELOAD_WEIGHTS } from '@/lib/domain/regie';
import { getCasusverdeling } from '@/lib/server/regie/get-casusverdeling';
import { ZorgsignalenBlok } from '@/components/partner/zorgsignalen-blok';
import { Paginering } from './_components/paginering';
import { NeemBrpTaakOpForm } from './_components/regie-forms';
import { formatGetal as getal } from '@/lib/domain/getallen';
import { meerTonen } from '@/lib/domain/meer-tonen';
import { MeerTonen } from '@/components/ui/meer-tonen';

export const metadata: Metadata = { title: 'Casusverdeling' };

/** Issue 23: rows of the caseload table and of the opschalingsverzoeken at once; "meer tonen" shows the next ones. */
const LEDEN_STAP = 10;
const VERZOEKEN_STAP = 10;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function CasusverdelingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission('regie:assign');
  const params = await searchParams;
  const today = new Date();
  // One statement for the board, the regie of deactivated staff, the BRP tasks without a handler and the zorgsignalen
  // (issue 23).
  const board = await getCasusverdeling(actor, { pagina: Number(first(params.pagina) ?? 1) }, today);
  const { weesRegie, brpTaken, zorgsignalen } = board;
  const toegewezen = first(params.toegewezen);
  const aan = board.leden.find((l) => l.id === first(params.aan));
  const besluit = first(params.besluit);
  const { paginering } = board;
  // Issue 23: page the caseload table as well; a teamlead of several teams has dozens of wijkcoaches.
  const leden = meerTonen(board.leden, params.leden, LEDEN_STAP);
  const verzoeken = meerTonen(board.verzoeken, params.verzoeken, VERZOEKEN_STAP);
  /** This board with one list longer: the page of casussen and the other list's length stay. */
  const meerHref = (lijst: 'leden' | 'verzoeken', aantal: number, kop: string) => {
    const query = new URLSearchParams();
    if (paginering.pagina > 1) query.set('pagina', String(paginering.pagina));
    for (const [key, value] of [['verzoeken', first(params.verzoeken)], ['leden', first(params.leden)]] as const) if (value) query.set(key, value);
    query.set(lijst, String(aantal));
    return `/casusverdeling?${query}#${kop}`;
  };

  return (
    <>
      <PageHeader
        title="Casusverdeling"
        description="Casussen van je team die wachten op een regisseur, de verzoeken om op te schalen, en de caseload van je teamleden."
      />
      {toegewezen && (
        <Alert variant="success" title="Regie toegewezen">
          Casus {toegewezen} heeft nu een regisseur{aan ? `: ${aan.naam}` : ''}. De casus staat in de werkvoorraad van de regisseur.
        </Alert>
      )}
      {first(params.brpTaak) === 'opgepakt' && (
        <Alert variant="success" title="BRP-taak opgepakt">
          De taak staat nu in je werkvoorraad.
        </Alert>
      )}
      {besluit && (
        <Alert variant="success" title={besluit === 'toegekend' ? 'Opschaling toegekend' : 'Opschaling afgewezen'}>
          Het besluit over casus {first(params.casus)} is vastgelegd{besluit === 'toegekend' ? ' en de procesregie is toegewezen' : ''}.
        </Alert>
      )}
      <ZorgsignalenBlok signalen={zorgsignalen} />
      <StatGrid
        stats={[
          { label: 'Wachten op regie', value: paginering.totaal, tone: paginering.totaal ? 'warning' : undefined },
          { label: 'Urgent of crisis', value: board.urgent, tone: board.urgent ? 'danger' : undefined },
          { label: 'Verzoeken om op te schalen', value: board.verzoeken.length, tone: board.verzoeken.length ? 'warning' : undefined },
          { label: 'Wijkcoaches in je team', value: board.leden.length },
        ]}
      />

      {board.verzoeken.length > 0 && (
        <Section title="Verzoeken om op te schalen">
          <DataTable
            caption={`Open verzoeken om op te schalen naar procesregie, oudste eerst${verzoeken.verborgen ? ` (de eerste ${verzoeken.zichtbaar.length} van ${board.verzoeken.length})` : ''}`}
            rows={verzoeken.zichtbaar}
            rowKey={(v) => v.id}
            columns={[
              { header: 'Casus', cell: (v) => <span className="font-mono">{v.casus.nummer}</span> },
              { header: 'Huishouden', cell: (v) => v.casus.huishouden.naam },
              { header: 'Gevraagd door', cell: (v) => <>{v.aangevraagdDoor}<span className="block text-slate-600">{formatDatum(v.createdAt)}</span></> },
              { header: 'Reden', cell: (v) => <span className="line-clamp-3 max-w-md">{v.reden}</span> },
              { header: 'Actie', cell: (v) => <a href={`/casusverdeling/opschaling/${v.id}`} aria-label={`Beoordelen: verzoek voor ${v.casus.huishouden.naam}`}>Beoordelen</a> },
            ]}
          />
          <MeerTonen rijen={verzoeken} href={(n) => meerHref('verzoeken', n, 'kop-verzoeken-om-op-te-schalen')} een="verzoek" meerdere="verzoeken" />
        </Section>
      )}

      {weesRegie.length > 0 && (
        <Section title="Regie bij medewerkers die uit dienst zijn">
          <p className="mb-3 text-sm text-slate-700">Deze huishoudens hebben nog een regisseur van wie het account is gedeactiveerd. Wijs de regie opnieuw toe.</p>
          <DataTable
            caption="Open regie van gedeactiveerde medewerkers"
            rows={weesRegie}
            rowKey={(r) => r.id}
            columns={[
              { header: 'Huishouden', cell: (r) => r.huishouden?.naam ?? '—' },
              { header: 'Wijk', cell: (r) => r.huishouden?.wijk ?? '—' },
              { header: 'Regisseur', cell: (r) => <>{r.regisseur.naam}{r.regisseur.gedeactiveerdOp && <span className="block text-slate-600">gedeactiveerd {formatDatum(r.regisseur.gedeactiveerdOp)}</span>}</> },
              { header: 'Regie', cell: (r) => (r.vorm === 'PROCESREGIE' ? 'Procesregie' : 'Casusregie') + (r.lead ? '' : ' (naast lead)') },
              { header: 'Actie', cell: (r) => (r.huishouden ? <a href={`/huishoudens/${r.huishouden.id}/regie`} aria-label={`Opnieuw toewijzen: ${r.huishouden.naam}`}>Opnieuw toewijzen</a> : '—') },
            ]}
          />
        </Section>
      )}

      {brpTaken.length > 0 && (
        <Section title="BRP-signalen zonder behandelaar">
          <p className="mb-3 text-sm text-slate-700">De nachtelijke BRP-controle vond iets bij een casus zonder regisseur en zonder teamleider van het team of de wijk. Pak de taak op, of wijs eerst de regie toe.</p>
          <DataTable
            caption="BRP-taken zonder behandelaar"
            rows={brpTaken}
            rowKey={(t) => t.id}
            columns={[
              { header: 'Taak', cell: (t) => <span className="font-semibold">{t.titel}</span> },
              { header: 'Huishouden', cell: (t) => <a href={`/huishoudens/${t.huishoudenId}`}>{t.huishoudenNaam}</a> },
              { header: 'Wijk', cell: (t) => t.wijk ?? '—' },
              { header: 'Uiterlijk', cell: (t) => formatDatum(t.uiterlijkOp) },
              { header: 'Actie', cell: (t) => <NeemBrpTaakOpForm taakId={t.id} titel={t.titel} /> },
            ]}
          />
        </Section>
      )}

      <Section title="Wachten op regie">
        {board.casussen.length > 0 && <p className="mb-3 text-sm text-slate-700">Kies een huishouden om de vorm van regie en een regisseur te kiezen. Urgente casussen staan bovenaan, daarna de oudste.</p>}
        <DataTable
          caption="Casussen die wachten op regie, urgentste en oudste eerst. Kies een huishouden om de regie toe te wijzen."
          rows={board.casussen}
          rowKey={(c) => c.id}
          empty={<EmptyState>Er wachten geen casussen op regie.</EmptyState>}
          columns={[
            {
              header: 'Huishouden',
              cell: (c) => (
                <>
                  <a href={`/casusverdeling/${c.id}`} className="font-semibold">
                    {c.huishouden.naam}
                  </a>
                  <span className="onder font-mono">{c.nummer}</span>
                </>
              ),
            },
            { header: 'Wijk', cell: (c) => c.wijk?.naam ?? '—' },
            {
              header: 'Urgentie',
              cell: (c) => (
                <span className="flex flex-wrap gap-1">
                  <Badge tone={c.urgentie === 'NORMAAL' ? 'neutral' : 'danger'}>{URGENTIE_LABELS[c.urgentie]}</Badge>
                  {c.veiligheid !== 'GEEN_ZORGEN' && <Badge tone="warning">{`Veiligheid: ${VEILIGHEID_LABELS[c.veiligheid].toLowerCase()}`}</Badge>}
                </span>
              ),
            },
            { header: 'Wacht', cell: (c) => <>{`${c.wachttijdDagen} ${c.wachttijdDagen === 1 ? 'dag' : 'dagen'}`}<span className="onder">{`gemeld ${formatDatum(c.meldingOntvangenOp)}`}</span></> },
            {
              header: 'Leefgebieden',
              cell: (c) => (c.leefgebieden.length ? <>{c.leefgebieden.join(', ')}{c.uitkomst && <span className="onder">{TRIAGE_UITKOMST_LABELS[c.uitkomst]}</span>}</> : '—'),
            },
            { header: 'Complexiteit', cell: (c) => COMPLEXITEIT_LABELS[c.complexiteit] },
          ]}
        />
        <Paginering pagina={paginering.pagina} paginas={paginering.paginas} totaal={paginering.totaal} basis="/casusverdeling" />
      </Section>

      <Section title="Team en caseload">
        <p className="mb-3 text-sm text-slate-700">
          Caseload: de huishoudens waarvoor iemand nu regisseur is. Gewogen telt procesregie {getal(DEFAULT_CASELOAD_WEIGHTS.PROCESREGIE)} keer
          zo zwaar als casusregie; per fte houdt rekening met de beschikbaarheid.
        </p>
        <DataTable
          caption={`Teamleden met hun caseload, beschikbaarheid en focuswijken${leden.verborgen ? ` (de eerste ${leden.zichtbaar.length} van ${board.leden.length})` : ''}`}
          rows={leden.zichtbaar}
          rowKey={(l) => l.id}
          empty={<EmptyState>Er zijn geen wijkcoaches in je team.</EmptyState>}
          columns={[
            { header: 'Naam', cell: (l) => <>{l.naam}{l.functie && <span className="onder">{l.functie}</span>}</> },
            { header: 'Casussen', cell: (l) => l.caseload.count, className: 'text-right' },
            { header: 'Gewogen', cell: (l) => getal(l.caseload.weighted), className: 'text-right' },
            { header: 'Per fte', cell: (l) => { const b = belastingPerFte(l.caseload.weighted, l.beschikbaarheid); return b === null ? '—' : getal(b); }, className: 'text-right' },
            {
              header: 'Beschikbaar',
              cell: (l) =>
                isAfwezig(l.afwezigTot, today) ? <Badge tone="warning">Afwezig t/m {formatDatum(l.afwezigTot!)}</Badge> : `${l.beschikbaarheid}%`,
            },
            { header: 'Focuswijken', cell: (l) => l.focuswijken.map((w) => w.naam).join(', ') || '—' },
            { header: 'Mandaat', cell: (l) => [l.procesregieMandaat && 'Procesregie', l.doorzettingsmacht && 'Doorzettingsmacht'].filter(Boolean).join(', ') || '—' },
          ]}
        />
        <MeerTonen rijen={leden} href={(n) => meerHref('leden', n, 'kop-team-en-caseload')} een="teamlid" meerdere="teamleden" />
      </Section>
    </>
  );
}
