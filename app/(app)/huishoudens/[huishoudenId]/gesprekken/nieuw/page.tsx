import type { Metadata } from 'next';
import Link from 'next/link';
import { GesprekForm } from '@/components/gesprek/gesprek-form';
import { readDossier } from '@/components/dossier/read-dossier';
import { Alert } from '@/components/ui/alert';
import { requirePagePermission } from '@/lib/auth/session';
import { toIsoDate } from '@/lib/domain/dates';
import { getGesprekForm } from '@/lib/server/gesprek/get-gesprek-form';
import { saveGesprekAction } from '../actions';

export const metadata: Metadata = { title: 'Nieuw gesprek' };

export default async function NieuwGesprekPage({ params }: { params: Promise<{ huishoudenId: string }> }) {
  const { huishoudenId } = await params;
  const actor = await requirePagePermission('gesprek:write');
  const data = await readDossier(getGesprekForm(actor, huishoudenId, null));
  if (!data) return null; // refused: the dossier layout shows why, with break the glass
  const back = <Link href={`/huishoudens/${huishoudenId}/gesprekken`}>Terug naar de gesprekken</Link>;
  return (
    <>
      <div className="mb-4">
        <p className="mb-1 text-sm">{back}</p>
        <h2 className="text-xl font-bold text-slate-900">Nieuw gesprek met {data.huishouden.naam}</h2>
        <p className="mt-1 max-w-3xl text-slate-700">
          Je invoer wordt op dit apparaat bewaard terwijl je typt. Sla tussendoor een concept op; rond het gesprek af als alles erin staat.
        </p>
      </div>
      {data.casus ? (
        <GesprekForm
          action={saveGesprekAction}
          huishoudenId={huishoudenId}
          gesprekId={null}
          version={0}
          status={null}
          leden={data.leden}
          leefgebieden={data.leefgebieden}
          initialValues={{ ...data.values, datum: toIsoDate(new Date()) }}
          clearDrafts={[]}
          veiligheidHref={`/huishoudens/${huishoudenId}/veiligheid`}
        />
      ) : (
        <Alert variant="warning" title="Geen open casus">Een gesprek hoort bij een open casus. Deze casus is afgesloten.</Alert>
      )}
    </>
  );
}
