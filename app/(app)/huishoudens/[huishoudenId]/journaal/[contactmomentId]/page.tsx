import type { Metadata } from 'next';
import Link from 'next/link';
import { ContactmomentForm } from '@/components/dossier/contactmoment-form';
import { dossierHref } from '@/components/dossier/dossier-tabs';
import { readDossier } from '@/components/dossier/read-dossier';
import { Alert } from '@/components/ui/alert';
import { Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum, toIsoDate } from '@/lib/domain/dates';
import { amsterdamTijdTekst, JOURNAAL_REASONS } from '@/lib/domain/journaal';
import { CONTACT_SOORT_LABELS } from '@/lib/domain/labels';
import { duurTekst } from '@/lib/domain/tijdlijn';
import { getContactmoment } from '@/lib/server/dossier/get-journaal';
import { updateContactmomentAction } from '../actions';

export const metadata: Metadata = { title: 'Contactmoment' };

export default async function ContactmomentPage({ params }: { params: Promise<{ huishoudenId: string; contactmomentId: string }> }) {
  const { huishoudenId, contactmomentId } = await params;
  const actor = await requirePagePermission('dossier:read');
  const m = await readDossier(getContactmoment(actor, huishoudenId, contactmomentId));
  if (!m) return null;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={dossierHref(huishoudenId, 'journaal')}>Terug naar het journaal</Link>
      </p>
      <Section title={`${CONTACT_SOORT_LABELS[m.soort]} met ${m.metWie}`}>
        <p className="text-sm text-slate-700">
          {formatDatum(m.datum)} om {amsterdamTijdTekst(m.datum)} · {duurTekst(m.duurMinuten)} · door {m.auteur} · vastgelegd op {formatDatum(m.createdAt)}{' '}
          {amsterdamTijdTekst(m.createdAt)}
        </p>
        <p className="mt-2 whitespace-pre-line">{m.notitie}</p>
      </Section>
      {m.bewerkbaar ? (
        <Section title="Aanpassen">
          <p className="mb-4 text-slate-700">Je kunt dit contactmoment aanpassen tot {formatDatum(m.vastOp)} {amsterdamTijdTekst(m.vastOp)}. Daarna staat het vast.</p>
          <ContactmomentForm
            action={updateContactmomentAction}
            huishoudenId={huishoudenId}
            bestaand={{ id: m.id, version: m.version }}
            standaard={{ soort: m.soort, datum: toIsoDate(m.datum), tijd: amsterdamTijdTekst(m.datum), duurMinuten: String(m.duurMinuten), metWie: m.metWie, notitie: m.notitie }}
          />
        </Section>
      ) : (
        <Alert variant="info">{m.auteurId === actor.id ? JOURNAAL_REASONS.vast : JOURNAAL_REASONS.nietAuteur}</Alert>
      )}
    </>
  );
}
