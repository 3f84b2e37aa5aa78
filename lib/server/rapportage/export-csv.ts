import 'server-only';
import { stringify } from 'csv-stringify/sync';
import type { Actor } from '@/lib/auth/permissions';
import { rapportageRijen, type Rapportage } from '@/lib/domain/rapportage';
import { FASE_LABELS, TRIAGE_UITKOMST_LABELS } from '@/lib/domain/labels';
import type { Fase, TriageUitkomst } from '@/lib/generated/prisma/enums';
import { getRapportage, type RapportageFilter } from './get-rapportage';

export const rapportageLabels = {
  fase: (f: string) => (f === 'TOTAAL' ? 'Melding tot afsluiting' : FASE_LABELS[f as Fase] ?? f),
  uitkomst: (u: string) => TRIAGE_UITKOMST_LABELS[u as TriageUitkomst] ?? u,
};

export const rapportageCsv = (rapportage: Rapportage) =>
  stringify(rapportageRijen(rapportage, rapportageLabels), {
    header: true,
    delimiter: ';', // Dutch Excel opens semicolon-separated files directly
    columns: [
      { key: 'onderdeel', header: 'Onderdeel' },
      { key: 'categorie', header: 'Categorie' },
      { key: 'kenmerk', header: 'Kenmerk' },
      { key: 'waarde', header: 'Waarde' },
    ],
  });

/**
 * The CSV export of the rapportage: the same use case and the same rows as the dashboard, for the same filters, with
 * the moment the figures were computed (the download's name carries it, as the page shows it: issue 16 item 9).
 */
export async function exportRapportage(actor: Actor, filter: RapportageFilter, now = new Date(), opties: { bewaarMs?: number } = {}) {
  const rapportage = await getRapportage(actor, filter, now, opties);
  return { csv: rapportageCsv(rapportage), berekendOp: rapportage.berekendOp };
}

export async function exportRapportageCsv(actor: Actor, filter: RapportageFilter, now = new Date(), opties: { bewaarMs?: number } = {}) {
  return (await exportRapportage(actor, filter, now, opties)).csv;
}
