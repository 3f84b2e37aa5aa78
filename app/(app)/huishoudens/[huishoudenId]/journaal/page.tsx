import type { Metadata } from 'next';
import Link from 'next/link';
import { ContactmomentForm } from '@/components/dossier/contactmoment-form';
import { dossierHref } from '@/components/dossier/dossier-tabs';
import { readDossier } from '@/components/dossier/read-dossier';
import { Badge } from '@/components/ui/badge';
import { EmptyState, Section } from '@/components/ui/page';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum, toIsoDate } from '@/lib/domain/dates';
import { amsterdamTijdTekst } from '@/lib/domain/journaal';
import { CONTACT_SOORT_LABELS } from '@/lib/domain/labels';
import { duurTekst } from '@/lib/domain/tijdlijn';
import { getJournaal } from '@/lib/server/dossier/get-journaal';
import { createContactmomentAction } from './actions';

export const metadata: Metadata = { title: 'Journaal' };

export default async function JournaalPage({ params }: { params: Promise<{ huishoudenId: string }> }) {
  const { huishoudenId } = await params;
  const actor = await requirePagePermission('dossier:read');
  const now = new Date();
  const momenten = await readDossier(getJournaal(actor, huishoudenId, now));
  if (!momenten) return null;

  return (
    <>
      <div className="mb-6">
        <h2 className="text-xl font-bold text-slate-900">Journaal</h2>
        <p className="mt-1 max-w-3xl text-slate-700">Contactmomenten rond dit huishouden: telefoon, huisbezoek, overleg, e-mail, casuïstiekbespreking en intervisie.</p>
      </div>
      {can(actor, 'journaal:write') && (
        <Section title="Contactmoment vastleggen">
          <ContactmomentForm
            action={createContactmomentAction}
            huishoudenId={huishoudenId}
            standaard={{ soort: 'TELEFOON', datum: toIsoDate(now), tijd: amsterdamTijdTekst(now), duurMinuten: '15', metWie: '', notitie: '' }}
          />
        </Section>
      )}
      <Section title="Eerdere contactmomenten">
        {momenten.length === 0 ? (
          <EmptyState>Er staan nog geen contactmomenten in het journaal.</EmptyState>
        ) : (
          <ol className="divide-y divide-slate-200">
            {momenten.map((m) => (
              <li key={m.id} className="py-3">
                <article aria-labelledby={`cm-${m.id}`}>
                  <h3 id={`cm-${m.id}`} className="flex flex-wrap items-center gap-2 font-semibold">
                    <Badge>{CONTACT_SOORT_LABELS[m.soort]}</Badge>
                    <span>met {m.metWie}</span>
                  </h3>
                  <p className="text-sm text-slate-700">
                    {formatDatum(m.datum)} om {amsterdamTijdTekst(m.datum)} · {duurTekst(m.duurMinuten)} · door {m.auteur}
                  </p>
                  <p className="mt-1 whitespace-pre-line">{m.notitie}</p>
                  {m.bewerkbaar && (
                    <p className="mt-1 text-sm">
                      <Link href={dossierHref(huishoudenId, 'journaal', m.id)}>Aanpassen</Link> (kan tot {formatDatum(m.vastOp)} {amsterdamTijdTekst(m.vastOp)})
                    </p>
                  )}
                </article>
              </li>
            ))}
          </ol>
        )}
      </Section>
    </>
  );
}
