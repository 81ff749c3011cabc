// The words of the saved answers' panel (controllers/saved-link.ts), loaded with it. English in saved-en.ts.
export const savedFr = {
  savedTitle: 'Vos réponses sont enregistrées',
  savedText: (date: string) =>
    `Pour reprendre plus tard, sur cet appareil ou un autre, gardez ce lien personnel : il est valable jusqu’au ${date}. Ne le partagez pas.`,
  resumeLink: 'Votre lien de reprise',
  copy: 'Copier le lien',
  copied: 'Lien copié.',
  mailLabel: 'Recevoir ce lien par e-mail',
  mailHint: 'Votre adresse ne sert qu’à cet envoi : elle n’est pas gardée avec vos réponses.',
  mailSend: 'Envoyer le lien',
  mailSending: 'Envoi…',
  mailSent: (to: string) =>
    `Le lien est envoyé à ${to}. S’il n’arrive pas, regardez dans les courriers indésirables.`,
  mailInvalid: '« Recevoir ce lien par e-mail » : saisissez une adresse comme nom@exemple.fr.',
};
export type SavedStrings = typeof savedFr;
