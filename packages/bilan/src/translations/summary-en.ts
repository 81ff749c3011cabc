export { summaryEn } from '@conseils-citoyens/schemas/bilan-summary-text-en.js';
