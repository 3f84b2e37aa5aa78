/** Previous / next links with the position, as a navigation landmark. */
export function Paginering({ pagina, paginas, totaal, basis }: { pagina: number; paginas: number; totaal: number; basis: string }) {
  if (paginas <= 1) return null;
  const href = (p: number) => `${basis}?pagina=${p}`;
  return (
    <nav aria-label="Paginering" className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm">
      <span>
        Pagina {pagina} van {paginas} ({totaal} casussen)
      </span>
      <span className="flex gap-4">
        {pagina > 1 && <a href={href(pagina - 1)} rel="prev">Vorige pagina</a>}
        {pagina < paginas && <a href={href(pagina + 1)} rel="next">Volgende pagina</a>}
      </span>
    </nav>
  );
}
