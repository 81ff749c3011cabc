/** The French strings of <cc-charte> (the default). */
export const charteFr = {
  toc: 'Sommaire',
  article: (n: number) => `Article ${n}`,
  adopted: (date: string, body: string) => `Adoptée le ${date} par : ${body}.`,
  consensus: 'Décision prise par consensus.',
  votes: (yes: number, no: number, abstentions: number) =>
    `Vote : ${yes} pour, ${no} contre, ${abstentions} abstention${abstentions > 1 ? 's' : ''}.`,
  signatories: 'Signataires',
  version: (n: number) => `Version ${n}`,
  restates: 'Reprend',
  own: 'Clause propre au conseil',
  edit: (n: number, step: string) => `Modifier l’article ${n} (étape « ${step} »)`,
  print: 'Imprimer la charte',
  notAdopted: 'Cette charte n’a pas encore été adoptée : elle sera publiée ici une fois adoptée.',
  missingCharte: 'Indiquez la charte à afficher : attribut charte-id, ou propriété charte.',
};
export type CharteStrings = typeof charteFr;
