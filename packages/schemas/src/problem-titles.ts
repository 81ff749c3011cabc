/**
 * The title of each problem the API answers with, and what it says about headers and query parameters, in French
 * (default) and English. Apart from the field messages (messages.ts): every element shows these, only forms need those.
 */
import type { Locale } from './primitives.js';
import type { ProblemCode } from './problem.js';

export const PROBLEM_TITLES: Record<ProblemCode, Record<Locale, string>> = {
  validation: {
    fr: 'Certaines informations sont à corriger.',
    en: 'Some information needs correcting.',
  },
  malformed_json: {
    fr: "Le corps de la requête n'est pas du JSON valide.",
    en: 'The request body is not valid JSON.',
  },
  payload_too_large: { fr: 'La requête est trop volumineuse.', en: 'The request is too large.' },
  not_found: { fr: "Cette ressource n'existe pas.", en: 'This resource does not exist.' },
  unauthorized: { fr: 'Authentification requise.', en: 'Authentication required.' },
  forbidden: { fr: 'Accès refusé.', en: 'Access denied.' },
  session_full: { fr: 'Cette séance est complète.', en: 'This session is full.' },
  already_registered: {
    fr: 'Vous êtes déjà inscrit à cette séance.',
    en: 'You are already registered for this session.',
  },
  registration_not_open: {
    fr: 'Les inscriptions ne sont pas encore ouvertes.',
    en: 'Registration is not open yet.',
  },
  registration_closed: { fr: 'Les inscriptions sont closes.', en: 'Registration is closed.' },
  session_cancelled: { fr: 'Cette séance est annulée.', en: 'This session is cancelled.' },
  session_past: { fr: 'Cette séance a déjà eu lieu.', en: 'This session has already taken place.' },
  already_answered: {
    fr: 'Une réponse à ce questionnaire est déjà confirmée avec cette adresse e-mail : c’est elle qui compte.',
    en: 'An answer to this questionnaire is already confirmed with this e-mail address: that one counts.',
  },
  next_year_exists: {
    fr: 'Le bilan de l’année suivante est déjà commencé : il est ouvert à sa place.',
    en: 'Next year’s review is already started: it opens instead.',
  },
  consultation_closed: {
    fr: 'La consultation sur cette version est close : les commentaires ne sont plus reçus.',
    en: 'The consultation on this version is closed: comments are no longer received.',
  },
  not_a_draft: {
    fr: 'Cette version est adoptée : commencez une révision pour la soumettre à nouveau.',
    en: 'This version is adopted: start a revision to submit it again.',
  },
  already_sent: {
    fr: 'Cet e-mail est déjà envoyé.',
    en: 'This e-mail has already been sent.',
  },
  offer_expired: {
    fr: 'Le délai pour confirmer cette place est passé : elle est allée à la personne suivante.',
    en: 'The time to confirm this seat has passed: it went to the next person.',
  },
  already_cancelled: {
    fr: 'Cette inscription est déjà annulée.',
    en: 'This registration is already cancelled.',
  },
  idempotency_key_reused: {
    fr: "Cette clé d'idempotence a déjà servi pour une autre demande.",
    en: 'This idempotency key was already used for another request.',
  },
  idempotency_in_progress: {
    fr: 'La même demande est déjà en cours de traitement.',
    en: 'The same request is already being processed.',
  },
  version_conflict: {
    fr: 'Le document a été modifié entre-temps.',
    en: 'The document was changed in the meantime.',
  },
  rate_limited: {
    fr: 'Trop de demandes : merci de patienter avant de réessayer.',
    en: 'Too many requests: please wait before trying again.',
  },
  unsupported_media_type: {
    fr: 'Le corps doit être envoyé en JSON (application/json).',
    en: 'The body must be sent as JSON (application/json).',
  },
  method_not_allowed: {
    fr: "Cette méthode n'est pas permise ici.",
    en: 'This method is not allowed here.',
  },
  server_error: { fr: 'Erreur interne du serveur.', en: 'Internal server error.' },
  precondition_required: {
    fr: "Indiquez la version modifiée (en-tête If-Match) : sans elle, l'enregistrement pourrait effacer le travail d'un autre.",
    en: 'Say which version you changed (If-Match header): without it, saving could overwrite someone else’s work.',
  },
  edit_link_invalid: {
    fr: "Ce lien d'édition n'est pas valide pour ce document.",
    en: 'This edit link is not valid for this document.',
  },
  edit_link_expired: {
    fr: "Ce lien d'édition a expiré ; demandez-en un nouveau.",
    en: 'This edit link has expired; ask for a new one.',
  },
  edit_link_revoked: {
    fr: "Ce lien d'édition a été retiré ; demandez-en un nouveau.",
    en: 'This edit link was withdrawn; ask for a new one.',
  },
  invitation_required: {
    fr: 'Ce questionnaire est réservé aux personnes invitées : ouvrez le lien personnel que vous avez reçu.',
    en: 'This questionnaire is for invited people only: open the personal link you received.',
  },
  invitation_used: {
    fr: 'Ce lien d’invitation a déjà servi : une seule réponse par personne.',
    en: 'This invitation link was already used: one answer per person.',
  },
  secret_in_query: {
    fr: "Un secret ne se met jamais dans l'adresse : envoyez le lien d'édition dans l'en-tête CC-Edit-Link.",
    en: 'A secret never goes in the address: send the edit link in the CC-Edit-Link header.',
  },
};

/** What the server says about what is not a body field: headers and query parameters. */
export const REQUEST_MESSAGES: Record<
  Locale,
  { idempotencyKey: string; cancellationTokenRequired: string }
> = {
  fr: {
    idempotencyKey: "L'en-tête « Idempotency-Key » doit faire 8 à 255 caractères imprimables.",
    cancellationTokenRequired: "« Jeton d'annulation » est obligatoire.",
  },
  en: {
    idempotencyKey: 'The “Idempotency-Key” header must be 8 to 255 printable characters.',
    cancellationTokenRequired: '“Cancellation token” is required.',
  },
};
