import { define } from '@conseils-citoyens/core/define.js';
import { CcCharteBuilder } from './charte-builder.js';

define('cc-charte-builder', CcCharteBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'cc-charte-builder': CcCharteBuilder;
  }
}
