/** The registration form's field labels in English (see registration-labels.ts). */
export const registrationLabelsEn: Record<string, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email address',
  phone: 'Phone',
  organisation: 'Organisation',
  neighbourhood: 'Neighbourhood',
  college: 'College',
  town: 'Town',
  accessibilityNeeds: 'Accessibility needs',
  comment: 'Comment',
  consents: 'Consents',
  website: 'Website',
  pageUrl: 'Page address',
};
