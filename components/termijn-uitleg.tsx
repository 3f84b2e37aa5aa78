/**
 * How a legal due date was reached, so that a person can check it (issue 17): "2 weken na ontvangst op 11 december
 * 2026; eindigt op 1e Kerstdag (vrijdag 25 december 2026), dus maandag 28 december 2026". Closed by default.
 */
export function TermijnUitleg({ uitleg }: { uitleg: string }) {
  return (
    <details className="uitleg">
      <summary>Hoe berekend?</summary>
      {uitleg}
    </details>
  );
}
