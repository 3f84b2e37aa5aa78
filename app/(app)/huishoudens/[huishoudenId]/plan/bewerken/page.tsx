import type { Metadata } from 'next';
import Link from 'next/link';
import { PlanEditor } from '@/components/plan/plan-editor';
import { readPlan } from '@/components/plan/read-plan';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { getPlanBewerken } from '@/lib/server/plan/get-plan-bewerken';
import { nieuweVersieAction, savePlanConceptAction } from '../actions';

export const metadata: Metadata = { title: 'Plan bewerken' };

export default async function PlanBewerkenPage({
  params,
  searchParams,
}: {
  params: Promise<{ huishoudenId: string }>;
  searchParams: Promise<{ opgeslagen?: string; na?: string }>;
}) {
  const { huishoudenId } = await params;
  const zoek = await searchParams;
  const actor = await requirePagePermission('plan:write');
  const data = await readPlan(huishoudenId, getPlanBewerken(actor, huishoudenId));
  const terug = `/huishoudens/${huishoudenId}/plan`;
  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 className="text-xl font-bold text-slate-900">Plan bewerken</h2>
          <p className="mt-1 max-w-3xl text-slate-700">Het concept van het ondersteuningsplan van {data.huishouden.naam}.</p>
        </div>
        <Link href={terug}>Terug naar het plan</Link>
      </div>
      {zoek.opgeslagen && <Alert variant="success">Het concept is opgeslagen.</Alert>}
      {zoek.na === 'evaluatie' && <Alert variant="info">De evaluatie is vastgelegd. Dit is de nieuwe versie: pas het plan aan en leg het opnieuw voor aan het huishouden.</Alert>}
      {data.concept ? (
        <PlanEditor
          actions={{ opslaan: savePlanConceptAction, nieuweVersie: nieuweVersieAction }}
          key={`${data.concept.id}-${data.concept.version}`}
          huishoudenId={huishoudenId}
          versienummer={data.concept.versienummer}
          initialValues={data.concept.values}
          keuzes={data.keuzes}
        />
      ) : (
        <EmptyState>
          Er is geen concept om te bewerken. Een vastgesteld plan verandert niet; maak op de <Link href={terug}>planpagina</Link> een nieuwe versie.
        </EmptyState>
      )}
    </>
  );
}
