export { CcCharte, type ShownArticle, type ShownCharte } from './charte.js';
export type { CcCharteEditEvent } from './charte.events.js';
export { charteFr, type CharteStrings } from './translations/fr.js';
export { charteEn } from './translations/en.js';
export { CcCharteBuilder } from './charte-builder.js';
export type {
  CcCharteBuilderAdoptEvent,
  CcCharteBuilderConflictEvent,
  CcCharteBuilderSaveEvent,
} from './charte-builder.events.js';
export { builderFr, type BuilderStrings } from './translations/builder-fr.js';
export { builderEn } from './translations/builder-en.js';
export { CcCharteConsultation } from './charte-consultation.js';
export type { CcCharteCommentEvent } from './charte-consultation.events.js';
export { consultationFr, type ConsultationStrings } from './translations/consultation-fr.js';
export { consultationEn } from './translations/consultation-en.js';
