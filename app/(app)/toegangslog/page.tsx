import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Checkbox } from '@/components/ui/checkbox';
import { Field, Input, Select } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { BeoordeelBreakTheGlassForm } from '@/components/toegangslog/beoordeel-break-the-glass-form';
import { Alert } from '@/components/ui/alert';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { BREAK_THE_GLASS_UITKOMST_LABELS } from '@/lib/domain/audit-labels';
import { isUuid } from '@/lib/domain/ids';
import { ROL_LABELS } from '@/lib/domain/labels';
import type { Rol } from '@/lib/generated/prisma/enums';
import { listBreakTheGlass } from '@/lib/server/toegangslog/list-break-the-glass';
import { getToegangslogKeuzes, listToegangslog } from '@/lib/server/toegangslog/list-toegangslog';
import { parseToegangslogFilter } from '@/lib/validations/toegangslog';
import { beoordeelBreakTheGlassAction } from './actions';

export const metadata: Metadata = { title: 'Toegangslog' };

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Amsterdam' });

const rolLabel = (rollen: string | null) =>
  rollen ? rollen.split(',').map((r) => ROL_LABELS[r as Rol] ?? r).join(', ') : '—';

export default async function ToegangslogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission('auditlog:read');
  const params = await searchParams;
  const { filter, values, fieldErrors } = parseToegangslogFilter(params);
  const [log, keuzes, btg] = await Promise.all([listToegangslog(actor, filter), getToegangslogKeuzes(actor), listBreakTheGlass(actor)]);
  const { beoordeel: _beoordeel, beoordeeld: _beoordeeld, ...filterValues } = values;
  const pageHref = (pagina: number) => `/toegangslog?${new URLSearchParams({ ...filterValues, pagina: String(pagina) })}`;
  const hasErrors = Object.keys(fieldErrors).length > 0;
  const magBeoordelen = can(actor, 'auditlog:review');
  const gekozen = typeof params.beoordeel === 'string' && isUuid(params.beoordeel) ? btg.teBeoordelen.find((b) => b.id === params.beoordeel) : undefined;
  if (filter.huishouden && log.huishoudensGevonden === 0) fieldErrors.huishouden = ['Geen huishouden gevonden met deze naam of dit kenmerk.'];
  return (
    <>
      <PageHeader
        title="Toegangslog"
        description="Wie wanneer welke persoonsgegevens inzag of wijzigde, met welke reden. Het log kan niet worden gewijzigd of verwijderd. Break the glass staat rood gemarkeerd; de privacyfunctionaris legt per toegang vast of die gerechtvaardigd was."
      />
      <Section title="Filteren">
        <FilterForm action="/toegangslog" hasErrors={hasErrors} columns={3} onder={<Checkbox label="Alleen break the glass" name="btg" defaultChecked={filter.btg} />}>
          <Field label="Vanaf datum" name="van" hint="Bijvoorbeeld 1-11-2026." errors={fieldErrors.van} optional>
            <Input defaultValue={values.van ?? ''} />
          </Field>
          <Field label="Tot en met datum" name="tot" hint="Bijvoorbeeld 30-11-2026." errors={fieldErrors.tot} optional>
            <Input defaultValue={values.tot ?? ''} />
          </Field>
          <Field label="Medewerker" name="gebruiker" errors={fieldErrors.gebruiker} optional>
            <Select defaultValue={values.gebruiker ?? ''} placeholder="Alle medewerkers" options={keuzes.users.map((u) => ({ value: u.id, label: u.naam }))} />
          </Field>
          <Field label="Huishouden" name="huishouden" hint="Naam of kenmerk: casus (C-…), melding (M-…), aanvraag (A-…) of beschikking (B-…)." errors={fieldErrors.huishouden} optional>
            <Input defaultValue={values.huishouden ?? ''} />
          </Field>
          <Field label="Handeling" name="actie" errors={fieldErrors.actie} optional>
            <Select defaultValue={values.actie ?? ''} placeholder="Alle handelingen" options={keuzes.acties} />
          </Field>
          {filter.id && <input type="hidden" name="id" value={filter.id} />}
        </FilterForm>
      </Section>
      <Section title={`Break the glass beoordelen (${btg.aantalTeBeoordelen})`}>
        <div id="break-the-glass" className="grid gap-4">
          {params.beoordeeld === '1' && <Alert variant="success" title="Beoordeling vastgelegd">De beoordeling staat bij de toegang en in het toegangslog.</Alert>}
          {gekozen && magBeoordelen && !gekozen.eigen && (
            <div id="beoordelen">
              <BeoordeelBreakTheGlassForm
                action={beoordeelBreakTheGlassAction}
                breakTheGlassId={gekozen.id}
                titel={`Beoordeel: ${gekozen.medewerker} opende ${gekozen.huishoudenNaam} op ${dateTime.format(gekozen.op)}`}
              />
            </div>
          )}
          <DataTable
            caption="Break the glass, nog te beoordelen"
            rows={btg.teBeoordelen}
            rowKey={(b) => b.id}
            empty={<EmptyState>Er is geen break-the-glass-toegang meer te beoordelen.</EmptyState>}
            columns={[
              { header: 'Wanneer', cell: (b) => dateTime.format(b.op) },
              { header: 'Wie', cell: (b) => b.medewerker },
              { header: 'Huishouden', cell: (b) => <Link href={`/toegangslog?id=${b.huishoudenId}`}>{b.huishoudenNaam}</Link> },
              { header: 'Reden', cell: (b) => b.reden },
              {
                header: 'Beoordeling',
                cell: (b) =>
                  !magBeoordelen ? 'Door de privacyfunctionaris' : b.eigen ? 'Door een andere privacyfunctionaris' : (
                    <Link href={`/toegangslog?beoordeel=${b.id}#beoordelen`} aria-label={`Beoordelen: ${b.medewerker}, ${dateTime.format(b.op)}`}>Beoordelen</Link>
                  ),
              },
            ]}
          />
          {btg.beoordeeld.length > 0 && (
            <DataTable
              caption="Laatst beoordeeld"
              rows={btg.beoordeeld}
              rowKey={(b) => b.id}
              columns={[
                { header: 'Wanneer', cell: (b) => dateTime.format(b.op) },
                { header: 'Wie', cell: (b) => b.medewerker },
                { header: 'Huishouden', cell: (b) => b.huishoudenNaam },
                { header: 'Reden', cell: (b) => b.reden },
                {
                  header: 'Uitkomst',
                  cell: (b) => (
                    <>
                      <Badge tone={b.uitkomst === 'GERECHTVAARDIGD' ? 'success' : 'danger'}>{b.uitkomst ? BREAK_THE_GLASS_UITKOMST_LABELS[b.uitkomst] : '—'}</Badge>
                      {b.beoordeling && <span className="block text-sm">{b.beoordeling}</span>}
                      <span className="block text-xs text-slate-600">{b.beoordeeldDoor}, {b.beoordeeldOp ? dateTime.format(b.beoordeeldOp) : ''}</span>
                    </>
                  ),
                },
              ]}
            />
          )}
        </div>
      </Section>
      <Section title={`Regels (${log.totaal})`}>
        <DataTable
          caption="Toegangslog"
          rows={log.regels}
          rowKey={(e) => e.id}
          empty={<EmptyState>Geen regels gevonden met deze filters.</EmptyState>}
          columns={[
            { header: 'Wanneer', cell: (e) => dateTime.format(e.op) },
            { header: 'Wie', cell: (e) => (<><span className="block">{e.actorNaam}</span><span className="text-xs text-slate-600">{rolLabel(e.actorRol)}</span></>) },
            { header: 'Wiens gegevens', cell: (e) => (e.huishoudenId ? <Link href={`/toegangslog?id=${e.huishoudenId}`}>{e.huishoudenNaam ?? e.huishoudenId}</Link> : e.persoonNaam ?? '—') },
            { header: 'Handeling', cell: (e) => (<><span className="block">{e.handeling}</span><span className="text-xs text-slate-600">{e.entiteit}</span></>) },
            {
              header: 'Waarom',
              cell: (e) =>
                e.breakTheGlass ? (
                  <span className="block rounded border-l-4 border-red-700 bg-red-50 p-2">
                    <Badge tone="danger">Break the glass</Badge> <span className="block">{e.context}</span>
                  </span>
                ) : (
                  e.context ?? '—'
                ),
            },
            { header: 'Vanaf', cell: (e) => <span className="font-mono text-xs">{e.ip ?? '—'}</span> },
          ]}
        />
        {log.paginas > 1 && (
          <nav aria-label="Paginering" className="mt-4 flex items-center gap-4">
            {log.pagina > 1 && <Link href={pageHref(log.pagina - 1)}>Vorige pagina</Link>}
            <span>
              Pagina {log.pagina} van {log.paginas}
            </span>
            {log.pagina < log.paginas && <Link href={pageHref(log.pagina + 1)}>Volgende pagina</Link>}
          </nav>
        )}
      </Section>
    </>
  );
}
