/** The questionnaire's French strings (the default). */
import { questionFr } from '@conseils-citoyens/core/form/questions/question-strings.js';

export const fr = {
  ...questionFr,
  missingQuestionnaire:
    "<cc-questionnaire> n'a pas de questionnaire : ajoutez l'attribut questionnaire-id ou donnez-lui la propriété definition.",
  duration: (minutes: number) => `Temps de réponse : environ ${minutes} minutes.`,
  anonymous:
    'Vos réponses sont anonymes : ne donnez votre nom ou vos coordonnées que si une question vous le demande.',
  invitationPersonal:
    'Une seule réponse par personne : ce lien d’invitation vous est personnel, ne le transmettez pas.',
  invitationOnly:
    'Ce questionnaire est réservé aux personnes invitées : ouvrez le lien personnel que vous avez reçu (par courriel ou sur papier).',
  progress: (n: number, total: number) => `Page ${n} sur ${total}`,
  previous: 'Précédent',
  next: 'Suivant',
  submit: 'Envoyer mes réponses',
  submitting: 'Envoi de vos réponses…',
  saveForLater: 'Enregistrer et reprendre plus tard',
  saving: 'Enregistrement…',
  moved: (label: string, position: number, total: number) =>
    `« ${label} » est maintenant en position ${position} sur ${total}.`,
  emailMode:
    'Une seule réponse par personne : à la fin, vous donnerez votre adresse e-mail pour confirmer la vôtre.',
  emailLabel: 'Votre adresse e-mail',
  emailHint:
    'Pour confirmer votre réponse : elle ne compte qu’une fois confirmée, une seule par adresse. L’adresse n’est pas gardée avec vos réponses.',
  emailMissing:
    '« Votre adresse e-mail » : saisissez une adresse comme nom@exemple.fr, pour confirmer votre réponse.',
  confirmTitle: 'Encore une étape : confirmez votre réponse',
  confirmSent: (to: string) =>
    `Nous avons envoyé un lien à ${to}. Ouvrez-le dans les 7 jours : votre réponse ne comptera qu’une fois confirmée.`,
  resumed: 'Vous reprenez vos réponses enregistrées.',
  resumeGone:
    'Ce lien de reprise n’est plus valable (il a expiré ou les réponses ont été envoyées). Vous pouvez répondre à nouveau.',
  thanksTitle: 'Merci, vos réponses sont enregistrées',
  paperSaved: 'Questionnaire papier enregistré.',
  paperMode: 'Saisie d’un questionnaire papier : les réponses seront marquées comme telles.',
  printBlank: 'Imprimer le questionnaire vierge',
  backFromPaper: 'Revenir au questionnaire en ligne',
  privacyTitle: 'Protection de vos données',
  privacyText: (controller: string) =>
    `Vos réponses sont utilisées par ${controller}, seulement pour l’objet de ce questionnaire. Les réponses enregistrées pour reprendre plus tard sont effacées au bout de 30 jours.`,
  privacyDefaultController: 'la collectivité',
  privacyMore: 'En savoir plus sur la protection des données',
};
export type QuestionnaireStrings = typeof fr;
