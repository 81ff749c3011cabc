/**
 * Every answer of a questionnaire as a table, one row each and one column per question (labels, not codes): what the
 * CSV and the Excel exports both write, on the server and in the memory adapter, so that they never disagree.
 * Without zod and without the DOM.
 */
import { OTHER_CHOICE, XLSX_TYPE } from './constants.js';
import type { Answer, Question, QuestionnaireInput } from './questionnaire.js';
import { questionsOf } from './questionnaire-rules.js';

/** A stored answer as the exports read it. */
export interface ExportedResponse {
  id: string;
  version: number;
  submittedAt: string;
  paper: boolean;
  answers: Record<string, Answer>;
  others: Record<string, string>;
}

/** A value as a spreadsheet should type it: numbers stay numbers, the date a date. */
export type TableValue = string | number | Date;

export interface ResponseTable {
  header: string[];
  rows: TableValue[][];
}

/** One answer in a cell: an option's label rather than its code, a matrix as « ligne : colonne ». */
function answerValue(q: Question, a: Answer | undefined, other: string | undefined): TableValue {
  if (a === undefined || a === null) return '';
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
  if (typeof a === 'string') return label(a);
  return typeof a === 'number' ? a : JSON.stringify(a);
}

/** The questions of `def` as columns, each response a row, oldest first as given. */
export function responseTable(
  def: Pick<QuestionnaireInput, 'pages'>,
  responses: ExportedResponse[],
): ResponseTable {
  const questions = questionsOf(def).map(({ question }) => question);
  return {
    header: ['Réponse', 'Version', 'Envoyée le', 'Papier', ...questions.map((q) => q.label)],
    rows: responses.map((r) => [
      r.id,
      r.version,
      new Date(r.submittedAt),
      r.paper ? 'Oui' : 'Non',
      ...questions.map((q) => answerValue(q, r.answers[q.id], r.others[q.id])),
    ]),
  };
}

/** A cell a spreadsheet cannot mistake for a formula (CSV injection), quoted when it must be. */
export function csvCell(v: unknown, separator: ';' | ',' = ';'): string {
  let s =
    v === undefined || v === null
      ? ''
      : v instanceof Date
        ? v.toISOString()
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

/** A table as CSV: UTF-8 with BOM, CRLF; `;` by default (what a French spreadsheet opens right), `,` on request. */
export function tableCsv(table: ResponseTable, separator: ';' | ',' = ';'): string {
  const line = (values: unknown[]) => values.map((v) => csvCell(v, separator)).join(separator);
  return `\uFEFF${[line(table.header), ...table.rows.map(line)].join('\r\n')}\r\n`;
}

/**
 * A table as write-excel-file's sheet data and options: the header bold and kept in view, numbers as numbers, the
 * date as a date (strings are never formulas there, so no CSV-injection quoting is needed).
 */
export function tableSheet(table: ResponseTable, title: string) {
  const data = [
    table.header.map((value) => ({ value, fontWeight: 'bold' as const, wrap: true })),
    ...table.rows.map((row) =>
      row.map((value) =>
        value instanceof Date
          ? { value, type: Date, format: 'dd/mm/yyyy hh:mm' }
          : typeof value === 'number'
            ? { value, type: Number }
            : { value, type: String, wrap: true },
      ),
    ),
  ];
  return {
    data,
    options: {
      // A sheet's name: at most 31 characters, none of : \ / ? * [ ].
      sheet:
        title
          .replace(/[:\\/?*[\]]/g, ' ')
          .slice(0, 31)
          .trim() || 'Réponses',
      columns: table.header.map((_, i) => ({ width: i < 4 ? 14 : 32 })),
      stickyRowsCount: 1,
    },
  };
}

export { XLSX_TYPE };
