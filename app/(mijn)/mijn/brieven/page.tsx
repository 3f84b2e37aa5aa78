import type { Metadata } from 'next';
import { requireInwoner } from '@/lib/auth/inwoner';
import { formatDatum } from '@/lib/domain/dates';
import { getMijnBrieven } from '@/lib/server/inwoner/brieven';

export const metadata: Metadata = { title: 'Brieven' };

const SOORT = { BESCHIKKING: 'Besluit (beschikking)', VERSLAG: 'Verslag van het gesprek', PLAN: 'Plan', INZAGE: 'Inzage', BIJLAGE: 'Bijlage' } as const;

export default async function MijnBrievenPage() {
  const inwoner = await requireInwoner();
  const brieven = await getMijnBrieven(inwoner);
  return (
    <>
      <h1 className="text-3xl font-bold">Brieven</h1>
      <p className="mt-2">Uw besluiten, het verslag van uw gesprek met het wijkteam en uw plan, zoals wij ze u stuurden. U kunt ze als PDF bewaren.</p>
      {brieven.length === 0 && <p className="mt-4">Er zijn nog geen brieven.</p>}
      <ul className="mt-4 space-y-2">
        {brieven.map((b) => (
          <li key={b.id} className="border-l-4 border-brand-600 bg-brand-50 p-3">
            <a href={`/mijn/brieven/${b.id}`} className="font-semibold">{b.titel} (PDF)</a>
            <p className="text-base text-slate-700">{SOORT[b.soort]} · {formatDatum(b.createdAt)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
