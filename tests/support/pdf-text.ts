// The text of a PDF, for asserting what a generated document says (unpdf: pdf.js built for Node, no canvas).
import { extractText, getDocumentProxy } from 'unpdf';

export async function pdfText(buffer: Buffer | Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}

/** The text of each page of a PDF, whitespace collapsed. */
export async function pdfPages(buffer: Buffer | Uint8Array): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: false });
  return text.map((page) => page.replace(/\s+/g, ' '));
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The fields rows (label, value) whose label stands on a page without the start of its value: a field's label left
 * alone at the bottom of a page (or a page holding only a label). Empty when every label has its value beside it.
 */
export function labelsWithoutValue(pages: string[], rows: [label: string, value: string][]): { page: number; label: string }[] {
  const found: { page: number; label: string }[] = [];
  const labels = [...new Set(rows.map(([label]) => squash(label)))];
  pages.forEach((page, i) => {
    for (const label of labels) {
      if (!page.includes(label)) continue;
      const starts = rows.filter(([l]) => squash(l) === label).map(([, v]) => squash(v || '—').slice(0, 40));
      if (!starts.some((start) => page.includes(start))) found.push({ page: i + 1, label });
    }
  });
  return found;
}
