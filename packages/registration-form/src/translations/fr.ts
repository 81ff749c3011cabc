/** The registration form's French strings (the default). */
import { registrationLabelsFr } from '@conseils-citoyens/schemas/registration-labels.js';

export const fr = {
  /** Each field's name, as the server names it in its messages. */
  labels: registrationLabelsFr,
  heading: (title: string) => `Inscription : ${title}`,
  headingNoSession: 'Inscription à une séance',
  chooseSession: "Choisissez une séance dans le calendrier, puis « S'inscrire ».",
  missingSession:
    '<cc-registration-form> n\'a pas de séance : ajoutez l\'attribut session-id ou for="id-du-calendrier".',
  hints: {
    email: 'Exemple : nom@domaine.fr. Nous vous écrivons seulement au sujet de cette séance.',
    phone: 'Exemple : 06 12 34 56 78.',
    accessibilityNeeds:
      'Par exemple : accès en fauteuil, interprète en langue des signes, boucle magnétique.',
  } as Record<string, string>,
  colleges: {
    habitant: 'Habitant·e',
    acteur_local: 'Acteur local (association, commerçant, professionnel)',
  },
  honeypot: 'Laissez ce champ vide',
  submit: "Je m'inscris",
  submitWaitlist: "Je m'inscris sur la liste d'attente",
  submitting: 'Envoi de votre inscription…',
  privacyTitle: 'Protection de vos données',
  privacyText: (controller: string, retention: string) =>
    `Les informations saisies sont utilisées par ${controller} pour gérer votre inscription à cette séance et vous prévenir en cas de changement. Elles sont conservées ${retention}, puis supprimées. Elles ne sont ni vendues ni transmises à des tiers.`,
  privacyDefaultController: 'la collectivité organisatrice',
  privacyDefaultRetention: '12 mois après la séance',
  privacyRights: (contact?: string) =>
    `Vous pouvez accéder à vos données, les rectifier, les faire effacer ou vous opposer à leur utilisation${contact ? ` en écrivant à ${contact}` : ' en contactant la collectivité'}. Vous pouvez aussi saisir la CNIL.`,
  privacyMore: 'En savoir plus sur la protection des données',
  consentsLegend: 'Utilisations facultatives (vous pouvez vous inscrire sans les accepter)',
  confirmedTitle: 'Votre inscription est confirmée',
  confirmedText:
    "Une place vous est réservée. Gardez le lien d'annulation ci-dessous si vous ne pouvez plus venir : votre place ira à une autre personne.",
  waitlistedTitle: "Vous êtes sur la liste d'attente",
  waitlistedText: (n: number) =>
    `Vous êtes en position ${n}. Si une place se libère, elle vous sera attribuée dans l'ordre de la liste.`,
};
export type FormStrings = typeof fr;
