import type { Metadata } from 'next';
import { TermijnUitleg } from '@/components/termijn-uitleg';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader, Section, StatGrid } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { dossierHref } from '@/components/dossier/dossier-tabs';
import { requirePagePermission } from '@/lib/auth/session';
import { FASE_LABELS } from '@/lib/domain/casus-transitions';
import { formatDatum } from '@/lib/domain/dates';
import { REGIEVORM_LABELS } from '@/lib/domain/labels';
import { TAAK_SOORT_LABELS, type WerkvoorraadTaak } from '@/lib/domain/werkvoorraad';
import { getWerkvoorraad } from '@/lib/server/werkvoorraad/get-werkvoorraad';
import { ZorgsignalenBlok } from '@/components/partner/zorgsignalen-blok';
import { wachttijd } from '@/lib/domain/inwoner';
import { meerTonen } from '@/lib/domain/meer-tonen';
import { MeerTonen } from '@/components/ui/meer-tonen';

export const metadata: Metadata = { title: 'Mijn werkvoorraad' };

/**
 * Rows at once (issue 23: 25 tasks and 20 households rendered the page at 3.3x the floor): the first are what needs
 * doing, "meer tonen" adds the next ones.
 */
const TAKEN_STAP = 15;
const HUISHOUDENS_STAP = 10;

/** The page with both lists as long as asked: "meer tonen" of one list keeps what the other shows. */
function werkvoorraadHref(toon: { toon?: string | string[] | number | null; huishoudens?: string | string[] | number | null }, kop: string) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(toon)) {
    const v = Array.isArray(value) ? value[0] : value;
    if (v !== undefined && v !== null && v !== '') query.set(key, String(v));
  }
  return `/werkvoorraad?${query}#${kop}`;
}

/**
 * A due date with its badge. The text of a repeated cell is one template string (issue 23): `Te laat: {n} dagen` in
 * JSX makes four text nodes, four strings in the RSC payload and three comments between them in the HTML.
 */
function Termijn({ taak }: { taak: WerkvoorraadTaak }) {
  return (
    <span className="termijn">
      {taak.status === 'OVERDUE' ? <span className="te-laat">{formatDatum(taak.uiterlijkOp)}</span> : <span>{formatDatum(taak.uiterlijkOp)}</span>}
      {taak.status === 'OVERDUE' && <Badge tone="danger">{`Te laat: ${-taak.dagen} ${taak.dagen === -1 ? 'dag' : 'dagen'}`}</Badge>}
      {taak.status === 'DUE_SOON' && <Badge tone="warning">{taak.dagen === 0 ? 'Vandaag' : `Nog ${taak.dagen} ${taak.dagen === 1 ? 'dag' : 'dagen'}`}</Badge>}
      {taak.uitleg && <span className="basis-full"><TermijnUitleg uitleg={taak.uitleg} /></span>}
    </span>
  );
}

