import { define } from '@conseils-citoyens/core/define.js';
import { CcQuestionnaire } from './questionnaire.js';

define('cc-questionnaire', CcQuestionnaire);

declare global {
  interface HTMLElementTagNameMap {
    'cc-questionnaire': CcQuestionnaire;
  }
}
