'use server';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { toUserMessage, DomainError } from '@/lib/errors';
import { formDataOf, type FormState } from '@/lib/forms';
import { createProductSchema, updateProductSchema } from '@/lib/validations/beheer';
import { createProduct } from '@/lib/server/beheer/create-product';
import { importCatalogus } from '@/lib/server/beheer/import-catalogus';
import { previewCatalogusImport, type CatalogusImportVoorbeeld } from '@/lib/server/beheer/preview-catalogus-import';
import { updateProduct } from '@/lib/server/beheer/update-product';
import { runBeheerAction } from '../_lib/run-action';

export async function createProductAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, createProductSchema, async (input, actor) => `/beheer/producten/${(await createProduct(actor, input)).id}?nieuw=1`, { lists: ['leveringsvormen'] });
}

export async function updateProductAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, updateProductSchema, (input, actor) => updateProduct(actor, input), { lists: ['leveringsvormen'], message: 'Het product is opgeslagen.' });
}

export type ImportState = { formError?: string; reasons?: string[]; preview?: CatalogusImportVoorbeeld; csv?: string; bestandsnaam?: string };

const MAX_BYTES = 1_000_000;

/** Step 1: read the chosen file and show what it would do, writing nothing. */
export async function previewCatalogusImportAction(_: ImportState, formData: FormData): Promise<ImportState> {
  formData = formDataOf(formData);
  const bestand = formData.get('bestand');
  if (!(bestand instanceof File) || bestand.size === 0) return { formError: 'Kies een CSV-bestand met de productcatalogus.' };
  if (bestand.size > MAX_BYTES) return { formError: 'Het bestand is groter dan 1 MB. Splits het in delen.' };
  const csv = await bestand.text();
  const actor = await requireActor();
  try {
    return { preview: await previewCatalogusImport(actor, csv), csv, bestandsnaam: bestand.name };
  } catch (error) {
    return { formError: toUserMessage(error) };
  }
}

/** Step 2: import the file that was previewed: all lines or none. */
export async function importCatalogusAction(state: ImportState, formData: FormData): Promise<ImportState> {
  formData = formDataOf(formData);
  const csv = String(formData.get('csv') ?? '');
  if (!csv) return { formError: 'Kies eerst een bestand en controleer het.' };
  const actor = await requireActor();
  let resultaat: { nieuw: number; gewijzigd: number; ongewijzigd: number };
  try {
    resultaat = await importCatalogus(actor, csv);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'INVALID') {
      const [first, ...reasons] = error.reasons;
      return { ...state, formError: first, reasons };
    }
    return { ...state, formError: toUserMessage(error) };
  }
  revalidatePath('/beheer', 'layout');
  redirect(`/beheer/producten?nieuw=${resultaat.nieuw}&gewijzigd=${resultaat.gewijzigd}`);
}
