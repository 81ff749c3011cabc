import { define } from '@conseils-citoyens/core/define.js';
import { CcQuestionnaireEditor } from './questionnaire-editor.js';

define('cc-questionnaire-editor', CcQuestionnaireEditor);

declare global {
  interface HTMLElementTagNameMap {
    'cc-questionnaire-editor': CcQuestionnaireEditor;
  }
}
