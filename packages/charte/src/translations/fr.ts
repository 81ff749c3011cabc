import { charteTextFr } from '@conseils-citoyens/schemas/charte-text.js';
/** The French strings of <cc-charte> (the default). */
export const charteFr = {
  ...charteTextFr,
  toc: 'Sommaire',
  edit: (n: number, step: string) => `Modifier l’article ${n} (étape « ${step} »)`,
  download: 'Télécharger',
  formats: { odt: 'ODT (LibreOffice)', docx: 'DOCX (Word)', md: 'Markdown' },
  versionsTitle: 'Versions adoptées et leurs notes',
  versionLine: (n: number, date: string) => `Version ${n}, adoptée le ${date}`,
  changesSince: (n: number) => `Ce qui a changé depuis la version ${n} :`,
  changeKinds: { added: 'Ajoutés', removed: 'Retirés', changed: 'Réécrits' },
  renumbered: (n: number) =>
    n === 1 ? '1 autre article a changé de numéro.' : `${n} autres articles ont changé de numéro.`,
  sameText: 'Le texte n’a pas changé.',
  read: (n: number) => `Lire la version ${n}`,
  reading: 'affichée',
  earlier: (n: number) => `Vous lisez la version ${n}, qui n’est plus en vigueur.`,
  backToCurrent: 'Revenir à la version en vigueur',
  print: 'Imprimer la charte',
  notAdopted: 'Cette charte n’a pas encore été adoptée : elle sera publiée ici une fois adoptée.',
  missingCharte: 'Indiquez la charte à afficher : attribut charte-id, ou propriété charte.',
};
export type CharteStrings = typeof charteFr;
