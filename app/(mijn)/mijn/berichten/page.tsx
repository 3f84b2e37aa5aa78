import type { Metadata } from 'next';
import { BerichtForm } from '@/components/mijn/berichten';
import { Gesprek } from '@/components/mijn/gesprek';
import { requireInwoner } from '@/lib/auth/inwoner';
import { getMijnBerichten } from '@/lib/server/inwoner/get-mijn-berichten';
import { stuurBerichtAction } from './actions';

export const metadata: Metadata = { title: 'Berichten' };

export default async function MijnBerichtenPage() {
  const inwoner = await requireInwoner();
  const berichten = await getMijnBerichten(inwoner);
  return (
    <>
      <h1 className="text-3xl font-bold">Berichten</h1>
      <p className="mt-2">Hier schrijft u met uw regisseur. Iedereen van 16 jaar of ouder in uw huishouden kan de berichten lezen.</p>
      <section aria-labelledby="gesprek-kop" className="mt-6">
        <h2 id="gesprek-kop" className="text-2xl font-bold">Uw gesprek met het wijkteam</h2>
        <Gesprek berichten={berichten} kant="inwoner" bijlageHref={(documentId) => `/mijn/berichten/bijlage/${documentId}`} />
      </section>
      <section aria-labelledby="nieuw-kop" className="mt-8">
        <h2 id="nieuw-kop" className="text-2xl font-bold">Nieuw bericht</h2>
        <BerichtForm action={stuurBerichtAction} metBijlage label="Uw bericht" />
      </section>
    </>
  );
}
