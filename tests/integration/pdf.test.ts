import { describe, expect, it } from 'vitest';
import { createPdf } from '@/lib/pdf/document';
import { pdfText } from '../support/pdf-text';

describe('createPdf', () => {
  it('writes a PDF whose text holds the letterhead, the title and Dutch characters', async () => {
    const pdf = createPdf({
      title: 'Verslag van ons gesprek',
      letterhead: { naam: 'Den Helder', briefhoofd: 'Gemeente Den Helder', postadres: 'Postbus 2', postcodePlaats: '1780 AA Den Helder', telefoon: '14 0223', website: 'www.denhelder.example' },
      addressee: ['Familie Jansen', 'Zuidstraat 1', '1781 AB Den Helder'],
      datum: '22 november 2026',
    });
    pdf.heading('Wat we hebben besproken').paragraph('Coöperatie en financiën: één afspraak.').fields([['Datum', '22 november 2026']]).bullets(['Eerste stap']);
    const buffer = await pdf.finish();
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(buffer);
    expect(text).toContain('Gemeente Den Helder');
    expect(text).toContain('Verslag van ons gesprek');
    expect(text).toContain('Coöperatie en financiën');
    expect(text).toContain('pagina 1 van 1');
  });
});
