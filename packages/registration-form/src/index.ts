export { CcRegistrationForm, type ConsentOption } from './registration-form.js';
export { CcRegistrationCancel } from './registration-cancel.js';
export type {
  CcRegistrationSuccessEvent,
  CcRegistrationErrorEvent,
  CcRegistrationCancelEvent,
} from './registration-form.events.js';
export { parseFields, toRequest, validate } from './controllers/fields.js';
export { fr as registrationFormFr } from './translations/fr.js';
export { en as registrationFormEn } from './translations/en.js';
export type { FormStrings as RegistrationFormStrings } from './translations/fr.js';
export {
  cancelFr as registrationCancelFr,
  type CancelStrings as RegistrationCancelStrings,
} from './translations/cancel-fr.js';
export { cancelEn as registrationCancelEn } from './translations/cancel-en.js';
