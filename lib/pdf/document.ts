// Plain-language documents for residents (verslag, plan, beschikking, inzage) as PDF, with pdfkit: a well-kept,
// pure-JavaScript PDF writer whose standard fonts (Helvetica) cover Dutch text (WinAnsi: ë, é, ï …).
import PDFDocument from 'pdfkit';

export type Letterhead = {
  naam: string; // gemeente
  briefhoofd: string;
  postadres: string;
  postcodePlaats: string;
  telefoon: string;
  website: string;
};

export type PdfWriter = {
  doc: PDFKit.PDFDocument;
  heading: (text: string, level?: 1 | 2 | 3) => PdfWriter;
  paragraph: (text: string, options?: { muted?: boolean }) => PdfWriter;
  fields: (rows: [label: string, value: string][]) => PdfWriter;
  bullets: (items: string[]) => PdfWriter;
  spacer: (lines?: number) => PdfWriter;
  /**
   * Starts another copy of the letter on a new page, with its own addressee (a letter to both parents at different
   * addresses, the own copy of a child of 16). Pages are numbered per copy.
   */
  copy: (addressee: string[]) => PdfWriter;
  finish: () => Promise<Buffer>;
};

const MARGIN = 56;
const BRAND = '#174a7a';
const MUTED = '#475569';

/** A document with the gemeente's letterhead on the first page and page numbers on every page. */
export function createPdf(options: { title: string; letterhead: Letterhead; addressee?: string[]; datum?: string; kenmerk?: string }): PdfWriter {
  const doc = new PDFDocument({ size: 'A4', margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN }, bufferPages: true, info: { Title: options.title, Author: options.letterhead.naam, Creator: 'Wijkregie' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const width = doc.page.width - MARGIN * 2;

  // Letterhead: the gemeente's name and contact on the right, the addressee block on the left.
  const header = (addressee: string[] | undefined) => {
    const top = doc.y;
    doc.font('Helvetica-Bold').fontSize(16).fillColor(BRAND).text(options.letterhead.briefhoofd, MARGIN, top, { width, align: 'right' });
    doc.font('Helvetica').fontSize(9).fillColor(MUTED)
      .text([options.letterhead.postadres, options.letterhead.postcodePlaats, `Telefoon ${options.letterhead.telefoon}`, options.letterhead.website].join('\n'), { width, align: 'right' });
    doc.moveDown(2);
    if (addressee?.length) {
      doc.font('Helvetica').fontSize(11).fillColor('black').text(addressee.join('\n'), MARGIN, doc.y, { width: width / 2 });
      doc.moveDown(1.5);
    }
    const meta: string[] = [];
    if (options.datum) meta.push(`Datum: ${options.datum}`);
    if (options.kenmerk) meta.push(`Ons kenmerk: ${options.kenmerk}`);
    if (meta.length) {
      doc.font('Helvetica').fontSize(9).fillColor(MUTED).text(meta.join('     '), MARGIN, doc.y, { width });
      doc.moveDown(1);
    }
    doc.font('Helvetica-Bold').fontSize(18).fillColor('black').text(options.title, MARGIN, doc.y, { width });
    doc.moveDown(0.8);
  };
  header(options.addressee);
  /** The first page of each copy. */
  const copyStarts = [0];

  const pageIndex = () => {
    const range = doc.bufferedPageRange();
    return range.start + range.count - 1;
  };

  const writer: PdfWriter = {
    doc,
    heading(text, level = 2) {
      doc.moveDown(level === 1 ? 1 : 0.6);
      doc.font('Helvetica-Bold').fontSize(level === 1 ? 16 : level === 2 ? 13 : 11).fillColor(level === 3 ? 'black' : BRAND).text(text, MARGIN, doc.y, { width });
      doc.moveDown(0.3);
      return writer;
    },
    paragraph(text, opts) {
      doc.font('Helvetica').fontSize(11).fillColor(opts?.muted ? MUTED : 'black').text(text, MARGIN, doc.y, { width, lineGap: 2 });
      doc.moveDown(0.5);
      return writer;
    },
    fields(rows) {
      for (const [label, value] of rows) {
        // A row starts on a new page when its label (or the first lines of its value) would not fit on this one:
        // pdfkit would move the label on by itself and then write the value at the old position on the new page.
        const text = value || '—';
        doc.font('Helvetica-Bold').fontSize(10);
        const labelHeight = doc.heightOfString(label, { width: 150 });
        doc.font('Helvetica').fontSize(10);
        const valueHeight = doc.heightOfString(text, { width: width - 160 });
        const bottom = doc.page.height - doc.page.margins.bottom;
        const room = bottom - doc.page.margins.top;
        const needed = Math.max(labelHeight, Math.min(valueHeight, room));
        if (doc.y + needed > bottom && doc.y > doc.page.margins.top) doc.addPage();
        const y = doc.y;
        const page = pageIndex();
        doc.font('Helvetica-Bold').fontSize(10).fillColor('black').text(label, MARGIN, y, { width: 150 });
        const labelBottom = doc.y;
        doc.font('Helvetica').fontSize(10).text(text, MARGIN + 160, y, { width: width - 160 });
        // A value longer than a page continues on the next one: then its end is below, whatever the label's height.
        if (pageIndex() === page) doc.y = Math.max(doc.y, labelBottom);
        doc.moveDown(0.3);
      }
      doc.moveDown(0.3);
      return writer;
    },
    bullets(items) {
      for (const item of items) {
        doc.font('Helvetica').fontSize(11).fillColor('black').text(`•  ${item}`, MARGIN + 8, doc.y, { width: width - 8, lineGap: 2 });
        doc.moveDown(0.2);
      }
      doc.moveDown(0.4);
      return writer;
    },
    spacer(lines = 1) {
      doc.moveDown(lines);
      return writer;
    },
    copy(addressee) {
      doc.addPage();
      copyStarts.push(pageIndex());
      header(addressee);
      return writer;
    },
    finish() {
      const range = doc.bufferedPageRange();
      const end = range.start + range.count;
      for (let i = range.start; i < end; i++) {
        const c = copyStarts.findLastIndex((start) => start <= i);
        const first = copyStarts[c]!;
        const count = (copyStarts[c + 1] ?? end) - first;
        doc.switchToPage(i);
        const bottom = doc.page.margins.bottom;
        doc.page.margins.bottom = 0;
        doc.font('Helvetica').fontSize(8).fillColor(MUTED)
          .text(`${options.title} · pagina ${i - first + 1} van ${count}`, MARGIN, doc.page.height - MARGIN + 10, { width, align: 'center' });
        doc.page.margins.bottom = bottom;
      }
      return new Promise<Buffer>((resolve) => {
        doc.on('end', () => resolve(Buffer.concat(chunks)));
        doc.end();
      });
    },
  };
  return writer;
}

/** The Response for a PDF download from a route handler. */
export function pdfResponse(buffer: Buffer, filename: string) {
  return new Response(new Uint8Array(buffer), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'Cache-Control': 'no-store',
    },
  });
}
