import type { Metadata } from 'next';
import { Staafdiagram } from '@/components/rapportage/staafdiagram';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { PageHeader, Section, StatGrid } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import type { Cel } from '@/lib/domain/suppressie';
import { rapportageLabels } from '@/lib/server/rapportage/export-csv';
import { getRapportage, getRapportageKeuzes, RAPPORTAGE_BEWAAR_MS, RAPPORTAGE_VERVERS_MINUTEN } from '@/lib/server/rapportage/get-rapportage';
import { parseRapportageFilter } from '@/lib/validations/rapportage';
import { formatGetal } from '@/lib/domain/getallen';
import { meerTonen } from '@/lib/domain/meer-tonen';
import { TRIAGE_UITKOMST_VALUES } from '@/lib/domain/enums';
import { triageTabel } from '@/lib/domain/rapportage';
import { MeerTonen } from '@/components/ui/meer-tonen';

export const metadata: Metadata = { title: 'Rapportage' };

const num = (v: Cel | null) => (typeof v === 'number' ? v : null);
const tijd = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });
const toon = (v: Cel | number | null, suffix = '') => (v === null ? '—' : v === '<5' ? '<5' : `${formatGetal(v)}${suffix}`);
/**
 * Professionals, teams and wijken at once (issue 23: a city of a million households has 160 teams and wijken and a
 * thousand professionals); "meer tonen" shows the next ones, the CSV has them all.
 */
