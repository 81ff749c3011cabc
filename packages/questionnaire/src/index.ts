export { CcQuestionnaire } from './questionnaire.js';
export { CcQuestionnaireResults } from './questionnaire-results.js';
export type * from './questionnaire.events.js';
export { fr as questionnaireFr } from './translations/fr.js';
export { en as questionnaireEn } from './translations/en.js';
export type { QuestionnaireStrings } from './translations/fr.js';
export {
  resultsFr as questionnaireResultsFr,
  type ResultsStrings,
} from './translations/results-fr.js';
export { resultsEn as questionnaireResultsEn } from './translations/results-en.js';
export { CcQuestionnaireEditor } from './questionnaire-editor.js';
export { editorFr as questionnaireEditorFr, type EditorStrings } from './translations/editor-fr.js';
export { editorEn as questionnaireEditorEn } from './translations/editor-en.js';
