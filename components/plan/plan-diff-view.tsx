import { EmptyState, Section } from '@/components/ui/page';
import { isGelijk, type PlanVerschil } from '@/lib/domain/plan-diff';

const leeg = (tekst: string) => tekst || '(leeg)';

/** The differences between two versions, part by part: what was added, removed and changed (old → new). */
export function PlanDiffView({ verschil }: { verschil: PlanVerschil }) {
  if (isGelijk(verschil)) return <EmptyState>Er is niets veranderd tussen deze versies.</EmptyState>;
  return (
    <>
      {verschil.velden.length > 0 && (
        <Section title="Algemeen">
          <ul className="grid gap-3">
            {verschil.velden.map((v) => (
              <li key={v.label}>
                <p className="font-semibold">{v.label}</p>
                <p>
                  <del className="bg-red-50 text-red-900">{leeg(v.oud)}</del> → <ins className="bg-green-50 text-green-900 no-underline">{leeg(v.nieuw)}</ins>
                </p>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {verschil.lijsten
        .filter((l) => l.toegevoegd.length + l.verwijderd.length + l.gewijzigd.length > 0)
        .map((l) => (
          <Section key={l.onderdeel} title={l.onderdeel}>
            {l.toegevoegd.length > 0 && (
              <>
                <h3 className="font-bold text-green-900">Toegevoegd</h3>
                <ul className="mb-3 list-disc pl-5">
                  {l.toegevoegd.map((t, i) => (
                    <li key={`${t}-${i}`}>
                      <ins className="no-underline">{t}</ins>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {l.verwijderd.length > 0 && (
              <>
                <h3 className="font-bold text-red-900">Verwijderd</h3>
                <ul className="mb-3 list-disc pl-5">
                  {l.verwijderd.map((t, i) => (
                    <li key={`${t}-${i}`}>
                      <del>{t}</del>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {l.gewijzigd.length > 0 && (
              <>
                <h3 className="font-bold">Gewijzigd</h3>
                <ul className="grid gap-2">
                  {l.gewijzigd.map((g, i) => (
                    <li key={`${g.titel}-${i}`} className="border-l-4 border-slate-200 pl-3">
                      <p className="font-semibold">{g.titel}</p>
                      <ul className="list-disc pl-5">
                        {g.velden.map((v) => (
                          <li key={v.label}>
                            {v.label}: <del className="bg-red-50 text-red-900">{leeg(v.oud)}</del> →{' '}
                            <ins className="bg-green-50 text-green-900 no-underline">{leeg(v.nieuw)}</ins>
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Section>
        ))}
    </>
  );
}
