import { define } from '@conseils-citoyens/core';
import { CcRegistrationForm } from './registration-form.js';
// Opened from a cancellation link, the form shows <cc-registration-cancel>.
import './cc-registration-cancel.js';

define('cc-registration-form', CcRegistrationForm);

declare global {
  interface HTMLElementTagNameMap {
    'cc-registration-form': CcRegistrationForm;
  }
}