export default async function WerkvoorraadPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission('werkvoorraad:read');
  const [{ taken, huishoudens, berichten, zorgsignalen }, params] = await Promise.all([getWerkvoorraad(actor), searchParams]);
  const nu = new Date();
  // A wijkcoach with forty households has a hundred rows here; the first ones are what needs doing (issue 9).
  const lijst = meerTonen(taken, params.toon, TAKEN_STAP);
  // The households too (issue 23: page the household table): those with something overdue or due first.
  const regie = meerTonen(huishoudens, params.huishoudens, HUISHOUDENS_STAP);
  const teLaat = taken.filter((t) => t.status === 'OVERDUE').length;
  const binnenkort = taken.filter((t) => t.status === 'DUE_SOON').length;
  return (
    <>
      <PageHeader
        title="Mijn werkvoorraad"
        description="Je huishoudens in regie en wat er moet gebeuren: termijnen en taken uit de dossiers, de vroegste eerst. Wat te laat is staat bovenaan."
      />
      <StatGrid
        stats={[
          { label: 'Huishoudens in regie', value: huishoudens.length },
          { label: 'Te laat', value: teLaat, tone: teLaat ? 'danger' : undefined },
          { label: 'Binnen 3 dagen', value: binnenkort, tone: binnenkort ? 'warning' : undefined },
          { label: 'Taken en termijnen', value: taken.length },
        ]}
      />
      <ZorgsignalenBlok signalen={zorgsignalen} />
      {berichten.length > 0 && (
        <Section title="Berichten om te beantwoorden">
          <DataTable
            caption="Berichten van huishoudens in Mijn plan die nog geen antwoord hebben, de oudste eerst"
            rows={berichten}
            rowKey={(b) => b.huishoudenId}
            columns={[
              { header: 'Wacht sinds', cell: (b) => <>{formatDatum(b.sinds)} <Badge tone={nu.getTime() - b.sinds.getTime() > 2 * 86_400_000 ? 'danger' : 'warning'}>{wachttijd(b.sinds, nu)}</Badge></> },
              { header: 'Huishouden', cell: (b) => <a href={dossierHref(b.huishoudenId, 'berichten')}>{b.huishoudenNaam}</a> },
              { header: 'Berichten', cell: (b) => `${b.aantal} ${b.aantal === 1 ? 'bericht' : 'berichten'}` },
            ]}
          />
        </Section>
      )}
      <Section title="Taken en termijnen">
        <DataTable
          caption={`Taken en termijnen, te laat eerst, dan op datum${lijst.verborgen ? ` (de eerste ${lijst.zichtbaar.length} van ${taken.length})` : ''}`}
          rows={lijst.zichtbaar}
          rowKey={(t) => t.key}
          empty={<EmptyState>Je hebt geen openstaande taken of termijnen.</EmptyState>}
          columns={[
            { header: 'Uiterlijk', cell: (t) => <Termijn taak={t} /> },
            { header: 'Wat', cell: (t) => <><span className="onder">{TAAK_SOORT_LABELS[t.soort]}</span>{t.titel}{t.wie && <span className="onder">{t.wie}</span>}</> },
            {
              header: 'Huishouden',
              cell: (t) => (
                <>
                  <a href={dossierHref(t.huishouden.id)}>{t.huishouden.naam}</a>
                  {t.huishouden.wijk && <span className="onder">{t.huishouden.wijk}</span>}
                </>
              ),
            },
            { header: 'Casus', cell: (t) => (t.casusNummer ? <span className="font-mono text-sm">{t.casusNummer}</span> : '—') },
          ]}
        />
        <MeerTonen rijen={lijst} href={(toon) => werkvoorraadHref({ toon, huishoudens: params.huishoudens }, 'kop-taken-en-termijnen')} een="taak" meerdere="taken" />
      </Section>
      <Section title="Mijn huishoudens">
        <DataTable
          caption={`De huishoudens waarvoor jij regisseur bent, met hun eerstvolgende termijn${regie.verborgen ? ` (de eerste ${regie.zichtbaar.length} van ${huishoudens.length})` : ''}`}
          rows={regie.zichtbaar}
          rowKey={(h) => h.casusId}
          empty={<EmptyState>Je hebt nog geen huishoudens in regie.</EmptyState>}
          columns={[
            { header: 'Huishouden', cell: (h) => <><a href={dossierHref(h.huishouden.id)} className="font-semibold">{h.huishouden.naam}</a><span className="onder font-mono">{h.casusNummer}</span></> },
            { header: 'Wijk', cell: (h) => h.huishouden.wijk ?? '—' },
            { header: 'Fase', cell: (h) => FASE_LABELS[h.fase] },
            { header: 'Regie', cell: (h) => <>{REGIEVORM_LABELS[h.vorm]}{!h.lead && <span className="onder">naast de lead</span>}</> },
            { header: 'Eerstvolgende', cell: (h) => (h.volgende ? <><Termijn taak={h.volgende} /><span className="onder">{h.volgende.titel}</span></> : '—') },
            { header: 'Open', cell: (h) => <>{h.aantalTaken}{h.teLaat > 0 && <span className="block text-sm font-semibold text-red-800">{`${h.teLaat} te laat`}</span>}</> },
          ]}
        />
        <MeerTonen rijen={regie} href={(huishoudens) => werkvoorraadHref({ toon: params.toon, huishoudens }, 'kop-mijn-huishoudens')} label="Meer huishoudens tonen" />
      </Section>
    </>
  );
}
