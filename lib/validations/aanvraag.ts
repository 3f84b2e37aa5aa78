// Input of the backoffice's aanvraag forms (issue 7): opschorten, hervatten and verdagen of the beslistermijn.
import { z } from 'zod';
import { parseDutchDate } from '@/lib/domain/dates';
import { MAX_VERDAGING_DAGEN } from '@/lib/domain/aanvraag-termijn';
import { BSN_ERROR, isValidBsn, normalizeBsn } from '@/lib/domain/bsn';
import { LEVERINGSVORM_VALUES } from '@/lib/domain/enums';

export const DATUM_FOUT = 'Vul een datum in, bijvoorbeeld 22-11-2026.';

export const datumVeld = (bericht = DATUM_FOUT) =>
  z.string(bericht).trim().min(1, bericht).transform((v, ctx) => {
    const d = parseDutchDate(v);
    if (!d) {
      ctx.addIssue({ code: 'custom', message: bericht });
      return z.NEVER;
    }
    return d;
  });

export const versieVeld = z.coerce.number('Versie ontbreekt.').int('Versie ontbreekt.').min(1, 'Versie ontbreekt.');
const tekst = (max: number, leeg: string) => z.string(leeg).trim().min(1, leeg).max(max, `Gebruik hooguit ${max} tekens.`);

const aanvraag = { aanvraagId: z.uuid('Aanvraag ontbreekt.'), version: versieVeld };

/** Awb 4:15: the term is suspended from a day, with a reason (for example: waiting for information). */
export const opschortenSchema = z.object({
  ...aanvraag,
  van: datumVeld('Vul in vanaf welke dag de termijn is opgeschort, bijvoorbeeld 22-11-2026.'),
  reden: tekst(500, 'Geef de reden van de opschorting, bijvoorbeeld: wachten op medische informatie.'),
});
export type OpschortenInput = z.infer<typeof opschortenSchema>;

/** The term runs again from this day. */
export const hervattenSchema = z.object({
  ...aanvraag,
  tot: datumVeld('Vul in vanaf welke dag de termijn weer loopt, bijvoorbeeld 22-11-2026.'),
});
export type HervattenInput = z.infer<typeof hervattenSchema>;

/** Awb 4:14: once, for a number of days, with a reason the inwoner reads in the notice. */
export const verdagenSchema = z.object({
  ...aanvraag,
  dagen: z.coerce
    .number(`Vul een aantal dagen in (1 tot en met ${MAX_VERDAGING_DAGEN}).`)
    .int(`Vul een heel aantal dagen in (1 tot en met ${MAX_VERDAGING_DAGEN}).`)
    .min(1, `Vul een aantal dagen in (1 tot en met ${MAX_VERDAGING_DAGEN}).`)
    .max(MAX_VERDAGING_DAGEN, `Verdaag met hooguit ${MAX_VERDAGING_DAGEN} dagen (Awb 4:14: een redelijke termijn).`),
  // Its own name: the opschorten form on the same page has a "reden" too, and field ids must not collide.
  verdagingReden: tekst(1000, 'Leg de inwoner uit waarom er meer tijd nodig is.'),
});
export type VerdagenInput = z.infer<typeof verdagenSchema>;

/** The queue's filters from the query string; anything unknown falls back to the default. */
export type AanvraagFilters = { wet?: 'WMO' | 'JEUGDWET' | 'PARTICIPATIEWET'; zoek?: string; termijn?: 'verlopen' | 'opgeschort'; pagina: number };

export function parseAanvraagFilters(search: Record<string, string | string[] | undefined>): AanvraagFilters {
  const one = (key: string) => {
    const v = search[key];
    return typeof v === 'string' ? v : undefined;
  };
  const wet = one('wet');
  const termijn = one('termijn');
  const pagina = Number.parseInt(one('pagina') ?? '1', 10);
  const zoek = (one('zoek') ?? '').trim().slice(0, 60);
  return {
    wet: wet === 'WMO' || wet === 'JEUGDWET' || wet === 'PARTICIPATIEWET' ? wet : undefined,
    termijn: termijn === 'verlopen' || termijn === 'opgeschort' ? termijn : undefined,
    zoek: zoek || undefined,
    pagina: Number.isFinite(pagina) && pagina > 0 ? pagina : 1,
  };
}

/**
 * Issue 16 item 3: a written aanvraag registered by the backoffice. Who it is for (BSN), what is asked (a product of
 * the catalogue, in natura or as pgb), the day the letter arrived (the legal term starts then) and, when that was more
 * than a few days ago, why it is registered only now (lib/domain/schriftelijke-aanvraag.ts checks dates and reason).
 */
export const schriftelijkeAanvraagSchema = z.object({
  bsn: z.string('Vul het BSN in van de inwoner voor wie de aanvraag is.').trim().min(1, 'Vul het BSN in van de inwoner voor wie de aanvraag is.').max(20, BSN_ERROR)
    .transform((v, ctx) => {
      const bsn = normalizeBsn(v);
      if (!bsn || !isValidBsn(bsn)) {
        ctx.addIssue({ code: 'custom', message: `${BSN_ERROR}. Een BSN heeft negen cijfers en klopt met de elfproef.` });
        return z.NEVER;
      }
      return bsn;
    }),
  productId: z.uuid('Kies het product dat de inwoner aanvraagt.'),
  leveringsvorm: z.enum(LEVERINGSVORM_VALUES, 'Kies in natura (zorg in natura) of een persoonsgebonden budget.'),
  ontvangenOp: datumVeld('Vul de datum in waarop de brief binnenkwam, bijvoorbeeld 22-11-2026.'),
  reden: z.string().trim().max(1000, 'Gebruik hooguit 1000 tekens.').optional().transform((v) => v || null),
  toelichting: z.string().trim().max(4000, 'Gebruik hooguit 4000 tekens.').optional().transform((v) => v || null),
});
export type SchriftelijkeAanvraagInput = z.infer<typeof schriftelijkeAanvraagSchema>;
