import { define } from '@conseils-citoyens/core/define.js';
import { CcQuestionnaireResults } from './questionnaire-results.js';

define('cc-questionnaire-results', CcQuestionnaireResults);

declare global {
  interface HTMLElementTagNameMap {
    'cc-questionnaire-results': CcQuestionnaireResults;
  }
}
