import type { ReactNode } from 'react';

export type Column<T> = { header: string; cell: (row: T) => ReactNode; className?: string };

/** A column's className as a prop only when it has one: an absent prop costs nothing, `className: undefined` is sent. */
const klasse = (c: { className?: string }) => (c.className ? { className: c.className } : {});

/** A plain, accessible data table: a caption for screen readers, header cells with scope, horizontal scroll on phones. */
export function DataTable<T>({ caption, columns, rows, rowKey, empty }: { caption: string; columns: Column<T>[]; rows: T[]; rowKey: (row: T) => string; empty?: ReactNode }) {
  if (rows.length === 0 && empty) return <>{empty}</>;
  // Styled by `.tabel` in app/globals.css: a row carries no class list of its own (issue 23: the worklists repeat it
  // a hundred times, in the HTML and again in the RSC payload).
  return (
    <div className="overflow-x-auto">
      <table className="tabel">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" {...klasse(c)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.header} {...klasse(c)}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
