import Link from 'next/link';
import type { ReactNode } from 'react';
import { Alert } from './alert';
import { Button, buttonClasses } from './button';

/**
 * A worklist's or report's filters: a GET form (the filters stay in the URL, so a view can be bookmarked and shared),
 * a notice when a filter could not be applied, the fields in a grid, and "Filter toepassen" / "Filters wissen".
 */
export function FilterForm({ action, hasErrors, columns = 4, children, onder }: { action: string; hasErrors: boolean; columns?: 3 | 4; children: ReactNode; onder?: ReactNode }) {
  return (
    <form method="get" action={action} noValidate>
      {hasErrors && <Alert title="Niet alle filters konden worden toegepast">Verbeter de gemarkeerde velden.</Alert>}
      <div className={`grid gap-x-6 sm:grid-cols-2 ${columns === 3 ? 'lg:grid-cols-3' : 'lg:grid-cols-4'}`}>{children}</div>
      {onder}
      <div className="flex flex-wrap items-center gap-4">
        <Button>Filter toepassen</Button>
        <Link href={action} className={buttonClasses('link')}>
          Filters wissen
        </Link>
      </div>
    </form>
  );
}
