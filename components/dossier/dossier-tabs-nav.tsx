'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { activeDossierSegment, DOSSIER_TABS, dossierHref } from './dossier-tabs';

/** The dossier's tabs as links; the current one carries aria-current="page". */
export function DossierTabsNav({ huishoudenId }: { huishoudenId: string }) {
  const pathname = usePathname();
  const active = activeDossierSegment(pathname, huishoudenId);
  return (
    <nav aria-label="Dossier" className="mb-6 border-b-2 border-slate-200">
      <ul className="flex flex-wrap gap-x-1">
        {DOSSIER_TABS.map((tab) => {
          const current = active === tab.segment;
          return (
            <li key={tab.segment}>
              <Link
                href={dossierHref(huishoudenId, tab.segment)}
                aria-current={current ? 'page' : undefined}
                className={`-mb-0.5 block border-b-4 px-3 py-2 font-semibold no-underline hover:bg-slate-100 ${current ? 'border-brand-700 text-slate-900' : 'border-transparent text-brand-800'}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
