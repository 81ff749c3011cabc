// A bilan's evidence files: checked (size, declared type, and the bytes really being of that type), stored in the
// database, and served back as downloads that a browser never runs or renders as a page.
import { createHash, randomUUID } from 'node:crypto';
import {
  EVIDENCE_MAX_BYTES,
  EVIDENCE_TYPES,
  evidenceRefusals,
  type Evidence,
  type EvidenceType,
  type Locale,
} from '@conseils-citoyens/schemas';
import type { Db } from './db.js';
import { HttpProblem } from './problem.js';

const ZIP = Buffer.from('PK\x03\x04', 'latin1');
const isText = (b: Buffer) => {
  if (b.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};
/** What the first bytes of each accepted type are: a file named .pdf that is a page or a program is refused. */
const LOOKS_LIKE: Record<EvidenceType, (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex')),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'application/vnd.oasis.opendocument.text': (b) => b.subarray(0, 4).equals(ZIP),
  'application/vnd.oasis.opendocument.spreadsheet': (b) => b.subarray(0, 4).equals(ZIP),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (b) =>
    b.subarray(0, 4).equals(ZIP),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': (b) =>
    b.subarray(0, 4).equals(ZIP),
  'text/csv': isText,
  'text/plain': isText,
};

/** A refusal naming the file, in the request's language, with its reason. */
function refused(status: 413 | 415 | 422, locale: Locale, message: string): HttpProblem {
  return new HttpProblem(
    status,
    status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : 'validation',
    { detail: { [locale]: message }, errors: [{ field: 'file', code: 'file', message }] },
  );
}

/** Refuses a file larger than the limit, from its declared or its real size. */
export function checkSize(size: number, locale: Locale): void {
  if (size > EVIDENCE_MAX_BYTES)
    throw refused(413, locale, evidenceRefusals.tooLarge(size, locale));
}

export interface Upload {
  name: string;
  /** The declared Content-Type, parameters left out. */
  type: string;
  bytes: Buffer;
}

/** Checks and stores one evidence file of bilan `bilanId`; answers the evidence an item then points at. */
export async function storeEvidence(
  db: Db,
  bilanId: string,
  upload: Upload,
  uploadedBy: string,
  locale: Locale,
): Promise<Evidence & { kind: 'file' }> {
  const name = upload.name.trim();
  if (!name || name.length > 255 || [...name].some((ch) => ch.charCodeAt(0) < 0x20))
    throw refused(422, locale, evidenceRefusals.name(locale));
  checkSize(upload.bytes.length, locale);
  if (!upload.bytes.length) throw refused(422, locale, evidenceRefusals.empty(locale));
  const type = upload.type as EvidenceType;
  if (!(type in EVIDENCE_TYPES)) throw refused(415, locale, evidenceRefusals.type(locale));
  if (!LOOKS_LIKE[type](upload.bytes))
    throw refused(415, locale, evidenceRefusals.content(type, locale));
  const evidence = {
    kind: 'file' as const,
    fileId: randomUUID(),
    name,
    type,
    size: upload.bytes.length,
  };
  await db.run(
    `INSERT INTO evidence_files (id, bilan_id, name, type, size, sha256, content, uploaded_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      evidence.fileId,
      bilanId,
      name,
      type,
      evidence.size,
      createHash('sha256').update(upload.bytes).digest('hex'),
      upload.bytes,
      uploadedBy,
      new Date().toISOString(),
    ],
  );
  return evidence;
}

export interface StoredFile {
  name: string;
  type: string;
  size: number;
  content: Buffer | Uint8Array;
}

/** One file of bilan `bilanId` (404 for another bilan's). */
export async function readEvidence(db: Db, bilanId: string, fileId: string): Promise<StoredFile> {
  const row = await db.get<StoredFile>(
    'SELECT name, type, size, content FROM evidence_files WHERE id = ? AND bilan_id = ?',
    [fileId, bilanId],
  );
  if (!row) throw new HttpProblem(404, 'not_found');
  return row;
}
