import type { Locale } from '@conseils-citoyens/schemas';

/** What every form says the same way: the registration form, the questionnaire, the editors. */
export interface FormStrings {
  required: string;
  optional: string;
  requiredNote: string;
  requiredMessage: (label: string) => string;
  summaryTitle: (n: number) => string;
  errorPrefix: string;
  keptInput: string;
}

const fr: FormStrings = {
  required: '(obligatoire)',
  optional: '(facultatif)',
  requiredNote: 'Les champs marqués « obligatoire » doivent être remplis.',
  requiredMessage: (label) => `« ${label} » est obligatoire.`,
  summaryTitle: (n) =>
    n === 1 ? 'Une information est à corriger :' : `${n} informations sont à corriger :`,
  errorPrefix: 'Erreur : ',
  keptInput: 'Ce que vous avez saisi est conservé sur cet appareil.',
};

const en: FormStrings = {
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

export const formStrings: Record<Locale, FormStrings> = { fr, en };
