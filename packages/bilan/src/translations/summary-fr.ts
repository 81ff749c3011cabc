// The words of the summary live in schemas: the exported files (ODT, DOCX, Markdown) say it the same way.
export { summaryFr, type SummaryStrings } from '@conseils-citoyens/schemas/bilan-summary-text.js';
