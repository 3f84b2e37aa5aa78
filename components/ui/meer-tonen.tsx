/**
 * "Meer tonen" under a list that shows its first rows (issue 23): a plain link to the same page with the list one step
 * longer, saying how many rows are not shown yet. Nothing when the whole list is shown.
 */
export function MeerTonen({ rijen, href, een, meerdere, label = 'Meer tonen', toelichting }: {
  rijen: { verborgen: number; volgende: number | null };
  /** The page with this list `volgende` rows long (the other lists keep their length). */
  href: (volgende: number) => string;
  /** What one row is, and more than one ("taak", "taken"); without them only the number is said. */
  een?: string;
  meerdere?: string;
  label?: string;
  /** Said after the number, e.g. where the rest can be found as well. */
  toelichting?: string;
}) {
  if (rijen.volgende === null) return null;
  const wat = een && meerdere ? ` ${rijen.verborgen === 1 ? een : meerdere}` : '';
  return (
    <p className="mt-4">
      <a href={href(rijen.volgende)}>{`${label} (${rijen.verborgen}${wat} nog niet getoond${toelichting ? `; ${toelichting}` : ''})`}</a>
    </p>
  );
}
