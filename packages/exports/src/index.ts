export * from './document.js';
export { toMarkdown } from './markdown.js';
export { toHtml } from './html.js';
export { toOdt, odtContent } from './odt.js';
export { toDocx } from './docx.js';
export { charteDocument, type ExportableCharte } from './charte-document.js';
export { bilanDocument, bilanItemsCsv, type ExportableBilan } from './bilan-document.js';
export { exportFile } from './export-file.js';
