import { define } from '@conseils-citoyens/core/define.js';
import { CcCharte } from './charte.js';

define('cc-charte', CcCharte);

declare global {
  interface HTMLElementTagNameMap {
    'cc-charte': CcCharte;
  }
}
