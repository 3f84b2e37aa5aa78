'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function MainNav({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Hoofdmenu" className="bg-brand-800">
      <ul className="mx-auto flex max-w-7xl flex-wrap gap-x-1 px-4">
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={`block border-b-4 px-3 py-2.5 font-semibold text-white no-underline hover:bg-brand-700 ${current ? 'border-white' : 'border-transparent'}`}
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
