import type { Metadata } from 'next';
import Link from 'next/link';
import { EvaluatieFormulier } from '@/components/plan/evaluatie-form';
import { readPlan } from '@/components/plan/read-plan';
import { EmptyState } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { toIsoDate } from '@/lib/domain/dates';
import { getEvaluatieForm } from '@/lib/server/evaluatie/get-evaluatie-form';
import { evaluatieAction } from '../actions';

export const metadata: Metadata = { title: 'Evaluatie' };

export default async function EvaluatiePage({ params }: { params: Promise<{ huishoudenId: string }> }) {
  const { huishoudenId } = await params;
  const actor = await requirePagePermission('plan:write');
  const data = await readPlan(huishoudenId, getEvaluatieForm(actor, huishoudenId));
  const terug = `/huishoudens/${huishoudenId}/plan`;
  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 className="text-xl font-bold text-slate-900">Evaluatie van het plan</h2>
          <p className="mt-1 max-w-3xl text-slate-700">
            Bespreek met {data.huishouden.naam} per doel hoe het ging, en besluit samen hoe het verder gaat.
          </p>
        </div>
        <Link href={terug}>Terug naar het plan</Link>
      </div>
      {data.versie ? (
        <EvaluatieFormulier
          action={evaluatieAction}
          huishoudenId={huishoudenId}
          versie={{ id: data.versie.id, versienummer: data.versie.versienummer, version: data.versie.version, doelen: data.versie.doelen }}
          personen={data.personen}
          laatsteScores={data.laatsteScores.map((s) => ({ naam: s.naam, domein: s.domein, score: s.score, datum: toIsoDate(s.datum) }))}
          vandaag={toIsoDate(new Date())}
          waakvlamStandaard={toIsoDate(data.waakvlamStandaard)}
          magAfsluiten={data.magAfsluiten}
        />
      ) : (
        <EmptyState>Er is nu geen vastgesteld plan in uitvoering om te evalueren.</EmptyState>
      )}
    </>
  );
}