const STAP = 20;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function RapportagePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission('rapportage:read');
  const params = await searchParams;
  const { filter, values, fieldErrors } = parseRapportageFilter(params);
  const [r, keuzes] = await Promise.all([getRapportage(actor, filter, new Date(), { bewaarMs: RAPPORTAGE_BEWAAR_MS }), getRapportageKeuzes(actor)]);
  const exportHref = `/rapportage/export?${new URLSearchParams(values)}`;
  // A city has a thousand professionals or more (issue 23: a million households): the first ones, more on request; the
  // CSV has them all.
  const professionals = meerTonen(r.caseloadProfessional, params.toon, STAP);
  const teams = meerTonen(r.caseloadTeam, params.teams, STAP);
  const triage = triageTabel(r.triagePerWijk, TRIAGE_UITKOMST_VALUES);
  const wijken = meerTonen(triage.wijken, params.wijken, STAP);
  /** This page with the same filters and one list longer (the other lists keep their length). */
  const meerHref = (lijst: 'toon' | 'teams' | 'wijken', aantal: number, kop: string) => {
    const query = new URLSearchParams(values);
    for (const key of ['toon', 'teams', 'wijken'] as const) if (first(params[key])) query.set(key, first(params[key])!);
    query.set(lijst, String(aantal));
    return `/rapportage?${query}#${kop}`;
  };
  const meer = (lijst: 'toon' | 'teams' | 'wijken', rijen: { verborgen: number; volgende: number | null }, kop: string, een: string, meerdere: string) => (
    <MeerTonen rijen={rijen} href={(n) => meerHref(lijst, n, kop)} een={een} meerdere={meerdere} toelichting="de CSV-download bevat ze allemaal" />
  );
  const onderzoek = r.termijnen.find((t) => t.soort === 'ONDERZOEK');
  const beschikking = r.termijnen.find((t) => t.soort === 'BESCHIKKING');
  return (
    <>
      <PageHeader
        title="Rapportage"
        description="Stuurinformatie op geaggregeerd niveau, zonder gegevens van inwoners. De filters kiezen casussen: melding binnengekomen in de periode, huishouden in de wijk, casus van het team."
        actions={
          <a href={exportHref} className={buttonClasses('secondary')} download>
            Download als CSV
          </a>
        }
      />
      <p className="mb-4 text-sm text-slate-700">
        Cijfers bijgewerkt om {tijd.format(r.berekendOp)}. De cijfers van de hele gemeente worden elke {RAPPORTAGE_VERVERS_MINUTEN} minuten vooraf
        berekend; met een filter worden ze hooguit elke {RAPPORTAGE_BEWAAR_MS / 60_000} minuten opnieuw berekend. De CSV-download bevat dezelfde cijfers.
      </p>
      {r.onderdrukt && (
        <Alert variant="info" title="Alleen geaggregeerde cijfers">
          Aantallen van 1 tot en met 4 staan als &lsquo;&lt;5&rsquo;, zodat niemand herkenbaar is. Professionals staan er zonder naam in.
        </Alert>
      )}
      <Section title="Filteren">
        <FilterForm action="/rapportage" hasErrors={Object.keys(fieldErrors).length > 0}>
          <Field label="Vanaf datum" name="van" hint="Bijvoorbeeld 1-1-2026." errors={fieldErrors.van} optional>
            <Input defaultValue={values.van ?? ''} />
          </Field>
          <Field label="Tot en met datum" name="tot" hint="Bijvoorbeeld 31-12-2026." errors={fieldErrors.tot} optional>
            <Input defaultValue={values.tot ?? ''} />
          </Field>
          <Field label="Wijk" name="wijk" errors={fieldErrors.wijk} optional>
            <Select defaultValue={values.wijk ?? ''} placeholder="Alle wijken" options={keuzes.wijken.map((w) => ({ value: w.id, label: w.naam }))} />
          </Field>
          <Field label="Team" name="team" errors={fieldErrors.team} optional>
            <Select defaultValue={values.team ?? ''} placeholder="Alle teams" options={keuzes.teams.map((t) => ({ value: t.id, label: t.naam }))} />
          </Field>
        </FilterForm>
      </Section>

      <Section title="Kerncijfers">
        <StatGrid
          stats={[
            { label: 'Onderzoekstermijn verlopen', value: toon(onderzoek?.verlopen ?? 0), tone: num(onderzoek?.verlopen ?? 0) ? 'danger' : undefined },
            { label: 'Beslistermijn aanvraag verlopen', value: toon(beschikking?.verlopen ?? 0), tone: num(beschikking?.verlopen ?? 0) ? 'danger' : undefined },
            { label: 'Aandeel procesregie (norm 10–15%)', value: toon(r.regie.aandeelProcesregie, '%') },
            { label: 'Plannen met informele én formele hulp', value: toon(r.arrangementen.aandeelGecombineerd, '%') },
          ]}
        />
      </Section>

      <Section title="Doorlooptijden per stap">
        <Staafdiagram
          eenheid=" d"
          data={r.doorlooptijden.map((d) => ({ label: rapportageLabels.fase(d.fase), mediaan: d.mediaanDagen, p90: d.p90Dagen }))}
          reeksen={[
            { key: 'mediaan', naam: 'Mediaan (dagen)', kleur: '#1d4ed8' },
            { key: 'p90', naam: '90e percentiel (dagen)', kleur: '#b45309' },
          ]}
        />
        <DataTable
          caption="Doorlooptijden per stap in dagen"
          rows={r.doorlooptijden}
          rowKey={(d) => d.fase}
          columns={[
            { header: 'Stap', cell: (d) => rapportageLabels.fase(d.fase) },
            { header: 'Aantal', cell: (d) => toon(d.aantal) },
            { header: 'Mediaan (dagen)', cell: (d) => toon(d.mediaanDagen) },
            { header: '90e percentiel (dagen)', cell: (d) => toon(d.p90Dagen) },
          ]}
        />
      </Section>

      <Section title="Termijnen">
        <DataTable
          caption="Lopende en verlopen termijnen"
          rows={r.termijnen}
          rowKey={(t) => t.soort}
          columns={[
            { header: 'Termijn', cell: (t) => (t.soort === 'ONDERZOEK' ? 'Onderzoekstermijn (verslag nog niet verstuurd)' : 'Beslistermijn aanvraag') },
            { header: 'Lopend', cell: (t) => toon(t.lopend) },
            { header: 'Verlopen', cell: (t) => toon(t.verlopen) },
          ]}
        />
      </Section>

      <Section title="Caseload per team">
        <Staafdiagram data={teams.zichtbaar.map((c) => ({ label: c.team, aantal: num(c.aantal) }))} reeksen={[{ key: 'aantal', naam: 'Open casussen', kleur: '#1d4ed8' }]} />
        <DataTable
          caption={`Open casussen per team${teams.verborgen ? ` (de eerste ${teams.zichtbaar.length} van ${r.caseloadTeam.length})` : ''}`}
          rows={teams.zichtbaar}
          rowKey={(c) => c.team}
          columns={[{ header: 'Team', cell: (c) => c.team }, { header: 'Open casussen', cell: (c) => toon(c.aantal) }]}
        />
        {meer('teams', teams, 'kop-caseload-per-team', 'team', 'teams')}
      </Section>

      <Section title="Caseload per professional">
        <DataTable
          caption={`Lopende regietoewijzingen per professional, de meeste eerst${professionals.verborgen ? ` (de eerste ${professionals.zichtbaar.length} van ${r.caseloadProfessional.length})` : ''}`}
          rows={professionals.zichtbaar}
          rowKey={(c) => `${c.professional}-${c.team}`}
          columns={[
            { header: 'Professional', cell: (c) => c.professional },
            { header: 'Team', cell: (c) => c.team },
            { header: 'Casussen in regie', cell: (c) => toon(c.aantal) },
          ]}
        />
        {meer('toon', professionals, 'kop-caseload-per-professional', 'professional', 'professionals')}
      </Section>

      <Section title="Triage per wijk">
        <DataTable
          caption={`Triage-uitkomsten per wijk: het aantal triages per uitkomst${wijken.verborgen ? ` (de eerste ${wijken.zichtbaar.length} van ${triage.wijken.length} wijken)` : ''}`}
          rows={wijken.zichtbaar}
          rowKey={(t) => t.wijk}
          columns={[
            { header: 'Wijk', cell: (t) => t.wijk },
            ...triage.uitkomsten.map((u, i) => ({ header: rapportageLabels.uitkomst(u), cell: (t: (typeof triage.wijken)[number]) => toon(t.aantallen[i]) })),
          ]}
        />
        {meer('wijken', wijken, 'kop-triage-per-wijk', 'wijk', 'wijken')}
      </Section>

      <Section title="Regie en arrangementen">
        <DataTable
          caption="Regie en arrangementen"
          rows={[
            { k: 'Huishoudens met casusregie', v: toon(r.regie.casusregie) },
            { k: 'Huishoudens met procesregie', v: toon(r.regie.procesregie) },
            { k: 'Aandeel procesregie', v: toon(r.regie.aandeelProcesregie, '%') },
            { k: 'Vastgestelde plannen met een arrangement', v: toon(r.arrangementen.plannen) },
            { k: 'Informele en formele hulp gecombineerd', v: toon(r.arrangementen.gecombineerd) },
            { k: 'Alleen formele hulp (maatwerk)', v: toon(r.arrangementen.alleenFormeel) },
            { k: 'Alleen informele hulp', v: toon(r.arrangementen.alleenInformeel) },
          ]}
          rowKey={(x) => x.k}
          columns={[{ header: 'Kenmerk', cell: (x) => x.k }, { header: 'Waarde', cell: (x) => x.v }]}
        />
      </Section>

      <Section title="Betrokken professionals en organisaties per huishouden">
        <DataTable
          caption="Aantal huishoudens met een open casus naar aantal betrokken professionals en organisaties"
          rows={r.betrokkenenPerHuishouden}
          rowKey={(b) => b.bucket}
          columns={[
            { header: 'Aantal betrokkenen', cell: (b) => b.bucket },
            { header: 'Huishoudens (professionals)', cell: (b) => toon(b.huishoudensProfessionals) },
            { header: 'Huishoudens (organisaties)', cell: (b) => toon(b.huishoudensOrganisaties) },
          ]}
        />
      </Section>
    </>
  );
}
