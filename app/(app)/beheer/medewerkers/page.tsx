import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum } from '@/lib/domain/dates';
import { ROL_VALUES, type Rol } from '@/lib/domain/enums';
import { ROL_LABELS } from '@/lib/domain/labels';
import { listMedewerkers, type MedewerkerFilter } from '@/lib/server/beheer/list-medewerkers';

export const metadata: Metadata = { title: 'Medewerkers · Beheer' };

const STATUS_OPTIONS = [
  { value: 'actief', label: 'Actief' },
  { value: 'gedeactiveerd', label: 'Gedeactiveerd' },
  { value: 'alle', label: 'Alle' },
];

export default async function MedewerkersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePagePermission('beheer:manage');
  const params = await searchParams;
  const status = (['actief', 'gedeactiveerd', 'alle'].includes(params.status ?? '') ? params.status : 'actief') as MedewerkerFilter['status'];
  const rol = (ROL_VALUES as readonly string[]).includes(params.rol ?? '') ? (params.rol as Rol) : null;
  const q = params.q?.trim().slice(0, 100) || null;
  const medewerkers = await listMedewerkers(actor, { status, rol, q });
  return (
    <>
      <PageHeader
        title="Medewerkers"
        description="Accounts, rollen, teams, focuswijken en mandaten. Een account wordt nooit verwijderd: deactiveren houdt de naam in de geschiedenis."
        actions={
          <Link href="/beheer/medewerkers/nieuw" className={buttonClasses('primary', 'no-underline')}>
            Nieuwe medewerker
          </Link>
        }
      />
      <Section title="Zoeken">
        <form method="get" className="grid gap-x-4 sm:grid-cols-4 sm:items-end">
          <Field label="Naam of e-mailadres" name="q">
            <Input type="search" defaultValue={q ?? ''} />
          </Field>
          <Field label="Status" name="status">
            <Select options={STATUS_OPTIONS} defaultValue={status} />
          </Field>
          <Field label="Rol" name="rol">
            <Select options={ROL_VALUES.map((r) => ({ value: r, label: ROL_LABELS[r] }))} placeholder="Alle rollen" defaultValue={rol ?? ''} />
          </Field>
          <div className="mb-5">
            <button type="submit" className={buttonClasses('secondary')}>
              Zoeken
            </button>
          </div>
        </form>
      </Section>
      <Section title={`${medewerkers.length} ${medewerkers.length === 1 ? 'medewerker' : 'medewerkers'}`}>
        <DataTable
          caption="Medewerkers"
          rows={medewerkers}
          rowKey={(m) => m.id}
          empty={<EmptyState>Geen medewerkers gevonden.</EmptyState>}
          columns={[
            { header: 'Naam', cell: (m) => <Link href={`/beheer/medewerkers/${m.id}`}>{m.naam}</Link> },
            { header: 'E-mailadres', cell: (m) => m.email },
            { header: 'Rollen', cell: (m) => m.rollen.map((r) => ROL_LABELS[r]).join(', ') },
            { header: 'Team', cell: (m) => m.teams.map((t) => `${t.team.naam}${t.isLead ? ' (leiding)' : ''}`).join(', ') || '—' },
            { header: 'Regie', cell: (m) => m._count.regie || '—' },
            {
              header: 'Status',
              cell: (m) =>
                m.actief ? (
                  <Badge tone="success">Actief</Badge>
                ) : (
                  <span className="flex flex-wrap items-center gap-1">
                    <Badge>Gedeactiveerd{m.gedeactiveerdOp ? ` op ${formatDatum(m.gedeactiveerdOp)}` : ''}</Badge>
                    {m._count.regie > 0 && <Badge tone="danger">Regie overdragen</Badge>}
                  </span>
                ),
            },
          ]}
        />
      </Section>
    </>
  );
}
