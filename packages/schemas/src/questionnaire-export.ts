/**
 * Every answer of a questionnaire as a table, one row each and one column per question or option (labels, not codes):
 * what the CSV and the Excel exports both write, on the server and in the memory adapter, so that they never disagree.
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

/** A column of the table: its heading and how it reads a response. */
interface Column {
  header: string;
  value: (r: ExportedResponse) => TableValue;
}

const DASH = ' — ';

/** An option's label rather than its code; « Autre : … » with what was written. */
function labelOf(q: Question, v: string, other: string | undefined): string {
  if (v === OTHER_CHOICE) return `Autre : ${other ?? ''}`;
  return ('options' in q ? q.options.find((o) => o.value === v)?.label : undefined) ?? v;
}

/**
 * The columns of one question: one for most, and one per option or row where an answer has several parts, so a
 * spreadsheet can count and filter them — multiple choice (« Oui » where chosen, the « Autre » text in its own
 * column), ranking (the rank of each option), matrix (the column chosen for each row).
 */
function columnsOf(q: Question): Column[] {
  const answer = (r: ExportedResponse) => r.answers[q.id];
  const heading = (part: string) => `${q.label}${DASH}${part}`;
  switch (q.type) {
    case 'multiple':
      return [
        ...q.options.map((o) => ({
          header: heading(o.label),
          value: (r: ExportedResponse) =>
            (answer(r) as string[] | undefined)?.includes(o.value) ? 'Oui' : '',
        })),
        ...(q.other
          ? [
              {
                header: heading('Autre'),
                value: (r: ExportedResponse) =>
                  (answer(r) as string[] | undefined)?.includes(OTHER_CHOICE)
                    ? (r.others[q.id] ?? '')
                    : '',
              },
            ]
          : []),
      ];
    case 'ranking':
      return q.options.map((o) => ({
        header: heading(`${o.label} (rang)`),
        value: (r) => {
          const rank = ((answer(r) as string[] | undefined) ?? []).indexOf(o.value);
          return rank < 0 ? '' : rank + 1;
        },
      }));
    case 'matrix':
      return q.rows.map((row) => ({
        header: heading(row.label),
        value: (r) => {
          const c = (answer(r) as Record<string, string> | undefined)?.[row.value];
          return c === undefined ? '' : (q.columns.find((x) => x.value === c)?.label ?? c);
        },
      }));
    default:
      return [
        {
          header: q.label,
          value: (r) => {
            const a = answer(r);
            if (a === undefined || a === null) return '';
            if (q.type === 'yesno' || q.type === 'consent') return a ? 'Oui' : 'Non';
            if (typeof a === 'string') return labelOf(q, a, r.others[q.id]);
            return typeof a === 'number' ? a : JSON.stringify(a);
          },
        },
      ];
  }
}

/** The questions of `def` as columns (several for a multiple choice, a ranking, a matrix), each response a row. */
export function responseTable(
  def: Pick<QuestionnaireInput, 'pages'>,
  responses: ExportedResponse[],
): ResponseTable {
  const columns = questionsOf(def).flatMap(({ question }) => columnsOf(question));
  return {
    header: ['Réponse', 'Version', 'Envoyée le', 'Papier', ...columns.map((c) => c.header)],
    rows: responses.map((r) => [
      r.id,
      r.version,
      new Date(r.submittedAt),
      r.paper ? 'Oui' : 'Non',
      ...columns.map((c) => c.value(r)),
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
