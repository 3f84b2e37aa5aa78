import 'server-only';
import type { Tx } from '@/lib/db';
import { productPeriodeConflict } from '@/lib/domain/catalogus';
import { parseCatalogusCsv, type CatalogusProduct } from '@/lib/domain/catalogus-csv';
import { formatDatumKort } from '@/lib/domain/dates';
import { changedFields } from '@/lib/domain/field-changes';
import { WET_LABELS } from '@/lib/domain/labels';

// The shared judgement of a catalogue file for the preview and the import: what each line would do to the
// catalogue (new version, change of an existing version, nothing) and every reason it cannot. The same function
// runs again inside the import's transaction, so what was previewed is what is checked.

export type ImportActie = 'NIEUW' | 'WIJZIGING' | 'ONGEWIJZIGD';

export type ImportRegel = {
  regel: number;
  code: string;
  naam: string;
  actie: ImportActie | null;
  /** The fields a WIJZIGING changes. */
  velden: string[];
  fouten: string[];
  product: CatalogusProduct | null;
  bestaandId: string | null;
};

export type ImportBeoordeling = { fouten: string[]; regels: ImportRegel[]; geldig: boolean };

const VELDEN = ['naam', 'eenheid', 'standaardFrequentie', 'leveringsvormen', 'tariefCent', 'actiefTot'] as const;

export async function beoordeelCatalogus(tx: Tx, gemeenteId: string, csv: string): Promise<ImportBeoordeling> {
  const parsed = parseCatalogusCsv(csv);
  if (parsed.fouten.length) return { fouten: parsed.fouten, regels: [], geldig: false };

  const codes = [...new Set(parsed.regels.flatMap((r) => (r.product ? [r.product.code] : [])))];
  const bestaande = await tx.product.findMany({ where: { gemeenteId, code: { in: codes } } });
  const byKey = new Map(bestaande.map((p) => [`${p.code}|${p.actiefVan.toISOString()}`, p]));

  const regels: ImportRegel[] = parsed.regels.map((r) => {
    const base = { regel: r.regel, code: r.code, naam: r.naam, velden: [] as string[], fouten: [...r.fouten], product: r.product, bestaandId: null as string | null };
    if (!r.product) return { ...base, actie: null };
    const bestaand = byKey.get(`${r.product.code}|${r.product.actiefVan.toISOString()}`);
    if (!bestaand) return { ...base, actie: 'NIEUW' as const };
    if (bestaand.wet !== r.product.wet) {
      return { ...base, actie: null, fouten: [`Wet: ${r.product.code} staat in de catalogus onder ${WET_LABELS[bestaand.wet]}; de wet van een product verandert niet.`] };
    }
    const changes = changedFields(bestaand, Object.fromEntries(VELDEN.map((v) => [v, r.product![v]])));
    return { ...base, bestaandId: bestaand.id, actie: changes ? ('WIJZIGING' as const) : ('ONGEWIJZIGD' as const), velden: Object.keys(changes?.after ?? {}) };
  });

  // The catalogue after the import: existing versions as the file leaves them, plus the new ones. No code may have
  // two versions active on one day.
  const naImport = [
    ...bestaande
      .filter((p) => !regels.some((r) => r.bestaandId === p.id))
      .map((p) => ({ id: p.id, code: p.code, actiefVan: p.actiefVan, actiefTot: p.actiefTot, bron: 'de catalogus' })),
    ...regels.flatMap((r) => (r.product && r.actie ? [{ id: r.bestaandId ?? `regel-${r.regel}`, code: r.product.code, actiefVan: r.product.actiefVan, actiefTot: r.product.actiefTot, bron: `regel ${r.regel}` }] : [])),
  ];
  for (const r of regels) {
    if (!r.product || !r.actie) continue;
    const conflict = productPeriodeConflict({ id: r.bestaandId ?? `regel-${r.regel}`, ...r.product }, naImport);
    if (conflict) {
      const periode = `${formatDatumKort(conflict.actiefVan)}${conflict.actiefTot ? ` tot en met ${formatDatumKort(conflict.actiefTot)}` : ' zonder einddatum'}`;
      r.fouten.push(`Actief van: ${r.product.code} is dan al actief (${conflict.bron}: van ${periode}). Geef die versie eerst een einddatum.`);
      r.actie = null;
    }
  }
  return { fouten: [], regels, geldig: regels.every((r) => r.fouten.length === 0) };
}
