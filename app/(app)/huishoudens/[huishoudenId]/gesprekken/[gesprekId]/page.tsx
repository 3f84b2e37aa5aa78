import type { Metadata } from 'next';
import Link from 'next/link';
import { GesprekForm } from '@/components/gesprek/gesprek-form';
import { readDossier } from '@/components/dossier/read-dossier';
import { VerslagPanel } from '@/components/gesprek/verslag-panel';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum, toIsoDate } from '@/lib/domain/dates';
import { draftKey } from '@/lib/domain/gesprek';
import { GESPREK_STATUS_LABELS } from '@/lib/domain/labels';
import { getGesprekForm } from '@/lib/server/gesprek/get-gesprek-form';
import { markVerslagVerstuurdAction, saveGesprekAction } from '../actions';

export const metadata: Metadata = { title: 'Gesprek' };

type Props = { params: Promise<{ huishoudenId: string; gesprekId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function GesprekPage({ params, searchParams }: Props) {
  const { huishoudenId, gesprekId } = await params;
  const query = await searchParams;
  const actor = await requirePagePermission('gesprek:write');
  const data = await readDossier(getGesprekForm(actor, huishoudenId, gesprekId));
  if (!data) return null; // refused: the dossier layout shows why, with break the glass
  const gesprek = data.gesprek!;
  // After creating or afronden the server holds what this browser kept: those local drafts go.
  const clearDrafts = [
    ...(query.aangemaakt ? [draftKey(huishoudenId, null)] : []),
    ...(query.afgerond ? [draftKey(huishoudenId, gesprekId)] : []),
  ];
  return (
    <>
      <div className="mb-4">
        <p className="mb-1 text-sm">
          <Link href={`/huishoudens/${huishoudenId}/gesprekken`}>Terug naar de gesprekken</Link>
        </p>
        <h2 className="flex flex-wrap items-center gap-3 text-xl font-bold text-slate-900">
          Gesprek van {formatDatum(new Date(`${gesprek.values.datum}T00:00:00Z`))}
          <Badge tone={gesprek.status === 'AFGEROND' ? 'success' : 'warning'}>{GESPREK_STATUS_LABELS[gesprek.status]}</Badge>
        </h2>
      </div>
      {query.afgerond && (
        <Alert variant="success" title="Het gesprek is afgerond en opgeslagen">
          Download hieronder het verslag voor de inwoner en leg vast wanneer je het hebt verstuurd.
        </Alert>
      )}
      {query.aangemaakt && !query.afgerond && <Alert variant="success">Het concept is opgeslagen.</Alert>}
      {gesprek.status === 'AFGEROND' && (
        <VerslagPanel
          action={markVerslagVerstuurdAction}
          huishoudenId={huishoudenId}
          gesprekId={gesprekId}
          version={gesprek.version}
          verstuurdOp={gesprek.verslagVerstuurdOp ? formatDatum(gesprek.verslagVerstuurdOp) : null}
          today={toIsoDate(new Date())}
        />
      )}
      <GesprekForm
        action={saveGesprekAction}
        key={gesprek.id}
        huishoudenId={huishoudenId}
        gesprekId={gesprekId}
        version={gesprek.version}
        status={gesprek.status}
        leden={data.leden}
        leefgebieden={data.leefgebieden}
        initialValues={gesprek.values}
        clearDrafts={clearDrafts}
        veiligheidHref={`/huishoudens/${huishoudenId}/veiligheid`}
      />
    </>
  );
}
