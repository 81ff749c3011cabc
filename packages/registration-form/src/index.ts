export { CcRegistrationForm, type ConsentOption } from './registration-form.js';
export type { CcRegistrationSuccessEvent, CcRegistrationErrorEvent, CcRegistrationCancelEvent } from './registration-form.events.js';
export { parseFields, toRequest, validate } from './controllers/fields.js';
export { fr as registrationFormFr } from './translations/fr.js';
export { en as registrationFormEn } from './translations/en.js';
export type { FormStrings } from './translations/fr.js';
