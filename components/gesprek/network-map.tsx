import { EmptyState } from '@/components/ui/page';
import type { NetwerkSoort } from '@/lib/domain/enums';

type Relatie = { id: string; soort: NetwerkSoort; naam: string; relatie: string; bijdrage: string | null; telefoon: string | null };

/** The persons and organisations around the household, and what each can contribute (the network map). */
export function NetworkMap({ netwerk, huishouden }: { netwerk: Relatie[]; huishouden: string }) {
  if (netwerk.length === 0) return <EmptyState>Er is nog geen netwerk vastgelegd. Dat doe je in een gesprek.</EmptyState>;
  const groups: [string, Relatie[]][] = [
    ['Personen', netwerk.filter((n) => n.soort === 'PERSOON')],
    ['Organisaties', netwerk.filter((n) => n.soort === 'ORGANISATIE')],
  ];
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_auto_1fr] md:items-start">
      {groups.map(([title, relaties], index) => (
        <div key={title} className={index === 1 ? 'md:order-3' : ''}>
          <h3 className="mb-2 font-semibold text-slate-900">{title}</h3>
          {relaties.length === 0 ? (
            <p className="text-slate-600">Geen.</p>
          ) : (
            <ul className="grid gap-2">
              {relaties.map((r) => (
                <li key={r.id} className="rounded border border-slate-300 bg-white p-3">
                  <p className="font-semibold">
                    {r.naam} <span className="font-normal text-slate-600">· {r.relatie}</span>
                  </p>
                  {r.bijdrage && <p className="text-sm">Kan bijdragen: {r.bijdrage}</p>}
                  {r.telefoon && <p className="text-sm text-slate-700">Telefoon {r.telefoon}</p>}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      <div className="flex items-center justify-center md:order-2 md:self-center" aria-hidden="true">
        <span className="rounded-full border-2 border-brand-700 bg-brand-50 px-4 py-6 text-center font-bold text-brand-900">{huishouden}</span>
      </div>
    </div>
  );
}
