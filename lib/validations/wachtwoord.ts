import { z } from 'zod';
import { wachtwoord } from './beheer';

/** A staff member changes their own password: the current one, and a new one by the policy, typed twice. */
export const wijzigWachtwoordSchema = z
  .object({
    huidig: z.string('Vul je huidige wachtwoord in.').min(1, 'Vul je huidige wachtwoord in.').max(1000, 'Vul je huidige wachtwoord in.'),
    nieuw: wachtwoord,
    herhaling: z.string().max(1000).optional().default(''),
  })
  .superRefine((value, ctx) => {
    if (value.nieuw && value.nieuw !== value.herhaling) ctx.addIssue({ code: 'custom', path: ['herhaling'], message: 'De twee nieuwe wachtwoorden zijn niet gelijk.' });
    if (value.nieuw && value.nieuw === value.huidig) ctx.addIssue({ code: 'custom', path: ['nieuw'], message: 'Kies een ander wachtwoord dan je huidige.' });
  });
export type WijzigWachtwoordInput = z.output<typeof wijzigWachtwoordSchema>;
