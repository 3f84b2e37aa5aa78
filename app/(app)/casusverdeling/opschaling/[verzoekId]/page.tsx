import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { PageHeader, Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { FASE_LABELS } from '@/lib/domain/casus-transitions';
import { formatDatum } from '@/lib/domain/dates';
import { REGIEVORM_LABELS, VERZOEK_STATUS_LABELS } from '@/lib/domain/labels';
import { getOpschalingsverzoek } from '@/lib/server/regie/get-opschalingsverzoek';
import { Feiten } from '../../_components/casus-samenvatting';
import { readOrRefuse } from '../../_components/read-or-refuse';
import { DecideOpschalingForm } from '../../_components/regie-forms';

export const metadata: Metadata = { title: 'Verzoek om op te schalen' };

export default async function OpschalingPage({ params }: { params: Promise<{ verzoekId: string }> }) {
  const { verzoekId } = await params;
  const actor = await requirePagePermission('regie:assign');
  const { verzoek, casus, kandidaten } = await readOrRefuse(getOpschalingsverzoek(actor, verzoekId));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/casusverdeling">← Terug naar de casusverdeling</Link>
      </p>
      <PageHeader title={`Opschalen naar procesregie: ${casus.huishouden.naam}`} description={`Casus ${casus.nummer}, fase ${FASE_LABELS[casus.fase].toLowerCase()}.`} />
      <Section title="Het verzoek">
        <Feiten
          items={[
            ['Gevraagd door', verzoek.aangevraagdDoor],
            ['Op', formatDatum(verzoek.createdAt)],
            ['Huidige regie', casus.regie.map((r) => `${r.regisseur?.naam ?? r.aanbieder?.naam} (${REGIEVORM_LABELS[r.vorm].toLowerCase()})`).join('; ') || 'Geen'],
          ]}
        />
        <h3 className="mt-4 font-semibold">Reden</h3>
        <p className="max-w-3xl whitespace-pre-line">{verzoek.reden}</p>
      </Section>
      {verzoek.status === 'OPEN' ? (
        <Section title="Besluit">
          <DecideOpschalingForm verzoekId={verzoek.id} version={verzoek.version} kandidaten={kandidaten} />
        </Section>
      ) : (
        <Alert variant="info" title={`Verzoek ${VERZOEK_STATUS_LABELS[verzoek.status].toLowerCase()}`}>
          Besloten door {verzoek.besluitDoor ?? 'onbekend'}
          {verzoek.besluitOp ? ` op ${formatDatum(verzoek.besluitOp)}` : ''}.{verzoek.besluitToelichting ? ` ${verzoek.besluitToelichting}` : ''}
        </Alert>
      )}
    </>
  );
}
