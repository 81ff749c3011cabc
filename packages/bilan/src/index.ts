export { CcBilanChecklist } from './bilan-checklist.js';
export type { CcBilanConflictEvent, CcBilanSaveEvent } from './bilan.events.js';
export { bilanFr, type BilanStrings } from './translations/fr.js';
export { bilanEn } from './translations/en.js';
