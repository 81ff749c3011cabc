/** The French strings of <cc-charte-builder> (the default). */
import { questionFr } from '@conseils-citoyens/core/form/questions/question-strings.js';

export const builderFr = {
  ...questionFr,
  missing:
    '<cc-charte-builder> n’a pas de charte : ajoutez l’attribut charte-id (la charte à écrire, créée par un organisateur).',
  heading: (title: string) => `Écrire la charte : ${title}`,
  draft: (version: number) => `Brouillon ${version}`,
  adoptedBadge: (version: number) => `Version adoptée ${version}`,
  // Steps
  stepsLabel: 'Étapes de la charte',
  stepOf: (n: number, total: number) => `Étape ${n} sur ${total}`,
  toFill: (n: number) => `${n} à compléter`,
  complete: 'complète',
  previous: 'Étape précédente',
  next: 'Étape suivante',
  articlesStep: 'Articles',
  articlesIntro:
    'Relisez chaque article. Ceux qui reprennent la loi ne changent pas ; les autres peuvent être réécrits, et les facultatifs retirés. Vous pouvez ajouter vos propres articles, et changer l’ordre des articles dans chaque partie comme celui des parties.',
  headSection:
    'Le préambule et les principes ouvrent toujours la charte : leur ordre ne change pas.',
  sectionUp: 'Monter la partie',
  sectionDown: 'Descendre la partie',
  moveSectionUp: (title: string) => `Monter la partie « ${title} »`,
  moveSectionDown: (title: string) => `Descendre la partie « ${title} »`,
  sectionMoved: (title: string, n: number, total: number) =>
    `La partie « ${title} » est maintenant la ${n}${n === 1 ? 're' : 'e'} sur ${total}.`,
  documentTitle: 'Titre de la charte',
  documentTitleHint: 'Tel qu’il figurera en tête du document.',
  blankTitle: '« Titre de la charte » ne peut pas rester vide.',
  kind: 'Type de document',
  kindHint:
    'La charte de fonctionnement et le règlement intérieur organisent le conseil citoyen ; la charte locale de la participation couvre toutes les instances participatives de la commune.',
  // Missing variables
  missingTitle: (n: number) =>
    n === 1 ? 'Une réponse manque au texte' : `${n} réponses manquent au texte`,
  allFilled: 'Toutes les variables du texte sont remplies.',
  // Clauses
  stepClauses: 'Les articles de cette étape',
  lockedBadge: 'Reprend la loi',
  optionalBadge: 'Facultatif',
  changedBadge: 'Réécrit',
  removedBadge: 'Retiré',
  ownBadge: 'Article propre au conseil',
  lockedWhy:
    'Cet article reprend la loi ou le cadre de référence : son texte ne peut être ni modifié ni retiré. Seules vos réponses le complètent.',
  requiredWhy:
    'Toute charte de ce type a besoin de cet article : il peut être réécrit, pas retiré.',
  source: 'Source',
  editText: (title: string) => `Réécrire « ${title} »`,
  closeEdit: 'Fermer la réécriture',
  textLabel: (title: string) => `Texte de l’article « ${title} »`,
  textHint:
    'Les mots entre doubles accolades, comme {{commune}}, sont remplacés par vos réponses aux étapes.',
  libraryText: 'Texte de la bibliothèque',
  resetText: 'Revenir au texte de la bibliothèque',
  remove: (title: string) => `Retirer « ${title} »`,
  restore: (title: string) => `Remettre « ${title} »`,
  removedNote: 'Cet article est retiré de la charte. Vous pouvez le remettre.',
  removed: (title: string) => `« ${title} » est retiré de la charte.`,
  restored: (title: string) => `« ${title} » est remis dans la charte.`,
  reset: (title: string) => `« ${title} » reprend le texte de la bibliothèque.`,
  // Own clauses
  addTitle: 'Ajouter un article',
  addSection: 'Partie de la charte',
  addArticleTitle: 'Titre de l’article',
  addBody: 'Texte de l’article',
  addButton: 'Ajouter l’article',
  blankOwn: (what: string) => `« ${what} » ne peut pas rester vide.`,
  added: (title: string) => `Article « ${title} » ajouté.`,
  ownTitle: (title: string) => `Titre de l’article « ${title} »`,
  ownBody: (title: string) => `Texte de l’article « ${title} »`,
  deleteOwn: (title: string) => `Supprimer « ${title} »`,
  deleted: (title: string) => `Article « ${title} » supprimé.`,
  moved: (title: string, n: number, total: number) =>
    `« ${title} » est maintenant en position ${n} sur ${total} dans sa partie.`,
  undo: 'Annuler',
  // History
  wordIn: 'ajouté :',
  wordOut: 'supprimé :',
  article: (n: number) => `Article ${n}`,
  renumbered: (n: number) =>
    n === 1 ? 'Un article a changé de numéro.' : `${n} articles ont changé de numéro.`,
  // Preview
  previewTitle: 'Aperçu de la charte',
  downloadSaved: 'Télécharger le texte enregistré',
  preparingFile: 'Préparation du fichier…',
  fileReady: (filename: string) => `« ${filename} » est téléchargé.`,
  fileMissing: (n: number) =>
    `${n === 1 ? 'Une réponse manque' : `${n} réponses manquent`} au texte : le fichier ${n === 1 ? 'la montre' : 'les montre'} entre crochets, par exemple « [Nombre de membres] ».`,
  // Adoption
  adopt: 'Adopter…',
  adoptTitle: 'Enregistrer l’adoption',
  adoptIntro:
    'Une fois adoptée, cette version ne change plus : elle est celle que la commune publie. Une révision repartira d’elle.',
  organiserAdopts:
    'L’adoption est enregistrée par un organisateur de la commune, après la séance qui adopte la charte : votre lien d’édition permet de l’écrire, pas de l’adopter. Prévenez-le quand le texte est prêt.',
  cannotAdopt: 'Avant l’adoption, complétez le texte :',
  adoptDate: 'Date de la séance',
  adoptBody: 'Instance qui adopte',
  adoptBodyHint: 'Par exemple « Assemblée plénière du conseil citoyen des Moulins ».',
  adoptBodyDefault: (quartier: string) =>
    quartier ? `Assemblée plénière du conseil citoyen du quartier ${quartier}` : '',
  voteMode: 'Décision',
  byConsensus: 'Par consensus',
  byVote: 'Par un vote',
  votesFor: 'Pour',
  votesAgainst: 'Contre',
  abstentions: 'Abstentions',
  signatories: 'Signataires',
  signatoriesHint: 'Un nom ou une qualité par ligne, par exemple « Les membres présents ».',
  adoptConfirm: 'Adopter cette version',
  adopting: 'Adoption…',
  cancel: 'Annuler',
  badDate: '« Date de la séance » : saisissez une date, par exemple 26/11/2026.',
  badCount: (what: string) => `« ${what} » : saisissez un nombre entier, 0 ou plus.`,
  blankField: (what: string) => `« ${what} » est obligatoire.`,
  adoptedNow: (version: number) =>
    `Version ${version} adoptée : elle ne changera plus. La commune peut la publier.`,
  adoptedNote:
    'Cette version est adoptée : elle ne change plus. Pour la faire évoluer, commencez une révision ; la version adoptée reste publiée jusqu’à l’adoption de la suivante.',
  revise: 'Commencer une révision',
  revising: 'Révision commencée : vos modifications forment un nouveau brouillon.',
};
export type BuilderStrings = typeof builderFr;
