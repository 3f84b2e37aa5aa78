import { describe, expect, it } from 'vitest';
import { bestandsgrootte, BIJLAGE_REASONS, checkBijlage, downloadNaam, MAX_BIJLAGE_BYTES, pdfHeeftActieveInhoud, sniffType } from '@/lib/domain/bijlage';

const bytes = (text: string) => new TextEncoder().encode(text);
const pdf = bytes('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

describe('checkBijlage', () => {
  it.each([
    ['brief.pdf', pdf, 'application/pdf'],
    ['FOTO.PNG', png, 'image/png'],
    ['scan.jpeg', jpeg, 'image/jpeg'],
    ['scan.jpg', jpeg, 'image/jpeg'],
  ])('accepts %s', (naam, inhoud, mimeType) => {
    const result = checkBijlage(naam, inhoud);
    expect(result.ok && result.type.mimeType).toBe(mimeType);
  });

  it.each([
    ['an empty file', 'leeg.pdf', new Uint8Array(), BIJLAGE_REASONS.leeg],
    ['a file over the limit', 'groot.pdf', new Uint8Array(MAX_BIJLAGE_BYTES + 1).fill(0x25), BIJLAGE_REASONS.teGroot],
    ['an executable named .pdf', 'virus.pdf', bytes('MZ\x90\x00'), BIJLAGE_REASONS.type],
    ['a Word file', 'brief.docx', bytes('PK\x03\x04'), BIJLAGE_REASONS.type],
    ['a HTML page', 'pagina.pdf', bytes('<html><script>alert(1)</script>'), BIJLAGE_REASONS.type],
    ['a PDF named .png', 'plaatje.png', pdf, BIJLAGE_REASONS.naamKlopt],
    ['a PDF without extension', 'brief', pdf, BIJLAGE_REASONS.naamKlopt],
    ['a PDF with JavaScript', 'brief.pdf', bytes('%PDF-1.4\n<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>'), BIJLAGE_REASONS.actief],
    ['a PDF with a hidden #-escaped /JavaScript', 'brief.pdf', bytes('%PDF-1.4\n<< /S /Java#53cript >>'), BIJLAGE_REASONS.actief],
    ['a PDF that launches a program', 'brief.pdf', bytes('%PDF-1.7\n<< /S /Launch /F (cmd.exe) >>'), BIJLAGE_REASONS.actief],
    ['a PDF with an embedded file', 'brief.pdf', bytes('%PDF-1.7\n<< /EmbeddedFiles 3 0 R >>'), BIJLAGE_REASONS.actief],
  ])('refuses %s', (_, naam, inhoud, reason) => {
    expect(checkBijlage(naam, inhoud)).toEqual({ ok: false, reason });
  });

  it('does not mistake a name that merely starts like an action for one', () => {
    expect(pdfHeeftActieveInhoud(bytes('%PDF-1.4\n<< /JSON 1 /Launcher 2 >>'))).toBe(false);
  });

  it('knows the type only from the first bytes', () => {
    expect(sniffType(bytes('xx%PDF-'))).toBeNull();
  });
});

describe('download names and sizes', () => {
  it.each([
    ['Brief van school', 'application/pdf', 'Brief van school.pdf'],
    ['Verslag gesprek 12-01.pdf', 'application/pdf', 'Verslag gesprek 12-01.pdf'],
    ['Één "rare" naam/..\\etc', 'image/png', 'Een -rare- naam-..-etc.png'],
    ['../../', 'image/jpeg', 'document.jpg'],
  ])('%s → %s', (titel, mime, naam) => expect(downloadNaam(titel, mime)).toBe(naam));

  it.each([
    [500, '1 kB'],
    [340_000, '340 kB'],
    [1_234_567, '1,2 MB'],
  ])('%s bytes = %s', (n, text) => expect(bestandsgrootte(n)).toBe(text));
});
