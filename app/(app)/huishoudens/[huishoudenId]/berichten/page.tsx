import type { Metadata } from 'next';
import { readDossier } from '@/components/dossier/read-dossier';
import { BerichtForm } from '@/components/mijn/berichten';
import { Gesprek } from '@/components/mijn/gesprek';
import { Section } from '@/components/ui/page';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { getPortaalBerichten } from '@/lib/server/dossier/get-portaal-berichten';
import { stuurBerichtMedewerkerAction } from './actions';

export const metadata: Metadata = { title: 'Berichten' };

/** Issue 21: the household's conversation in Mijn plan, in the dossier; the regisseur answers here. */
export default async function BerichtenPage({ params }: { params: Promise<{ huishoudenId: string }> }) {
  const { huishoudenId } = await params;
  const actor = await requirePagePermission('dossier:read');
  const berichten = await readDossier(getPortaalBerichten(actor, huishoudenId));
  if (!berichten) return null;
  return (
    <>
      <div className="mb-6">
        <h2 className="text-xl font-bold text-slate-900">Berichten in Mijn plan</h2>
        <p className="mt-1 max-w-3xl text-slate-700">
          Het gesprek met het huishouden in Mijn plan. Het huishouden krijgt bij een nieuw bericht een e-mail zonder inhoud en leest het na inloggen met DigiD.
        </p>
      </div>
      <Section title="Gesprek">
        <Gesprek berichten={berichten} kant="medewerker" bijlageHref={(documentId) => `/huishoudens/${huishoudenId}/documenten/${documentId}`} />
      </Section>
      {can(actor, 'plan:write') && (
        <Section title="Antwoorden">
          <BerichtForm action={stuurBerichtMedewerkerAction} metBijlage hidden={{ huishoudenId }} label="Je bericht aan het huishouden" />
        </Section>
      )}
    </>
  );
}
