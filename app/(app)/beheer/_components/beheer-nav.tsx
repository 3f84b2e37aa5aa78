'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export const BEHEER_ONDERDELEN = [
  { href: '/beheer/medewerkers', label: 'Medewerkers' },
  { href: '/beheer/teams', label: 'Teams' },
  { href: '/beheer/wijken', label: 'Wijken' },
  { href: '/beheer/leefgebieden', label: 'Leefgebieden' },
  { href: '/beheer/producten', label: 'Producten' },
  { href: '/beheer/aanbieders', label: 'Aanbieders' },
  { href: '/beheer/ketenpartners', label: 'Ketenpartners' },
  { href: '/beheer/sociale-kaart', label: 'Sociale kaart' },
  { href: '/beheer/instellingen', label: 'Instellingen' },
  { href: '/beheer/bewaartermijnen', label: 'Bewaartermijnen' },
  { href: '/beheer/feestdagen', label: 'Feestdagen' },
] as const;

/** The parts of beheer, as a second row of navigation under the main menu. */
export function BeheerNav() {
  const pathname = usePathname();
  const items = [{ href: '/beheer', label: 'Overzicht' }, ...BEHEER_ONDERDELEN];
  return (
    <nav aria-label="Beheer" className="mb-6 border-b border-slate-300">
      <ul className="flex flex-wrap gap-x-1">
        {items.map((item) => {
          const current = item.href === '/beheer' ? pathname === '/beheer' : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={`block border-b-4 px-3 py-2 font-semibold no-underline ${current ? 'border-brand-700 text-slate-900' : 'border-transparent text-brand-700 hover:border-slate-300'}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
