import { z } from 'zod';
import { BSN_ERROR, isValidBsn, normalizeBsn } from '@/lib/domain/bsn';
import { optionalDate } from '@/lib/validations/common';

// Finding the person for an inzageverzoek (AVG art. 15, issue 8): by BSN, or by achternaam and geboortedatum
// together, so that the officer does not browse through namesakes. Sent by POST: search terms stay out of URLs
// and server logs.

export const inzageZoekSchema = z
  .object({
    bsn: z.string().trim().optional().default(''),
    achternaam: z.string().trim().max(100, 'Gebruik hoogstens 100 tekens.').optional().default(''),
    geboortedatum: optionalDate,
  })
  .transform((input, ctx) => {
    if (input.bsn) {
      const bsn = normalizeBsn(input.bsn);
      if (!bsn || !isValidBsn(bsn)) {
        ctx.addIssue({ code: 'custom', path: ['bsn'], message: `${BSN_ERROR}: controleer de negen cijfers.` });
        return z.NEVER;
      }
      return { soort: 'bsn' as const, bsn };
    }
    if (!input.achternaam && !input.geboortedatum) {
      ctx.addIssue({ code: 'custom', path: ['bsn'], message: 'Vul een BSN in, of een achternaam met geboortedatum.' });
      return z.NEVER;
    }
    if (input.achternaam.length < 2) ctx.addIssue({ code: 'custom', path: ['achternaam'], message: 'Vul de achternaam in (minstens 2 tekens).' });
    if (!input.geboortedatum) ctx.addIssue({ code: 'custom', path: ['geboortedatum'], message: 'Vul de geboortedatum in, bijvoorbeeld 14-08-1970.' });
    if (input.achternaam.length < 2 || !input.geboortedatum) return z.NEVER;
    return { soort: 'naam' as const, achternaam: input.achternaam, geboortedatum: input.geboortedatum };
  });

export type InzageZoekInput = z.output<typeof inzageZoekSchema>;
