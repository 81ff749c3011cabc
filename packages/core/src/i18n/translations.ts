import { LocaleTable } from './locale-table.js';
import type { ApiErrorKind } from '../api/errors.js';

/** Strings shared by every component. Components keep their own tables next to them. */
export interface CoreStrings {
  errors: Record<ApiErrorKind, string>;
  /** A link withdrawn, expired or not this document's, when the server's own words are not in this language. */
  linkClosed: string;
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
  linkClosed:
    'Ce lien ne fonctionne plus : demandez-en un nouveau à la personne qui vous l’a envoyé.',
  loading: 'Chargement…',
  retry: 'Réessayer',
  configMissing: (tag) =>
    `<${tag}> n'est relié à aucune API : ajoutez l'attribut api-base (par exemple api-base="https://ville.example/api/v1") ou placez-le dans un <cc-provider>.`,
  configInvalid: (tag, what) => `<${tag}> est mal configuré : ${what}`,
  badApiBase: (value, where) =>
    `api-base="${value}"${where ? ` sur ${where}` : ''} n'est pas une adresse web valide (exemple : https://ville.example/api/v1).`,
  colon: '\u00a0: ',
};

export const coreStrings = new LocaleTable<CoreStrings>(fr, () =>
  import('./translations-en.js').then((m) => m.en),
);
