import { define } from '@conseils-citoyens/core/define.js';
import { CcBilanChecklist } from './bilan-checklist.js';

define('cc-bilan-checklist', CcBilanChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'cc-bilan-checklist': CcBilanChecklist;
  }
}
