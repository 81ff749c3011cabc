import type { Locale } from '@conseils-citoyens/schemas';
import type { ApiErrorKind } from '../api/errors.js';

/** Strings shared by every component. Components keep their own tables next to them. */
export interface CoreStrings {
  errors: Record<ApiErrorKind, string>;
  loading: string;
  retry: string;
  configMissing: (tag: string) => string;
  configInvalid: (tag: string, what: string) => string;
  badApiBase: (value: string, where?: string) => string;
  /** Between a name and its value in a sentence: « Ville : Lille », “Town: Lille”. */
  colon: string;
}

const fr: CoreStrings = {
  errors: {
    network:
      'Connexion impossible au service. Vérifiez votre connexion internet puis réessayez : ce que vous avez saisi est conservé.',
    timeout:
      'Le service met trop de temps à répondre. Réessayez dans un instant : ce que vous avez saisi est conservé.',
    aborted: 'La demande a été interrompue.',
    invalid_response:
      'Le service a envoyé une réponse inattendue. Réessayez plus tard ou contactez la collectivité.',
    validation: 'Certaines informations sont à corriger.',
    conflict: "Cette action n'est pas possible dans l'état actuel.",
    full: 'Cette séance est complète.',
    not_found: "Cette ressource n'existe pas ou n'existe plus.",
    unauthorized: "Vous n'avez pas les droits nécessaires.",
    rate_limited: 'Trop de demandes en peu de temps : patientez une minute puis réessayez.',
    server:
      'Le service rencontre un problème. Réessayez dans quelques minutes : ce que vous avez saisi est conservé.',
    config: "Ce composant n'est pas configuré correctement.",
  },
  loading: 'Chargement…',
  retry: 'Réessayer',
  configMissing: (tag) =>
    `<${tag}> n'est relié à aucune API : ajoutez l'attribut api-base (par exemple api-base="https://ville.example/api/v1") ou placez-le dans un <cc-provider>.`,
  configInvalid: (tag, what) => `<${tag}> est mal configuré : ${what}`,
  badApiBase: (value, where) =>
    `api-base="${value}"${where ? ` sur ${where}` : ''} n'est pas une adresse web valide (exemple : https://ville.example/api/v1).`,
  colon: '\u00a0: ',
};

const en: CoreStrings = {
  errors: {
    network:
      'Cannot reach the service. Check your internet connection and try again: what you typed is kept.',
    timeout:
      'The service is taking too long to answer. Try again in a moment: what you typed is kept.',
    aborted: 'The request was interrupted.',
    invalid_response:
      'The service sent an unexpected answer. Try again later or contact the municipality.',
    validation: 'Some information needs correcting.',
    conflict: 'This action is not possible right now.',
    full: 'This session is full.',
    not_found: 'This resource does not exist or no longer exists.',
    unauthorized: 'You do not have the necessary rights.',
    rate_limited: 'Too many requests in a short time: wait a minute and try again.',
    server: 'The service has a problem. Try again in a few minutes: what you typed is kept.',
    config: 'This component is not configured correctly.',
  },
  loading: 'Loading…',
  retry: 'Try again',
  configMissing: (tag) =>
    `<${tag}> is not connected to an API: add the api-base attribute (e.g. api-base="https://town.example/api/v1") or place it inside a <cc-provider>.`,
  configInvalid: (tag, what) => `<${tag}> is misconfigured: ${what}`,
  badApiBase: (value, where) =>
    `api-base="${value}"${where ? ` on ${where}` : ''} is not a valid web address (e.g. https://town.example/api/v1).`,
  colon: ': ',
};

export const translations: Record<Locale, CoreStrings> = { fr, en };
