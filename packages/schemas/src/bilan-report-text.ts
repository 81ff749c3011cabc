import { summaryFr } from './bilan-summary-text.js';

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
  download: 'Télécharger',
  formats: {
    odt: 'ODT (LibreOffice)',
    docx: 'DOCX (Word)',
    md: 'Markdown',
    csv: 'les points en CSV (tableur)',
  },
  // The exported files: the figures' table and the items' spreadsheet.
  figure: 'Chiffre',
  sourceColumn: 'Source',
  csv: {
    heading: 'Rubrique',
    own: 'Point propre au territoire',
    notes: 'Notes',
    action: 'Action',
    who: 'Qui',
    by: 'Pour le',
    answeredBy: 'Renseigné par',
    answeredAt: 'Le',
    yes: 'oui',
    no: 'non',
  },
  missingBilan: 'Indiquez le bilan à afficher : attribut bilan-id, ou propriété bilan.',
};
export type ReportStrings = typeof reportFr;
