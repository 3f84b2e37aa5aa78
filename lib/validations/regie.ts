import { z } from 'zod';
import { REGIEVORM_VALUES } from '@/lib/domain/enums';
import { ASSIGN_MODES } from '@/lib/domain/regie';

// Form input for regie (DOMAIN.md §2 Regie, §3 rule 3): the casusverdeling, the regie tab of the dossier and
// opschalen. Dutch messages at the field.

const text = (min: string, max: number) => z.string().trim().min(1, min).max(max, `Maximaal ${max} tekens.`);
const optionalText = (max: number) =>
  z.string().trim().max(max, `Maximaal ${max} tekens.`).optional().transform((v) => (v ? v : null));
const version = z.coerce.number('Versie ontbreekt.').int('Versie ontbreekt.').min(1, 'Versie ontbreekt.');
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on' || v === 'true' || v === '1');

export const REGIEVORM_ERROR = 'Kies casusregie of procesregie.';

/** The input of assignRegie, whichever form it comes from. */
export type AssignRegieInput = {
  casusId: string;
  version: number;
  mode: (typeof ASSIGN_MODES)[number];
  vorm: (typeof REGIEVORM_VALUES)[number];
  regisseurId: string | null;
  aanbiederId: string | null;
  externeRegisseurNaam: string | null;
  reden: string;
  uitzonderingReden: string | null;
  uitzonderingGoedgekeurd: boolean;
};

/** The casusverdeling: a waiting casus gets its first regisseur from the team. */
export const assignRegieSchema = z
  .object({
    casusId: z.uuid('Casus ontbreekt.'),
    version,
    vorm: z.enum(REGIEVORM_VALUES, REGIEVORM_ERROR),
    regisseurId: z.uuid('Kies een regisseur.'),
    reden: text('Geef een reden voor deze toewijzing.', 1000),
  })
  .transform(
    (v): AssignRegieInput => ({
      ...v,
      mode: 'EERSTE',
      aanbiederId: null,
      externeRegisseurNaam: null,
      uitzonderingReden: null,
      uitzonderingGoedgekeurd: false,
    }),
  );

const HOUDER = /^(regisseur|aanbieder):([0-9a-f-]{36})$/i;

/**
 * The regie tab: reassign a form, or add a second regisseur as an exception. `houder` is "regisseur:<id>" for a
 * team member or "aanbieder:<id>" for an outside partner (casusregie only).
 */
export const wijzigRegieSchema = z
  .object({
    casusId: z.uuid('Casus ontbreekt.'),
    version,
    mode: z.enum(['WIJZIGEN', 'TWEEDE'], 'Kies of je de regie overdraagt of een tweede regisseur toevoegt.'),
    vorm: z.enum(REGIEVORM_VALUES, REGIEVORM_ERROR),
    houder: z.string().regex(HOUDER, 'Kies een regisseur of een aanbieder.'),
    externeRegisseurNaam: optionalText(200),
    reden: text('Geef een reden voor deze toewijzing.', 1000),
    uitzonderingReden: optionalText(1000),
    uitzonderingGoedgekeurd: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.mode !== 'TWEEDE') return;
    if (!v.uitzonderingReden) {
      ctx.addIssue({ code: 'custom', path: ['uitzonderingReden'], message: 'Geef de reden voor een tweede regisseur.' });
    }
    if (!v.uitzonderingGoedgekeurd) {
      ctx.addIssue({
        code: 'custom',
        path: ['uitzonderingGoedgekeurd'],
        message: 'Een tweede regisseur kan alleen met akkoord van de teamleider. Vink aan dat je de uitzondering goedkeurt.',
      });
    }
  })
  .transform((v): AssignRegieInput => {
    const [, soort, id] = HOUDER.exec(v.houder)!;
    return {
      casusId: v.casusId,
      version: v.version,
      mode: v.mode,
      vorm: v.vorm,
      regisseurId: soort === 'regisseur' ? id.toLowerCase() : null,
      aanbiederId: soort === 'aanbieder' ? id.toLowerCase() : null,
      externeRegisseurNaam: soort === 'aanbieder' ? v.externeRegisseurNaam : null,
      reden: v.reden,
      uitzonderingReden: v.mode === 'TWEEDE' ? v.uitzonderingReden : null,
      uitzonderingGoedgekeurd: v.mode === 'TWEEDE' && v.uitzonderingGoedgekeurd,
    };
  });

export const beeindigRegieSchema = z.object({
  toewijzingId: z.uuid('Toewijzing ontbreekt.'),
  version,
  eindreden: text('Geef de reden om deze regie te beëindigen.', 1000),
});
export type BeeindigRegieInput = z.infer<typeof beeindigRegieSchema>;

export const requestOpschalingSchema = z.object({
  casusId: z.uuid('Casus ontbreekt.'),
  reden: text('Geef de reden om op te schalen.', 2000),
});
export type RequestOpschalingInput = z.infer<typeof requestOpschalingSchema>;

export const decideOpschalingSchema = z
  .object({
    verzoekId: z.uuid('Verzoek ontbreekt.'),
    version,
    besluit: z.enum(['TOEKENNEN', 'AFWIJZEN'], 'Kies of je het verzoek toekent of afwijst.'),
    procesregisseurId: z
      .string()
      .optional()
      .transform((v) => (v ? v : null))
      .pipe(z.uuid('Kies een procesregisseur.').nullable()),
    toelichting: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (v.besluit === 'TOEKENNEN' && !v.procesregisseurId) {
      ctx.addIssue({ code: 'custom', path: ['procesregisseurId'], message: 'Kies een procesregisseur.' });
    }
    if (v.besluit === 'AFWIJZEN' && !v.toelichting) {
      ctx.addIssue({ code: 'custom', path: ['toelichting'], message: 'Geef een toelichting bij de afwijzing.' });
    }
  });
export type DecideOpschalingInput = z.infer<typeof decideOpschalingSchema>;

export const recordDoorzettingsmachtSchema = z.object({
  casusId: z.uuid('Casus ontbreekt.'),
  omschrijving: text('Beschrijf wat je met doorzettingsmacht hebt besloten en waarom.', 2000),
});
export type RecordDoorzettingsmachtInput = z.infer<typeof recordDoorzettingsmachtSchema>;
