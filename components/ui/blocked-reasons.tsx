/**
 * Why a step cannot be taken now, beside its disabled button (which points here with aria-describedby): the plan's
 * steps and the beschikking's vaststellen (issue 16 item 12) say it the same way.
 */
export function BlockedReasons({ id, title = 'Dit kan nog niet:', reasons }: { id: string; title?: string; reasons: readonly string[] }) {
  if (reasons.length === 0) return null;
  return (
    <div id={id} className="mb-2 text-slate-800">
      <p className="font-semibold">{title}</p>
      <ul className="list-disc pl-5">
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  );
}
