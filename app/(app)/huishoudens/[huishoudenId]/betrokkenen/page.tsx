import type { Metadata } from 'next';
import { AddBetrokkeneForm, EndBetrokkeneForm } from '@/components/dossier/betrokkene-forms';
import { readDossier } from '@/components/dossier/read-dossier';
import { Badge } from '@/components/ui/badge';
import { EmptyState, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { aantalProfessionals, BETROKKENE_GROEP_LABELS, type BetrokkeneGroep } from '@/lib/domain/betrokkenen';
import { formatDatum, toIsoDate } from '@/lib/domain/dates';
import { getBetrokkenen } from '@/lib/server/dossier/get-betrokkenen';
import { addBetrokkeneAction, endBetrokkeneAction } from './actions';

export const metadata: Metadata = { title: 'Betrokkenen' };

const GROEPEN: BetrokkeneGroep[] = ['TEAM', 'AANBIEDER', 'PROFESSIONAL', 'NETWERK'];

export default async function BetrokkenenPage({ params }: { params: Promise<{ huishoudenId: string }> }) {
  const { huishoudenId } = await params;
  const actor = await requirePagePermission('dossier:read');
  const today = new Date();
  const data = await readDossier(getBetrokkenen(actor, huishoudenId, today));
  if (!data) return null;
  const magSchrijven = can(actor, 'betrokkene:write');
  const aantal = aantalProfessionals(data.regels);

  return (
    <>
      <div className="mb-6">
        <h2 className="text-xl font-bold text-slate-900">Betrokkenen</h2>
        <p className="mt-1 max-w-3xl text-slate-700">
          Iedereen die nu met dit huishouden bezig is, zodat helpers van elkaar weten: {aantal === 1 ? '1 professional of organisatie' : `${aantal} professionals en organisaties`}, en
          het netwerk van het huishouden.
        </p>
      </div>
      {GROEPEN.map((groep) => {
        const regels = data.regels.filter((r) => r.groep === groep);
        return (
          <Section key={groep} title={BETROKKENE_GROEP_LABELS[groep]}>
            <DataTable
              caption={BETROKKENE_GROEP_LABELS[groep]}
              rows={regels}
              rowKey={(r) => r.key}
              empty={<EmptyState>{groep === 'PROFESSIONAL' ? 'Nog geen huisarts, school of andere professional vastgelegd.' : 'Niemand.'}</EmptyState>}
              columns={[
                {
                  header: 'Naam',
                  cell: (r) => (
                    <>
                      <span className="font-semibold">{r.naam}</span> {r.lead && <Badge tone="info">lead regisseur</Badge>}
                      {r.organisatie && <span className="block text-sm text-slate-700">{r.organisatie}</span>}
                    </>
                  ),
                },
                { header: 'Rol', cell: (r) => r.rollen.map((rol) => <span key={rol} className="block">{rol}</span>) },
                { header: 'Sinds', cell: (r) => (r.sinds ? formatDatum(r.sinds) : '—') },
                {
                  header: 'Contact',
                  cell: (r) => (
                    <>
                      {r.telefoon && <a className="block" href={`tel:${r.telefoon.replace(/[^\d+]/g, '')}`}>{r.telefoon}</a>}
                      {r.email && <a className="block" href={`mailto:${r.email}`}>{r.email}</a>}
                      {!r.telefoon && !r.email && '—'}
                    </>
                  ),
                },
                ...(groep === 'PROFESSIONAL' && magSchrijven
                  ? [{ header: 'Actie', cell: (r: (typeof regels)[number]) => (r.betrokkeneId ? <EndBetrokkeneForm action={endBetrokkeneAction} betrokkeneId={r.betrokkeneId} naam={r.naam} today={toIsoDate(today)} /> : null) }]
                  : []),
              ]}
            />
          </Section>
        );
      })}
      {magSchrijven && (
        <Section title="Huisarts, school of andere professional toevoegen">
          <AddBetrokkeneForm action={addBetrokkeneAction} huishoudenId={huishoudenId} today={toIsoDate(today)} />
        </Section>
      )}
    </>
  );
}
