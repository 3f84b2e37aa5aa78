// Uploaded files on a dossier (issue 11): a short list of types, a size limit, and the type read from the file's own
// first bytes rather than from its name or the browser's word for it. PDFs with active content (JavaScript, launch
// actions, embedded files) are refused: a caseworker opens these on a work laptop. Files are kept in the database,
// outside the web root, and served only through an authorised route as a download (see the route handler).

// The limit of one file. The server action's request limit (lib/domain/formulier.ts) is far above it, so that a
// larger file sent past the browser's own check is answered at the field.
export const MAX_BIJLAGE_BYTES = 1_500_000;
export const MAX_BIJLAGE_TEKST = '1,5 MB';

export type BijlageType = { mimeType: string; extensie: string; label: string };

export const BIJLAGE_TYPES: BijlageType[] = [
  { mimeType: 'application/pdf', extensie: 'pdf', label: 'PDF' },
  { mimeType: 'image/png', extensie: 'png', label: 'PNG' },
  { mimeType: 'image/jpeg', extensie: 'jpg', label: 'JPEG' },
];

export const BIJLAGE_ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

export const BIJLAGE_REASONS = {
  leeg: 'Kies een bestand.',
  teGroot: `Het bestand is te groot. Het mag hoogstens ${MAX_BIJLAGE_TEKST} zijn.`,
  type: 'Dit soort bestand kan niet. Kies een PDF, PNG of JPEG.',
  naamKlopt: 'De naam van het bestand past niet bij de inhoud. Kies een PDF, PNG of JPEG.',
  actief: 'Deze PDF bevat scripts of ingesloten bestanden en wordt daarom geweigerd. Sla hem opnieuw op als gewone PDF.',
} as const;

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** The type by the file's first bytes (its "magic number"), or null when it is none of the allowed types. */
export const sniffType = (bytes: Uint8Array): BijlageType | null => {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return BIJLAGE_TYPES[0]; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return BIJLAGE_TYPES[1];
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return BIJLAGE_TYPES[2];
  return null;
};

const EXTENSIES: Record<string, string> = { pdf: 'pdf', png: 'png', jpg: 'jpg', jpeg: 'jpg' };

// Names of PDF actions that run something or carry a file: /JavaScript, /JS, /Launch, /EmbeddedFile(s), /OpenAction
// with a script, /RichMedia, /XFA forms. PDF names may hide letters as #xx escapes, so those are decoded first.
const ACTIEF_IN_PDF = /\/(JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA|SubmitForm|ImportData)\b/;

const decodePdfNames = (text: string) => text.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export const pdfHeeftActieveInhoud = (bytes: Uint8Array): boolean => {
  // One character per byte, so the names stand as written.
  let raw = '';
  for (let i = 0; i < bytes.length; i += 0x8000) raw += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const text = decodePdfNames(raw);
  return ACTIEF_IN_PDF.test(text);
};

export type BijlageCheck = { ok: true; type: BijlageType } | { ok: false; reason: string };

export const checkBijlage = (bestandsnaam: string, bytes: Uint8Array): BijlageCheck => {
  if (bytes.length === 0) return { ok: false, reason: BIJLAGE_REASONS.leeg };
  if (bytes.length > MAX_BIJLAGE_BYTES) return { ok: false, reason: BIJLAGE_REASONS.teGroot };
  const type = sniffType(bytes);
  if (!type) return { ok: false, reason: BIJLAGE_REASONS.type };
  const extensie = EXTENSIES[bestandsnaam.toLowerCase().split('.').pop() ?? ''];
  if (extensie !== type.extensie) return { ok: false, reason: BIJLAGE_REASONS.naamKlopt };
  if (type.mimeType === 'application/pdf' && pdfHeeftActieveInhoud(bytes)) return { ok: false, reason: BIJLAGE_REASONS.actief };
  return { ok: true, type };
};

/** A file name for the download: letters, digits, spaces, dots and dashes only, with the right extension. */
export const downloadNaam = (titel: string, mimeType: string): string => {
  const extensie = BIJLAGE_TYPES.find((t) => t.mimeType === mimeType)?.extensie ?? 'bin';
  const basis = titel
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\.(pdf|png|jpe?g)$/i, '')
    .replace(/[^A-Za-z0-9 ._-]+/g, '-')
    .replace(/^[.\s-]+|[.\s-]+$/g, '')
    .slice(0, 80);
  return `${basis || 'document'}.${extensie}`;
};

/** '1,2 MB', '340 kB' */
export const bestandsgrootte = (bytes: number): string => {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} kB`;
};
