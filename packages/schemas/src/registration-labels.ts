/**
 * The labels of the registration form's fields: what a resident's page needs to name a field in a message (the other
 * fields' labels, for organisers and documents, are in messages.ts). English in registration-labels-en.ts.
 */
export const registrationLabelsFr: Record<string, string> = {
  firstName: 'Prénom',
  lastName: 'Nom',
  email: 'Adresse e-mail',
  phone: 'Téléphone',
  organisation: 'Structure',
  neighbourhood: 'Quartier',
  college: 'Collège',
  town: 'Commune',
  accessibilityNeeds: "Besoins d'accessibilité",
  comment: 'Commentaire',
  consents: 'Consentements',
  website: 'Site web',
  pageUrl: 'Adresse de la page',
};
