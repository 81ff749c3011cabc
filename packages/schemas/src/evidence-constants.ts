// What a bilan's evidence file may be, without zod: the server, the staff client and the checklist read it; apart
// from bilan-constants.ts, which a published report loads and which need not carry it.
/** The files a bilan's evidence may be, with the word each is called by in messages; none a browser would run. */
export const EVIDENCE_TYPES = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'text/csv': 'CSV',
  'text/plain': 'TXT',
} as const;
export type EvidenceType = keyof typeof EVIDENCE_TYPES;

/** The largest evidence file: 10 Mo (a scanned report, a photo of a sign-in sheet). */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** The header an evidence file's name travels in, percent-encoded (the body is the file itself). */
export const FILE_NAME_HEADER = 'CC-File-Name';
