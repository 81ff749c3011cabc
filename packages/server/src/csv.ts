import { csvCell, type Registration } from '@conseils-citoyens/schemas';

/** A cell a spreadsheet cannot mistake for a formula. */
export const cell = csvCell;

const COLUMNS: [keyof Registration, string][] = [
  ['status', 'Statut'],
  ['waitlistPosition', "Rang en liste d'attente"],
  ['lastName', 'Nom'],
  ['firstName', 'Prénom'],
  ['email', 'Adresse e-mail'],
  ['phone', 'Téléphone'],
  ['organisation', 'Structure'],
  ['neighbourhood', 'Quartier'],
  ['college', 'Collège'],
  ['town', 'Commune'],
  ['quota', 'Groupe de places'],
  ['accessibilityNeeds', "Besoins d'accessibilité"],
  ['comment', 'Commentaire'],
  ['createdAt', 'Inscrit le'],
  ['cancelledAt', 'Annulé le'],
  ['attendance', 'Présence'],
];

/** UTF-8 with BOM and semicolons: what a French spreadsheet opens right. */
export function registrationsCsv(rows: Registration[], separator: ';' | ',' = ';'): string {
  const lines = [
    COLUMNS.map(([, label]) => cell(label)).join(separator),
    ...rows.map((r) => COLUMNS.map(([k]) => cell(r[k])).join(separator)),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
