import { define } from '@conseils-citoyens/core/define.js';
import { CcRegistrationCancel } from './registration-cancel.js';

define('cc-registration-cancel', CcRegistrationCancel);

declare global {
  interface HTMLElementTagNameMap {
    'cc-registration-cancel': CcRegistrationCancel;
  }
}
