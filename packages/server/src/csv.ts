import type { Registration } from '@conseils-citoyens/schemas';

/** A cell a spreadsheet cannot mistake for a formula (CSV injection). */
function cell(v: unknown): string {
  let s =
    v === undefined || v === null
      ? ''
      : Array.isArray(v)
        ? v.join(' ; ')
        : typeof v === 'string'
          ? v
          : typeof v === 'number' || typeof v === 'boolean'
            ? String(v)
            : JSON.stringify(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

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
  ['accessibilityNeeds', "Besoins d'accessibilité"],
  ['comment', 'Commentaire'],
  ['createdAt', 'Inscrit le'],
  ['cancelledAt', 'Annulé le'],
];

/** UTF-8 with BOM and semicolons: what a French spreadsheet opens right. */
export function registrationsCsv(rows: Registration[]): string {
  const lines = [
    COLUMNS.map(([, label]) => cell(label)).join(';'),
    ...rows.map((r) => COLUMNS.map(([k]) => cell(r[k])).join(';')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
