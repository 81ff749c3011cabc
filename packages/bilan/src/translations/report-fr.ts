// The words of the report live in schemas: the exported files (ODT, DOCX, Markdown) say it the same way.
export { reportFr, type ReportStrings } from '@conseils-citoyens/schemas/bilan-report-text.js';
