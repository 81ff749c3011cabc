// The bilan's fixed lists, without zod: what the elements need to draw a bilan, kept out of the validators.

/** The six headings of the end-of-year review (seed 004), in their order. */
export const BILAN_HEADINGS = [
  'dynamique_collective',
  'facteurs_mobilisateurs',
  'pratiques_professionnelles',
  'regles_coconstruction',
  'rendre_compte',
  'evaluer_partenariat',
] as const;

/** The ladder of association, lowest first (Arnstein, Cerema's boussole, IAP2): a gap is a distance on it. */
export const ASSOCIATION_LEVELS = [
  'non_associe',
  'informe',
  'consulte',
  'concerte',
  'co_construit',
  'co_decide',
] as const;

/** Who answers: the council itself, and the institutions (ville, EPCI, État, bailleurs…). */
export const BILAN_PERSPECTIVES = ['conseil', 'institutions'] as const;

export const ITEM_STATUSES = ['a_faire', 'en_cours', 'fait', 'sans_objet'] as const;

/** What became of an action by the next year's review. */
export const ACTION_OUTCOMES = ['realisee', 'en_cours', 'reportee', 'abandonnee'] as const;

/** The three questions of the year-end meeting (seed 000), asked for each heading. */
export const HEADING_NOTES = ['reussites', 'difficultes', 'perspectives'] as const;
export type HeadingNote = (typeof HEADING_NOTES)[number];
