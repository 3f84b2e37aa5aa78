/** A list's pages (plain links: issue 23, a next/link is a client component in every list's payload): "Vorige pagina · Pagina 2 van 7 (160 meldingen) · Volgende pagina"; nothing when one page. */
export function Pager({ page, pages, total, noun, href }: { page: number; pages: number; total: number; noun: string; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Paginering" className="mt-4 flex flex-wrap items-center gap-4">
      {page > 1 ? <a href={href(page - 1)} rel="prev">Vorige pagina</a> : <span className="text-slate-600">Vorige pagina</span>}
      <span aria-current="page">Pagina {page} van {pages} ({total} {noun})</span>
      {page < pages ? <a href={href(page + 1)} rel="next">Volgende pagina</a> : <span className="text-slate-600">Volgende pagina</span>}
    </nav>
  );
}
