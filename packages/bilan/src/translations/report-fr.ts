import { summaryFr } from './summary-fr.js';

/** The French strings of <cc-bilan-report> (the default). */
export const reportFr = {
  ...summaryFr,
  title: (year: number, council: string) =>
    `Rapport annuel de co-construction ${year} — ${council}`,
  adoptedOn: (date: string, version: number) => `Bilan adopté le ${date} (version ${version}).`,
  notAdopted: 'Version de travail : ce bilan n’est pas encore adopté.',
  item: 'Point',
  status: 'État',
  gapColumn: 'Écart',
  noStatus: '—',
  noLevel: '—',
  own: '(point ajouté par le territoire)',
  nextYear: 'Actions pour l’an prochain',
  noActions: 'Aucune action décidée pour l’an prochain.',
  print: 'Imprimer le rapport',
  missingBilan: 'Indiquez le bilan à afficher : attribut bilan-id, ou propriété bilan.',
};
export type ReportStrings = typeof reportFr;
