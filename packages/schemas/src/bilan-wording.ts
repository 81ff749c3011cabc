// How the bilan's fixed vocabulary reads, in French and English: the element, the report and the exports share it.
import type {
  ActionOutcome,
  AssociationLevel,
  BilanHeading,
  BilanPerspective,
  HeadingNote,
  ItemStatus,
} from './bilan.js';
import type { Locale } from './primitives.js';

export const BILAN_HEADING_TITLES: Record<Locale, Record<BilanHeading, string>> = {
  fr: {
    dynamique_collective: 'Faire émerger une dynamique collective',
    facteurs_mobilisateurs: 'Identifier les facteurs mobilisateurs',
    pratiques_professionnelles: 'Adapter ses pratiques et ses postures professionnelles',
    regles_coconstruction: 'Établir les règles de la co-construction',
    rendre_compte: 'Rendre compte des travaux',
    evaluer_partenariat: 'Évaluer le travail partenarial',
  },
  en: {
    dynamique_collective: 'Building a collective dynamic',
    facteurs_mobilisateurs: 'Finding what mobilises',
    pratiques_professionnelles: 'Adapting professional practices',
    regles_coconstruction: 'Setting the rules of co-construction',
    rendre_compte: 'Reporting on the work',
    evaluer_partenariat: 'Evaluating the partnership',
  },
};

/** Each level with its one-line definition, shown beside the choice. */
export const ASSOCIATION_LEVEL_WORDS: Record<
  Locale,
  Record<AssociationLevel, { label: string; definition: string }>
> = {
  fr: {
    non_associe: { label: 'Non associé', definition: 'Le conseil citoyen n’a pas été sollicité.' },
    informe: {
      label: 'Informé',
      definition: 'Le conseil citoyen reçoit l’information, une fois les choix faits.',
    },
    consulte: {
      label: 'Consulté',
      definition: 'Son avis est demandé ; la décision reste aux institutions.',
    },
    concerte: {
      label: 'Concerté',
      definition: 'Il échange avec les institutions pendant l’élaboration du projet.',
    },
    co_construit: {
      label: 'Co-construit',
      definition: 'Il élabore le projet avec les institutions, à égalité.',
    },
    co_decide: { label: 'Co-décidé', definition: 'Il prend part à la décision finale.' },
  },
  en: {
    non_associe: { label: 'Not involved', definition: 'The council was not asked.' },
    informe: { label: 'Informed', definition: 'The council is told, once choices are made.' },
    consulte: {
      label: 'Consulted',
      definition: 'Its opinion is asked; the institutions decide.',
    },
    concerte: {
      label: 'Involved',
      definition: 'It discusses with the institutions while the project is drawn up.',
    },
    co_construit: {
      label: 'Co-built',
      definition: 'It draws up the project with the institutions, as equals.',
    },
    co_decide: { label: 'Co-decided', definition: 'It takes part in the final decision.' },
  },
};

export const ITEM_STATUS_LABELS: Record<Locale, Record<ItemStatus, string>> = {
  fr: { a_faire: 'À faire', en_cours: 'En cours', fait: 'Fait', sans_objet: 'Sans objet' },
  en: { a_faire: 'To do', en_cours: 'In progress', fait: 'Done', sans_objet: 'Not applicable' },
};

export const PERSPECTIVE_LABELS: Record<Locale, Record<BilanPerspective, string>> = {
  fr: { conseil: 'Conseil citoyen', institutions: 'Institutions' },
  en: { conseil: 'Citizen council', institutions: 'Institutions' },
};

export const HEADING_NOTE_LABELS: Record<Locale, Record<HeadingNote, string>> = {
  fr: { reussites: 'Réussites', difficultes: 'Difficultés', perspectives: 'Perspectives' },
  en: { reussites: 'Successes', difficultes: 'Difficulties', perspectives: 'Next year' },
};

export const ACTION_OUTCOME_LABELS: Record<Locale, Record<ActionOutcome, string>> = {
  fr: {
    realisee: 'Réalisée',
    en_cours: 'En cours',
    reportee: 'Reportée',
    abandonnee: 'Abandonnée',
  },
  en: { realisee: 'Done', en_cours: 'In progress', reportee: 'Postponed', abandonnee: 'Dropped' },
};
