import type { FormStrings } from './form-strings.js';

export const en: FormStrings = {
  required: '(required)',
  optional: '(optional)',
  requiredNote: 'Fields marked “required” must be filled in.',
  requiredMessage: (label) => `“${label}” is required.`,
  summaryTitle: (n) =>
    n === 1
      ? 'One piece of information needs correcting:'
      : `${n} pieces of information need correcting:`,
  errorPrefix: 'Error: ',
  keptInput: 'What you typed is kept on this device.',
};
