import { z } from 'zod';
import { isUuid } from '@/lib/domain/ids';

// The Berichtenverkeer page: its filters (in the URL) and its forms.

export const WEERGAVEN = ['retour', 'afgekeurd', 'ontvangen', 'geweigerd', 'verzoeken', 'declaraties'] as const;
export type Weergave = (typeof WEERGAVEN)[number];

export type BerichtenFilters = { weergave: Weergave; aanbiederId?: string; van?: Date; tot?: Date; pagina: number };

const datum = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? new Date(`${v}T00:00:00Z`) : undefined);

export function parseBerichtenFilters(search: Record<string, string | string[] | undefined>): BerichtenFilters {
  const one = (key: string) => (typeof search[key] === 'string' ? (search[key] as string) : undefined);
  const weergave = one('weergave');
  const aanbiederId = one('aanbieder');
  const pagina = Number(one('pagina'));
  return {
    weergave: (WEERGAVEN as readonly string[]).includes(weergave ?? '') ? (weergave as Weergave) : 'retour',
    aanbiederId: aanbiederId && isUuid(aanbiederId) ? aanbiederId : undefined,
    van: datum(one('van')),
    tot: datum(one('tot')),
    pagina: Number.isInteger(pagina) && pagina >= 1 && pagina <= 100_000 ? pagina : 1,
  };
}

const uuid = z.string().refine(isUuid, 'Onbekend verzoek.');
const versie = z.coerce.number().int().min(1);

export const afwijzenVerzoekSchema = z.object({ verzoekId: uuid, version: versie, reden: z.string().regex(/^[1-9]$/, 'Kies een reden van afwijzing.') });
export const toewijzenVerzoekSchema = z.object({ verzoekId: uuid, version: versie, toewijzingId: z.string().refine(isUuid, 'Kies een toewijzing.') });
export const opnieuwVersturenSchema = z.object({ berichtId: z.string().refine(isUuid, 'Onbekend bericht.') });
