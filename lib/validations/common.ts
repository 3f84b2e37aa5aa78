// zod pieces that several forms share, so that a date is read and refused the same way everywhere.
import { z } from 'zod';
import { parseDutchDate } from '@/lib/domain/dates';

export const DATUM_FOUT = 'Vul een geldige datum in, bijvoorbeeld 22-11-2026.';

/** A date as typed ('22-11-2026' or '2026-11-22'); `message` when it is missing or empty. */
export const requiredDate = (message: string) =>
  z.string(message).trim().min(1, message).transform((value, ctx) => {
    const date = parseDutchDate(value);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: DATUM_FOUT });
      return z.NEVER;
    }
    return date;
  });

/** An optional date: empty gives null, anything else must be a real date. */
export const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const date = parseDutchDate(value);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: DATUM_FOUT });
      return z.NEVER;
    }
    return date;
  });
