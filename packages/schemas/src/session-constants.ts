/**
 * The vocabulary of sessions and registrations, as plain values (see constants.ts): apart, so that only the calendar,
 * the form and the organiser's pages load it.
 */

export const SESSION_KINDS = ['introductory', 'thematic', 'network_meeting', 'other'] as const;
export const SESSION_STATUSES = ['scheduled', 'cancelled', 'full'] as const;

export const COLLEGES = ['habitant', 'acteur_local'] as const;

/** Every field a site may ask for, in display order. */
export const REGISTRATION_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'organisation',
  'neighbourhood',
  'town',
  'college',
  'accessibilityNeeds',
  'comment',
] as const;
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];

/** The name of the honeypot field: people never see it, robots fill it. */
export const HONEYPOT_FIELD = 'website' as const;

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
