import type { ExportDocument } from './document.js';

/** Markdown's own characters in running text, escaped so that a title or a clause reads as typed. */
const escape = (text: string) =>
  text.replace(/([\\`*_{}[\]<>#|!~])/g, '\\$1').replace(/^(\d+)\./gm, '$1\\.');

/** The document in Markdown: `#` headings, paragraphs, `-` lists, pipe tables; a note in italics. */
export function toMarkdown(doc: ExportDocument): string {
  const out = [`# ${escape(doc.title)}`];
  for (const b of doc.blocks) {
    if (b.type === 'heading') out.push(`${'#'.repeat(b.level + 1)} ${escape(b.text)}`);
    else if (b.type === 'paragraph') out.push(b.note ? `*${escape(b.text)}*` : escape(b.text));
    else if (b.type === 'list') out.push(b.items.map((i) => `- ${escape(i)}`).join('\n'));
    else {
      const row = (cells: string[]) =>
        `| ${cells.map((c) => escape(c).replace(/\n/g, ' ')).join(' | ')} |`;
      out.push([row(b.header), row(b.header.map(() => '---')), ...b.rows.map(row)].join('\n'));
    }
  }
  return `${out.join('\n\n')}\n`;
}
