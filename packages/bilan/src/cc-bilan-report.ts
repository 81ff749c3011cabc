import { define } from '@conseils-citoyens/core/define.js';
import { CcBilanReport } from './bilan-report.js';

define('cc-bilan-report', CcBilanReport);

declare global {
  interface HTMLElementTagNameMap {
    'cc-bilan-report': CcBilanReport;
  }
}
