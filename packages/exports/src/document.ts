/**
 * A document to export, as plain blocks: what a charte or a bilan reads as, once, for every format (Markdown, HTML,
 * ODT, DOCX). The writers only lay blocks out; what the document says is decided before, by one function per kind.
 */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; note?: boolean }
  | { type: 'list'; items: string[] }
  | { type: 'table'; header: string[]; rows: string[][] };

export interface ExportDocument {
  /** The file's language (`fr`, `en`). */
  lang: string;
  title: string;
  blocks: Block[];
}

export type ExportFormat = 'md' | 'html' | 'odt' | 'docx';

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** A file name from a document's words: lower case, no accents, dashes (`charte-des-moulins-v2.odt`). */
export function fileName(base: string, format: ExportFormat | 'csv'): string {
  const slug =
    base
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'document';
  return `${slug}.${format}`;
}
