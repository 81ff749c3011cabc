import type { ExportDocument, ExportFormat } from './document.js';
import { toHtml } from './html.js';
import { toMarkdown } from './markdown.js';
import { toOdt } from './odt.js';

/** A document in one format, as bytes: what the server sends and what a browser saves. */
export async function exportFile(doc: ExportDocument, format: ExportFormat): Promise<Uint8Array> {
  if (format === 'odt') return toOdt(doc);
  if (format === 'docx') return (await import('./docx.js')).toDocx(doc);
  return new TextEncoder().encode(format === 'md' ? toMarkdown(doc) : toHtml(doc));
}
