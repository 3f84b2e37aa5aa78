import type { Metadata } from 'next';
import { requireInwoner } from '@/lib/auth/inwoner';
import { formatDatumTijd } from '@/lib/domain/dates';
import { ROL_LABELS } from '@/lib/domain/labels';
import { getWieKeekMee } from '@/lib/server/inwoner/get-wie-keek-mee';

export const metadata: Metadata = { title: 'Wie keek in uw dossier' };

const ACTIE = (actie: string) => (actie === 'READ' ? 'bekeek' : actie === 'BREAK_THE_GLASS' ? 'opende met spoed' : 'werkte in');

export default async function WieKeekMeePage() {
  const inwoner = await requireInwoner();
  const rijen = await getWieKeekMee(inwoner);
  return (
    <>
      <h1 className="text-3xl font-bold">Wie keek in uw dossier</h1>
      <p className="mt-2">
        Hier ziet u wanneer medewerkers uw dossier bekeken of erin werkten. U ziet hun functie en team, niet hun naam. Soms
        opent iemand uw dossier met spoed, zonder dat die er normaal bij mag. Dan moet die een reden geven. Die reden ziet u hier ook.
      </p>
      {rijen.length === 0 && <p className="mt-4">Er heeft nog niemand in uw dossier gekeken.</p>}
      <ul className="mt-4 space-y-2">
        {rijen.map((r) => (
          <li key={r.id} className={`border-l-4 p-3 ${r.breakTheGlass ? 'border-red-700 bg-red-50' : 'border-slate-400 bg-slate-50'}`}>
            <p>
              <span className="font-semibold">{formatDatumTijd(r.op)}</span>: een {r.rollen.map((rol) => ROL_LABELS[rol]?.toLowerCase() ?? rol).join(' en ') || 'medewerker'} van {r.organisatie} {ACTIE(r.actie)} uw dossier.
            </p>
            {r.breakTheGlass && <p className="mt-1">Met spoed geopend. Reden: {r.reden ?? 'geen reden vastgelegd'}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
