import { define } from '@conseils-citoyens/core/define.js';
import { CcRegistrationForm } from './registration-form.js';

define('cc-registration-form', CcRegistrationForm);

declare global {
  interface HTMLElementTagNameMap {
    'cc-registration-form': CcRegistrationForm;
  }
}
