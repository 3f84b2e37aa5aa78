import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PageHeader, Section } from '@/components/ui/page';
import { Alert } from '@/components/ui/alert';
import { BeschikkingForm } from '@/components/beschikking/beschikking-form';
import { BeschikkingContext } from '@/components/beschikking/beschikking-context';
import { requirePagePermission } from '@/lib/auth/session';
import { DomainError, toUserMessage } from '@/lib/errors';
import { getBeschikkingFormulier } from '@/lib/server/beschikking/get-beschikking-formulier';
import { isRefusedRead, refuseRead } from '@/lib/auth/refuse';
import { saveBeschikkingConceptAction } from '@/app/(app)/beschikkingen/actions';

export const metadata: Metadata = { title: 'Beschikking opstellen' };

export default async function BeschikkingOpstellenPage({ params }: { params: Promise<{ aanvraagId: string }> }) {
  const { aanvraagId } = await params;
  const actor = await requirePagePermission('beschikking:draft');
  let formulier;
  try {
    formulier = await getBeschikkingFormulier(actor, { aanvraagId });
  } catch (error) {
    if (isRefusedRead(error)) await refuseRead(error);
    // There is a concept already: open it.
    if (error instanceof DomainError && error.code === 'CONFLICT' && error.fieldErrors.beschikkingId) redirect(`/beschikkingen/${error.fieldErrors.beschikkingId[0]}/bewerken`);
    if (error instanceof DomainError) {
      return (
        <>
          <PageHeader title="Beschikking opstellen" />
          <Alert variant="warning" title="Dit kan niet">{toUserMessage(error)}</Alert>
          <Link href={`/aanvragen/${aanvraagId}`}>Terug naar de aanvraag</Link>
        </>
      );
    }
    throw error;
  }
  return (
    <>
      <PageHeader title="Beschikking opstellen" description={<>Aanvraag <span className="font-mono">{formulier.context.aanvraag}</span> · {formulier.context.inwoner}</>} />
      <BeschikkingContext formulier={formulier} />
      <Section title="Concept-beschikking">
        <p className="mb-4 text-slate-700">
          Jij stelt het concept op; een collega met mandaat stelt het vast (vier ogen). Daarna gaat de brief naar de inwoner en de toewijzing naar de aanbieder.
        </p>
        <BeschikkingForm action={saveBeschikkingConceptAction} formulier={formulier} />
      </Section>
      <Link href={`/aanvragen/${aanvraagId}`}>Terug naar de aanvraag</Link>
    </>
  );
}
