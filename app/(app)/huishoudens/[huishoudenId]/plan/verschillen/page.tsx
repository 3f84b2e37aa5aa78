import type { Metadata } from 'next';
import Link from 'next/link';
import { PlanDiffView } from '@/components/plan/plan-diff-view';
import { PlanStatusBadge } from '@/components/plan/plan-view';
import { readPlan } from '@/components/plan/read-plan';
import { requirePagePermission } from '@/lib/auth/session';
import { getPlanVerschillen } from '@/lib/server/plan/get-plan-verschillen';

export const metadata: Metadata = { title: 'Verschillen tussen versies' };

export default async function PlanVerschillenPage({
  params,
  searchParams,
}: {
  params: Promise<{ huishoudenId: string }>;
  searchParams: Promise<{ van?: string; naar?: string }>;
}) {
  const { huishoudenId } = await params;
  const zoek = await searchParams;
  const actor = await requirePagePermission('dossier:read');
  const data = await readPlan(
    huishoudenId,
    getPlanVerschillen(actor, huishoudenId, { van: zoek.van ? Number(zoek.van) : undefined, naar: zoek.naar ? Number(zoek.naar) : undefined }),
  );
  const base = `/huishoudens/${huishoudenId}/plan`;
  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 className="text-xl font-bold text-slate-900">
            Wat is er veranderd van versie {data.van.versienummer} naar versie {data.naar.versienummer}
          </h2>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-700">
            Versie {data.van.versienummer} <PlanStatusBadge status={data.van.status} /> → versie {data.naar.versienummer} <PlanStatusBadge status={data.naar.status} />
          </p>
        </div>
        <Link href={`${base}?versie=${data.naar.versienummer}`}>Terug naar het plan</Link>
      </div>
      <form className="mb-6 flex flex-wrap items-end gap-3" method="get">
        <div>
          <label htmlFor="van" className="block font-semibold">Van versie</label>
          <select id="van" name="van" defaultValue={data.van.versienummer} className="rounded border-2 border-slate-700 bg-white px-3 py-2">
            {data.versies.map((v) => (
              <option key={v.id} value={v.versienummer}>Versie {v.versienummer}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="naar" className="block font-semibold">Naar versie</label>
          <select id="naar" name="naar" defaultValue={data.naar.versienummer} className="rounded border-2 border-slate-700 bg-white px-3 py-2">
            {data.versies.map((v) => (
              <option key={v.id} value={v.versienummer}>Versie {v.versienummer}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800">Vergelijken</button>
      </form>
      <PlanDiffView verschil={data.verschil} />
    </>
  );
}
