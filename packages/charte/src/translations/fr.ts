import { charteTextFr } from '@conseils-citoyens/schemas/charte-text.js';
/** The French strings of <cc-charte> (the default). */
export const charteFr = {
  ...charteTextFr,
  toc: 'Sommaire',
  edit: (n: number, step: string) => `Modifier l’article ${n} (étape « ${step} »)`,
  download: 'Télécharger',
  formats: { odt: 'ODT (LibreOffice)', docx: 'DOCX (Word)', md: 'Markdown' },
  print: 'Imprimer la charte',
  notAdopted: 'Cette charte n’a pas encore été adoptée : elle sera publiée ici une fois adoptée.',
  missingCharte: 'Indiquez la charte à afficher : attribut charte-id, ou propriété charte.',
};
export type CharteStrings = typeof charteFr;
