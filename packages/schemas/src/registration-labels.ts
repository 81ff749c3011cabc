/**
 * The labels of the registration form's fields, in French (default) and English: what a resident's page needs to name
 * a field in a message (the other fields' labels, for organisers and documents, are in messages.ts).
 */
import type { Locale } from './primitives.js';

export const REGISTRATION_LABELS: Record<Locale, Record<string, string>> = {
  fr: {
    firstName: 'Prénom',
    lastName: 'Nom',
    email: 'Adresse e-mail',
    phone: 'Téléphone',
    organisation: 'Structure',
    neighbourhood: 'Quartier',
    college: 'Collège',
    accessibilityNeeds: "Besoins d'accessibilité",
    comment: 'Commentaire',
    consents: 'Consentements',
    website: 'Site web',
  },
  en: {
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email address',
    phone: 'Phone',
    organisation: 'Organisation',
    neighbourhood: 'Neighbourhood',
    college: 'College',
    accessibilityNeeds: 'Accessibility needs',
    comment: 'Comment',
    consents: 'Consents',
    website: 'Website',
  },
};
