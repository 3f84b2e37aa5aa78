import type { Metadata } from 'next';
import { AddLidForm, EndLidForm, SplitForm } from '@/components/dossier/leden-forms';
import { BsnTonen } from '@/components/dossier/bsn-tonen';
import { readDossier } from '@/components/dossier/read-dossier';
import { Badge } from '@/components/ui/badge';
import { EmptyState, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum, toIsoDate } from '@/lib/domain/dates';
import { HUISHOUDEN_ROL_LABELS, VERTEGENWOORDIGING_SOORT_LABELS } from '@/lib/domain/labels';
import { getLeden } from '@/lib/server/dossier/get-leden';

export const metadata: Metadata = { title: 'Leden' };

export default async function LedenPage({ params }: { params: Promise<{ huishoudenId: string }> }) {
  const { huishoudenId } = await params;
  const actor = await requirePagePermission('dossier:read');
  const today = new Date();
  const data = await readDossier(getLeden(actor, huishoudenId, today));
  if (!data) return null;
  const magWijzigen = can(actor, 'huishouden:leden-wijzigen');
  const vandaag = toIsoDate(today);

  return (
    <>
      <div className="mb-6">
        <h2 className="text-xl font-bold text-slate-900">Leden van het huishouden</h2>
        <p className="mt-1 max-w-3xl text-slate-700">Wie er nu bij hoort en wie er eerder bij hoorde. Iemand hoort bij één huishouden tegelijk: bij een verhuizing eindigt het oude lidmaatschap op dezelfde dag.</p>
      </div>
      <Section title="Nu">
        <DataTable
          caption="Huidige leden"
          rows={data.huidig}
          rowKey={(l) => l.lidmaatschapId}
          empty={<EmptyState>Er staan geen leden bij dit huishouden.</EmptyState>}
          columns={[
            { header: 'Naam', cell: (l) => <span className="font-semibold">{l.naam}</span> },
            { header: 'Rol', cell: (l) => HUISHOUDEN_ROL_LABELS[l.rol] },
            { header: 'Geboren', cell: (l) => (l.geboortedatum ? <>{formatDatum(l.geboortedatum)}{l.leeftijd !== null && <span className="block text-sm text-slate-700">{l.leeftijd} jaar</span>}</> : 'onbekend') },
            { header: 'Sinds', cell: (l) => formatDatum(l.vanaf) },
            { header: 'BSN', cell: (l) => (l.bsnBekend ? <BsnTonen huishoudenId={huishoudenId} persoonId={l.persoonId} naam={l.naam} /> : 'Onbekend') },
            {
              header: 'Vertegenwoordiging',
              cell: (l) =>
                l.vertegenwoordiging.length
                  ? l.vertegenwoordiging.map((v) => (
                      <span key={v.soort + v.naam} className="block">
                        {VERTEGENWOORDIGING_SOORT_LABELS[v.soort]}: {v.naam}{' '}
                        {!v.actueel && <Badge>{v.tot ? `geëindigd ${formatDatum(v.tot)}` : 'niet actueel'}</Badge>}
                      </span>
                    ))
                  : '—',
            },
          ]}
        />
      </Section>
      <Section title="Eerder">
        <DataTable
          caption="Eerdere leden"
          rows={data.vroeger}
          rowKey={(l) => l.lidmaatschapId}
          empty={<EmptyState>Nog geen eerdere leden.</EmptyState>}
          columns={[
            { header: 'Naam', cell: (l) => l.naam },
            { header: 'Rol', cell: (l) => HUISHOUDEN_ROL_LABELS[l.rol] },
            { header: 'Periode', cell: (l) => `${formatDatum(l.vanaf)} tot ${formatDatum(l.tot!)}` },
            { header: 'Reden', cell: (l) => l.reden ?? '—' },
          ]}
        />
      </Section>
      {magWijzigen && (
        <>
          <Section title="Persoon komt erbij">
            <AddLidForm huishoudenId={huishoudenId} version={data.version} today={vandaag} />
          </Section>
          {data.huidig.length > 1 && (
            <>
              <Section title="Persoon vertrekt">
                <p className="mb-4 text-slate-700">Voor iemand die buiten de gemeente gaat wonen of is overleden. Verhuist iemand naar een huishouden dat wij kennen, voeg de persoon dan daar toe.</p>
                <EndLidForm huishoudenId={huishoudenId} version={data.version} leden={data.huidig} today={vandaag} />
              </Section>
              <Section title="Huishouden splitsen">
                <p className="mb-4 text-slate-700">Een deel van het huishouden gaat op een ander adres wonen en wordt een eigen huishouden.</p>
                <SplitForm huishoudenId={huishoudenId} version={data.version} leden={data.huidig} today={vandaag} />
              </Section>
            </>
          )}
        </>
      )}
    </>
  );
}
