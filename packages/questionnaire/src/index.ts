export { CcQuestionnaire } from './questionnaire.js';
export type * from './questionnaire.events.js';
export { fr as questionnaireFr } from './translations/fr.js';
export { en as questionnaireEn } from './translations/en.js';
export type { QuestionnaireStrings } from './translations/fr.js';
