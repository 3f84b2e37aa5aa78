import type { Metadata } from 'next';
import { dossierHref } from '@/components/dossier/dossier-tabs';
import { readDossier } from '@/components/dossier/read-dossier';
import { UploadForm } from '@/components/dossier/upload-form';
import { Badge } from '@/components/ui/badge';
import { EmptyState, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { bestandsgrootte, BIJLAGE_TYPES } from '@/lib/domain/bijlage';
import { formatDatum } from '@/lib/domain/dates';
import { DOCUMENT_SOORT_LABELS } from '@/lib/domain/labels';
import { getDocumenten } from '@/lib/server/dossier/get-documenten';
import { uploadDocumentAction } from './actions';

export const metadata: Metadata = { title: 'Documenten' };

export default async function DocumentenPage({ params }: { params: Promise<{ huishoudenId: string }> }) {
  const { huishoudenId } = await params;
  const actor = await requirePagePermission('dossier:read');
  const data = await readDossier(getDocumenten(actor, huishoudenId));
  if (!data) return null;
  const { documenten, opVerzoek } = data;

  return (
    <>
      <div className="mb-6">
        <h2 className="text-xl font-bold text-slate-900">Documenten</h2>
        <p className="mt-1 max-w-3xl text-slate-700">Verslagen, plannen en beschikkingsbrieven die voor dit huishouden zijn gemaakt, en bestanden die zijn toegevoegd. Openen wordt gelogd.</p>
      </div>
      <Section title="Gemaakt in Wijkregie">
        <p className="mb-3 max-w-3xl text-slate-700">Deze documenten worden gemaakt op het moment dat je ze opent, met de gegevens van dat moment.</p>
        <DataTable
          caption="Documenten die Wijkregie maakt als je ze opent"
          rows={opVerzoek}
          rowKey={(d) => d.key}
          empty={<EmptyState>Er zijn nog geen plannen, verslagen of beschikkingen om te maken.</EmptyState>}
          columns={[
            {
              header: 'Document',
              cell: (d) => (
                <a href={d.href} className="font-semibold">
                  {d.titel}
                  <span className="sr-only"> openen (pdf)</span>
                </a>
              ),
            },
            { header: 'Soort', cell: (d) => <Badge>{DOCUMENT_SOORT_LABELS[d.soort]}</Badge> },
            { header: 'Stand', cell: (d) => d.toelichting },
            { header: 'Datum', cell: (d) => formatDatum(d.datum) },
          ]}
        />
      </Section>
      <Section title="Bewaarde documenten">
        <DataTable
          caption="Documenten van dit huishouden"
          rows={documenten}
          rowKey={(d) => d.id}
          empty={<EmptyState>Er zijn nog geen documenten bewaard of toegevoegd.</EmptyState>}
          columns={[
            {
              header: 'Document',
              cell: (d) => (
                <a href={dossierHref(huishoudenId, 'documenten', d.id)} download className="font-semibold">
                  {d.titel}
                  <span className="sr-only"> downloaden</span>
                </a>
              ),
            },
            { header: 'Soort', cell: (d) => <Badge>{DOCUMENT_SOORT_LABELS[d.soort]}</Badge> },
            { header: 'Bestand', cell: (d) => `${BIJLAGE_TYPES.find((t) => t.mimeType === d.mimeType)?.label ?? d.mimeType}, ${bestandsgrootte(d.grootte)}` },
            { header: 'Gemaakt', cell: (d) => <>{formatDatum(d.createdAt)}{d.door && <span className="block text-sm text-slate-700">door {d.door}</span>}</> },
          ]}
        />
      </Section>
      {can(actor, 'document:upload') && (
        <Section title="Bestand toevoegen">
          <UploadForm action={uploadDocumentAction} huishoudenId={huishoudenId} />
        </Section>
      )}
    </>
  );
}
