import { LocaleTable } from '../i18n/locale-table.js';

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

export const formStrings = new LocaleTable<FormStrings>(fr, () =>
  import('./form-strings-en.js').then((m) => m.en),
);
