import { define } from '@conseils-citoyens/core/define.js';
import { CcCharteConsultation } from './charte-consultation.js';

define('cc-charte-consultation', CcCharteConsultation);

declare global {
  interface HTMLElementTagNameMap {
    'cc-charte-consultation': CcCharteConsultation;
  }
}
