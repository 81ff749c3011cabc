/** The French strings of a charte's consultation: the members' page and the builder's panel (the default). */
export const consultationFr = {
  heading: (title: string) => `Consultation sur la charte : ${title}`,
  openUntil: (n: number, date: string) =>
    `La version ${n} est soumise à la consultation des membres jusqu’au ${date}.`,
  closedSince: (n: number, date: string) =>
    `La consultation sur la version ${n} est close depuis le ${date} : les commentaires ne sont plus reçus.`,
  howTo:
    'Lisez la charte ci-dessous. Sous chaque article, « Commenter » vous permet de dire ce que vous en pensez : votre commentaire est lu par le bureau du conseil et la commune, et gardé avec cette version.',
  messageFrom: (who: string) => `Le mot de ${who} :`,
  count: (n: number) =>
    n === 0
      ? 'Aucun commentaire pour l’instant.'
      : n === 1
        ? '1 commentaire.'
        : `${n} commentaires.`,
  onArticle: (n: number) => (n === 1 ? '1 commentaire' : `${n} commentaires`),
  by: (who: string, date: string) => `${who}, le ${date}`,
  comment: (n: number) => `Commenter l’article ${n}`,
  commentTitle: (n: number, title: string) => `Commenter l’article ${n} — ${title}`,
  articleText: 'Le texte de l’article',
  author: 'Votre nom',
  authorHint: 'Tel que les autres membres le liront (un prénom suffit).',
  body: 'Votre commentaire',
  bodyHint:
    'Ce qui vous convient, ce qui manque, ce que vous changeriez. 2 000 caractères au plus.',
  blank: (field: string) => `« ${field} » est obligatoire.`,
  tooLong: (field: string, max: number) => `« ${field} » : ${max} caractères au plus.`,
  send: 'Envoyer le commentaire',
  sending: 'Envoi…',
  cancel: 'Annuler',
  sent: (n: number) => `Votre commentaire sur l’article ${n} est envoyé. Merci !`,
  kept: 'Votre texte est gardé sur cet appareil : il sera toujours là si vous réessayez.',
  missing: 'Indiquez la charte consultée : attribut charte-id.',
  none: 'Cette charte n’est pas en consultation.',
  needLink:
    'Pour lire et commenter la charte, ouvrez cette page avec le lien de consultation que vous avez reçu (il se termine par « #cc-edit= » suivi d’un code).',
  ended:
    'Cette consultation est close : son lien ne fonctionne plus. Les commentaires envoyés ont bien été reçus et sont gardés avec la version consultée.',
  // The builder's side
  panelTitle: 'Consultation des membres',
  open: 'Consulter les membres…',
  openTitle: 'Soumettre la charte à la consultation des membres',
  openIntro: (n: number) =>
    `La version ${n}, telle qu’elle est enregistrée, sera lue et commentée par les membres grâce à un lien de lecture. Vous pourrez continuer à écrire : les commentaires resteront attachés à la version ${n}.`,
  closesAt: 'Date de clôture',
  closesAtHint: 'Le lien ne fonctionne plus après cette date.',
  badClosesAt: '« Date de clôture » doit être une date à venir.',
  message: 'Message aux membres',
  messageHint: 'Par exemple : « Vos remarques avant la plénière du 15 janvier ».',
  openConfirm: 'Ouvrir la consultation',
  opening: 'Ouverture…',
  replaces: 'La consultation en cours sera close et son lien retiré.',
  linkTitle: 'Le lien à envoyer aux membres',
  linkHint:
    'Ce lien n’est montré qu’une fois : copiez-le maintenant. Il permet de lire cette version et de la commenter, rien d’autre.',
  copy: 'Copier le lien',
  copied: 'Lien copié.',
  refresh: 'Voir les nouveaux commentaires',
  close: 'Clore la consultation',
  closed: 'La consultation est close : son lien ne fonctionne plus, les commentaires restent.',
  opened: (date: string) => `Consultation ouverte jusqu’au ${date}.`,
  goTo: (n: number, title: string) => `Article ${n} — ${title}`,
  removedArticle: 'Article retiré depuis',
};
export type ConsultationStrings = typeof consultationFr;
