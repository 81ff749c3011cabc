export { CcBilanChecklist } from './bilan-checklist.js';
export type {
  CcBilanConflictEvent,
  CcBilanNextYearEvent,
  CcBilanSaveEvent,
} from './bilan.events.js';
export { bilanFr, type BilanStrings } from './translations/fr.js';
export { bilanEn } from './translations/en.js';
export { CcBilanReport, type ShownBilan } from './bilan-report.js';
export { reportFr, type ReportStrings } from './translations/report-fr.js';
export { reportEn } from './translations/report-en.js';
