import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Checkbox } from '@/components/ui/checkbox';
import { Field, Input, Select } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { ROL_LABELS } from '@/lib/domain/labels';
import type { Rol } from '@/lib/generated/prisma/enums';
import { getToegangslogKeuzes, listToegangslog } from '@/lib/server/toegangslog/list-toegangslog';
import { parseToegangslogFilter } from '@/lib/validations/toegangslog';

export const metadata: Metadata = { title: 'Toegangslog' };

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Amsterdam' });

const rolLabel = (rollen: string | null) =>
  rollen ? rollen.split(',').map((r) => ROL_LABELS[r as Rol] ?? r).join(', ') : '—';

export default async function ToegangslogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission('auditlog:read');
  const { filter, values, fieldErrors } = parseToegangslogFilter(await searchParams);
  const [log, keuzes] = await Promise.all([listToegangslog(actor, filter), getToegangslogKeuzes(actor)]);
  const pageHref = (pagina: number) => `/toegangslog?${new URLSearchParams({ ...values, pagina: String(pagina) })}`;
  const hasErrors = Object.keys(fieldErrors).length > 0;
  return (
    <>
      <PageHeader
        title="Toegangslog"
        description="Wie wanneer welke persoonsgegevens inzag of wijzigde, met welke reden. Het log kan niet worden gewijzigd of verwijderd. Break the glass staat rood gemarkeerd: beoordeel die regels."
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
          <Field label="Huishouden-, persoon- of gegevens-id" name="id" hint="Het id uit de adresbalk van het dossier." errors={fieldErrors.id} optional>
            <Input defaultValue={values.id ?? ''} />
          </Field>
          <Field label="Handeling" name="actie" errors={fieldErrors.actie} optional>
            <Select defaultValue={values.actie ?? ''} placeholder="Alle handelingen" options={keuzes.acties.map((a) => ({ value: a, label: a }))} />
          </Field>
        </FilterForm>
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
            { header: 'Handeling', cell: (e) => (<><span className="block font-mono text-xs">{e.actie}</span><span className="text-xs text-slate-600">{e.entiteit}</span></>) },
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
