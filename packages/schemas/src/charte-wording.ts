// The words of a charte's sections and of what a charte gets wrong, in French and English: for the builder, <cc-charte>,
// the exports and the server's messages alike.
import type { Locale } from './primitives.js';
import type { CharteKind, CharteSection } from './charte.js';
import type { CharteIssue } from './charte-assemble.js';

export const CHARTE_SECTION_TITLES: Record<Locale, Record<CharteSection, string>> = {
  fr: {
    preambule: 'Préambule',
    principes: 'Principes',
    objet: 'Objet et missions',
    perimetre: 'Périmètre et indépendance',
    instances: 'Les instances participatives',
    composition: 'Composition',
    mandat: 'Mandat',
    engagements: 'Engagements des membres',
    fonctionnement: 'Fonctionnement',
    decision: 'Prise de décision',
    representation: 'Représentation',
    partenaires: 'Relations avec les partenaires',
    engagements_commune: 'Engagements de la commune',
    moyens: 'Moyens',
    communication: 'Communication',
    evaluation: 'Évaluation',
    revision: 'Révision',
  },
  en: {
    preambule: 'Preamble',
    principes: 'Principles',
    objet: 'Purpose and tasks',
    perimetre: 'Scope and independence',
    instances: 'The participatory bodies',
    composition: 'Membership',
    mandat: 'Term of office',
    engagements: 'Members’ commitments',
    fonctionnement: 'Functioning',
    decision: 'Decision-making',
    representation: 'Representation',
    partenaires: 'Relations with partners',
    engagements_commune: 'The municipality’s commitments',
    moyens: 'Means',
    communication: 'Communication',
    evaluation: 'Evaluation',
    revision: 'Revision',
  },
};

export const CHARTE_KIND_LABELS: Record<Locale, Record<CharteKind, string>> = {
  fr: {
    charte_fonctionnement: 'Charte de fonctionnement',
    reglement_interieur: 'Règlement intérieur',
    charte_locale_participation: 'Charte locale de la participation',
  },
  en: {
    charte_fonctionnement: 'Operating charter',
    reglement_interieur: 'Rules of procedure',
    charte_locale_participation: 'Local participation charter',
  },
};

/** « 3 variables à compléter : Nombre de membres, Quorum, Commune ». */
export function missingMessage(labels: string[], locale: Locale): string {
  const list = labels.map((l) => (locale === 'fr' ? `« ${l} »` : `“${l}”`)).join(', ');
  if (locale === 'en')
    return `${labels.length} variable${labels.length > 1 ? 's' : ''} to fill in: ${list}.`;
  return `${labels.length} variable${labels.length > 1 ? 's' : ''} à compléter : ${list}.`;
}

export function charteIssueMessage(
  issue: CharteIssue,
  clauseTitle: string,
  locale: Locale,
): string {
  const t = locale === 'fr' ? `« ${clauseTitle} »` : `“${clauseTitle}”`;
  const fr: Record<CharteIssue['code'], string> = {
    unknown_clause: `La clause ${t} n’existe pas dans la bibliothèque.`,
    locked_changed: `La clause ${t} reprend la loi ou le cadre de référence : son texte ne peut pas être modifié, seulement ses variables.`,
    locked_removed: `La clause ${t} reprend la loi ou le cadre de référence : elle ne peut pas être retirée.`,
    required_removed: `La clause ${t} est nécessaire à ce document : elle ne peut pas être retirée.`,
  };
  const en: Record<CharteIssue['code'], string> = {
    unknown_clause: `The clause ${t} is not in the library.`,
    locked_changed: `The clause ${t} restates the law or the cadre de référence: its text cannot change, only its variables.`,
    locked_removed: `The clause ${t} restates the law or the cadre de référence: it cannot be removed.`,
    required_removed: `The clause ${t} is needed in this document: it cannot be removed.`,
  };
  return (locale === 'fr' ? fr : en)[issue.code];
}
