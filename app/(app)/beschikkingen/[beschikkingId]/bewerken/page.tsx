import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { PageHeader, Section } from '@/components/ui/page';
import { BeschikkingForm } from '@/components/beschikking/beschikking-form';
import { BeschikkingContext } from '@/components/beschikking/beschikking-context';
import { requirePagePermission } from '@/lib/auth/session';
import { DomainError, toUserMessage } from '@/lib/errors';
import { getBeschikkingFormulier } from '@/lib/server/beschikking/get-beschikking-formulier';
import { isRefusedRead, refuseRead } from '@/lib/auth/refuse';
import { saveBeschikkingConceptAction } from '@/app/(app)/beschikkingen/actions';

export const metadata: Metadata = { title: 'Concept-beschikking bewerken' };

export default async function BeschikkingBewerkenPage({ params }: { params: Promise<{ beschikkingId: string }> }) {
  const { beschikkingId } = await params;
  const actor = await requirePagePermission('beschikking:draft');
  let formulier;
  try {
    formulier = await getBeschikkingFormulier(actor, { beschikkingId });
  } catch (error) {
    if (isRefusedRead(error)) await refuseRead(error);
    if (error instanceof DomainError) {
      return (
        <>
          <PageHeader title="Concept-beschikking bewerken" />
          <Alert variant="warning" title="Dit kan niet">{toUserMessage(error)}</Alert>
          <Link href={`/beschikkingen/${beschikkingId}`}>Terug naar de beschikking</Link>
        </>
      );
    }
    throw error;
  }
  const intrekking = formulier.waarden.besluit === 'INTREKKING';
  return (
    <>
      <PageHeader
        title={intrekking ? 'Intrekkingsbesluit bewerken' : 'Concept-beschikking bewerken'}
        description={<><span className="font-mono">{formulier.identificatie}</span> · {formulier.context.inwoner}</>}
      />
      <BeschikkingContext formulier={formulier} />
      <Section title={intrekking ? 'Intrekking' : 'Concept-beschikking'}>
        <p className="mb-4 text-slate-700">Wie het concept opslaat, is de opsteller. Een collega met mandaat stelt het vast (vier ogen).</p>
        <BeschikkingForm action={saveBeschikkingConceptAction} formulier={formulier} />
      </Section>
      <Link href={`/beschikkingen/${beschikkingId}`}>Terug naar de beschikking</Link>
    </>
  );
}
