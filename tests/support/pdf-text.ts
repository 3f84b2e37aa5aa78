// The text of a PDF, for asserting what a generated document says (unpdf: pdf.js built for Node, no canvas).
import { extractText, getDocumentProxy } from 'unpdf';

export async function pdfText(buffer: Buffer | Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}
