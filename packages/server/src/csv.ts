import {
  OTHER_CHOICE,
  questionsOf,
  type Answer,
  type Question,
  type QuestionnaireInput,
  type Registration,
} from '@conseils-citoyens/schemas';

/** A cell a spreadsheet cannot mistake for a formula (CSV injection). */
export function cell(v: unknown, separator: ';' | ',' = ';'): string {
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
  return /["\n\r]/.test(s) || s.includes(separator) ? `"${s.replace(/"/g, '""')}"` : s;
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

/** One answer in a cell: an option's label rather than its code, a matrix as « ligne : colonne », dates ISO. */
function answerCell(q: Question, a: Answer | undefined, other: string | undefined): unknown {
  if (a === undefined) return '';
  const label = (v: string) =>
    v === OTHER_CHOICE
      ? `Autre : ${other ?? ''}`
      : (('options' in q ? q.options.find((o) => o.value === v)?.label : undefined) ?? v);
  if (q.type === 'yesno' || q.type === 'consent') return a ? 'Oui' : 'Non';
  if (q.type === 'matrix')
    return Object.entries(a as Record<string, string>)
      .map(
        ([r, c]) =>
          `${q.rows.find((x) => x.value === r)?.label ?? r} : ${q.columns.find((x) => x.value === c)?.label ?? c}`,
      )
      .join(' | ');
  if (Array.isArray(a)) return a.map(label).join(' | ');
  return typeof a === 'string' ? label(a) : a;
}

export interface ResponseRow {
  id: string;
  version: number;
  submitted_at: string;
  paper: number | boolean;
  answers: string;
  others: string | null;
}

/**
 * Every answer, one row each and one column per question (labels, not codes), UTF-8 with BOM; `;` by default (what a
 * French spreadsheet opens right), `,` on request.
 */
export function responsesCsv(
  def: QuestionnaireInput,
  rows: ResponseRow[],
  separator: ';' | ',' = ';',
): string {
  const questions = questionsOf(def).map(({ question }) => question);
  const header = ['Réponse', 'Version', 'Envoyée le', 'Papier', ...questions.map((q) => q.label)];
  const lines = [header.map((h) => cell(h, separator)).join(separator)];
  for (const r of rows) {
    const answers = JSON.parse(r.answers) as Record<string, Answer>;
    const others = JSON.parse(r.others ?? '{}') as Record<string, string>;
    lines.push(
      [
        r.id,
        r.version,
        r.submitted_at,
        Number(r.paper) ? 'Oui' : 'Non',
        ...questions.map((q) => answerCell(q, answers[q.id], others[q.id])),
      ]
        .map((v) => cell(v, separator))
        .join(separator),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
