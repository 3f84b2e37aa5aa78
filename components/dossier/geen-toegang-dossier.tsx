import Link from 'next/link';
import { BreakTheGlassForm } from './break-the-glass-form';
import type { FormAction } from '@/lib/actions/states';

/** Shown by the dossier layout instead of the dossier when need-to-know refuses: no personal data, a way out. */
export function GeenToegangDossier({ huishoudenId, breekAction, uitleg = null }: { huishoudenId: string; breekAction: FormAction | null; uitleg?: string | null }) {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-3 text-2xl font-bold">Geen toegang tot dit dossier</h1>
      {uitleg && <p className="mb-3 font-semibold">{uitleg}</p>}
      <p className="mb-3">
        Je ziet een dossier alleen als je het nodig hebt voor je werk: als regisseur, via je team of wijk, een consult, een aanvraag of een
        open melding. Voor dit huishouden heb je geen van die redenen.
      </p>
      <p className="mb-6">
        Moet je erbij omdat je het overneemt of gaat helpen? Vraag je teamleider om je toe te wijzen. <Link href="/zoeken">Terug naar zoeken</Link>
      </p>
      {breekAction && <BreakTheGlassForm action={breekAction} huishoudenId={huishoudenId} />}
    </div>
  );
}
