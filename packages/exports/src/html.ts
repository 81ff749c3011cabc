import type { ExportDocument } from './document.js';
import { xmlText } from './xml.js';

/**
 * The document as one HTML page that stands alone: semantic headings, paragraphs, lists and tables with header cells,
 * a small print style sheet, nothing fetched from elsewhere and no script.
 */
export function toHtml(doc: ExportDocument): string {
  const body = doc.blocks
    .map((b) => {
      if (b.type === 'heading') return `<h${b.level + 1}>${xmlText(b.text)}</h${b.level + 1}>`;
      if (b.type === 'paragraph')
        return `<p${b.note ? ' class="note"' : ''}>${xmlText(b.text).replace(/\n/g, '<br>')}</p>`;
      if (b.type === 'list')
        return `<ul>${b.items.map((i) => `<li>${xmlText(i)}</li>`).join('')}</ul>`;
      return `<table><thead><tr>${b.header.map((h) => `<th scope="col">${xmlText(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${xmlText(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${xmlText(doc.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xmlText(doc.title)}</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #161616; }
.note { font-size: .9rem; font-style: italic; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #666; padding: .25rem .5rem; text-align: start; vertical-align: top; }
@media print { body { margin: 0; max-width: none; } h2, h3 { break-after: avoid; } }
</style>
</head>
<body>
<h1>${xmlText(doc.title)}</h1>
${body}
</body>
</html>
`;
}
