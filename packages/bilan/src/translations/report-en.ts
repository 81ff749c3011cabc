export { reportEn } from '@conseils-citoyens/schemas/bilan-report-text-en.js';
