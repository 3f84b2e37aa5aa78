'use server';
import { requireActor } from '@/lib/auth/session';
import { toUserMessage, DomainError } from '@/lib/errors';
import { layout, runAction } from '@/lib/actions/run-action';
import type { FormState } from '@/lib/forms';
import { createProductSchema, updateProductSchema } from '@/lib/validations/beheer';
import { createProduct } from '@/lib/server/beheer/create-product';
import { importCatalogus } from '@/lib/server/beheer/import-catalogus';
import { previewCatalogusImport, type CatalogusImportVoorbeeld } from '@/lib/server/beheer/preview-catalogus-import';
import { updateProduct } from '@/lib/server/beheer/update-product';
import { beheer, opgeslagen } from '../_lib/beheer';

export async function createProductAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: createProductSchema, lists: ['leveringsvormen'], run: (input, actor) => createProduct(actor, input), done: (created) => `/beheer/producten/${created.id}?nieuw=1` });
}

export async function updateProductAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: updateProductSchema, lists: ['leveringsvormen'], run: (input, actor) => updateProduct(actor, input), done: opgeslagen('Het product is opgeslagen.') });
}

export type ImportState = FormState & { reasons?: string[]; preview?: CatalogusImportVoorbeeld; csv?: string; bestandsnaam?: string };

const MAX_BYTES = 1_000_000;

/** Step 1: read the chosen file and show what it would do, writing nothing. */
export async function previewCatalogusImportAction(_: ImportState, formData: FormData): Promise<ImportState> {
  return runAction(formData, {
    actor: requireActor,
    parse: async ({ formData: posted }) => {
      const bestand = posted.get('bestand');
      if (!(bestand instanceof File) || bestand.size === 0) return { success: false, formError: 'Kies een CSV-bestand met de productcatalogus.' };
      if (bestand.size > MAX_BYTES) return { success: false, formError: 'Het bestand is groter dan 1 MB. Splits het in delen.' };
      return { success: true, data: { csv: await bestand.text(), bestandsnaam: bestand.name } };
    },
    run: async ({ csv }, actor) => previewCatalogusImport(actor, csv),
    done: (preview, { input }): ImportState => ({ preview, ...input }),
  });
}

/** Step 2: import the file that was previewed: all lines or none. On an error the preview stays on the page. */
export async function importCatalogusAction(state: ImportState, formData: FormData): Promise<ImportState> {
  return runAction(formData, {
    actor: requireActor,
    // The whole file as posted: not a form field to clean or cut to a field's length, and never sent back.
    parse: ({ formData: posted }) => {
      const csv = String(posted.get('csv') ?? '');
      return csv ? { success: true, data: csv } : { success: false, formError: 'Kies eerst een bestand en controleer het.' };
    },
    omit: ['csv'],
    run: (csv, actor) => importCatalogus(actor, csv),
    error: (error, _values, prev) => {
      if (error instanceof DomainError && error.code === 'INVALID') {
        const [first, ...reasons] = error.reasons;
        return { ...prev, formError: first, reasons };
      }
      return { ...prev, formError: toUserMessage(error) };
    },
    revalidate: [layout('/beheer')],
    done: (resultaat) => `/beheer/producten?nieuw=${resultaat.nieuw}&gewijzigd=${resultaat.gewijzigd}`,
  }, state);
}
