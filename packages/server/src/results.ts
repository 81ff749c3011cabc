// A questionnaire's results, counted by the database (SQLite's json_each, PostgreSQL's jsonb functions) rather than by
// loading every answer: counts per choice, per matrix cell and per ranking place, then the small groups suppressed so
// that no resident can be recognised. Free text goes to organisers only.
import {
  OTHER_CHOICE,
  compareTerritories,
  isAdaptedFrom,
  questionsOf,
  type ComparisonQuery,
  type Question,
  type QuestionResult,
  type QuestionnaireInput,
  type QuestionnaireResults,
  type ResultsQuery,
  type TerritoryComparison,
} from '@conseils-citoyens/schemas';
import type { Db } from './db.js';
import { HttpProblem } from './problem.js';
import { readDocument, versionRow } from './documents.js';

/** Types counted value by value; the others are counted as arrays (multiple, ranking) or objects (matrix). */
const SCALAR = new Set(['single', 'dropdown', 'yesno', 'scale', 'number']);
const FREE_TEXT = new Set(['text', 'textarea']);

interface Sql {
  /** Each answer of a response `r`, as `a`: its question, its value as text, its JSON type. */
  answers: string;
  key: string;
  value: string;
  type: string;
  /** Each element of an array answer, as `e`: its value and its place from 0. */
  elements: string;
  elementValue: string;
  elementIndex: string;
  /** Each row of a matrix answer, as `e`: the row and the column chosen. */
  entries: string;
  /** Each « Autre » text of a response, as `o` (`o.key`, `o.value`). */
  others: string;
  /** The answer at a question holds a value (or, for an array, contains it). */
  holds: string;
  holdsParams: (q: string, json: string) => unknown[];
}

const SQLITE: Sql = {
  answers: 'json_each(r.answers) a',
  key: 'a.key',
  value: 'a.value',
  type: 'a.type',
  elements: 'json_each(a.value) e',
  elementValue: 'e.value',
  elementIndex: 'e.key',
  entries: 'json_each(a.value) e',
  others: "json_each(COALESCE(r.others, '{}')) o",
  holds: "EXISTS (SELECT 1 FROM json_each(r.answers, ?) h WHERE h.value = json_extract(?, '$'))",
  holdsParams: (q, json) => [`$."${q}"`, json],
};
const POSTGRES: Sql = {
  answers: 'jsonb_each(r.answers::jsonb) a',
  key: 'a.key',
  value: "a.value #>> '{}'",
  type: 'jsonb_typeof(a.value)',
  elements: 'jsonb_array_elements_text(a.value) WITH ORDINALITY e(v, i)',
  elementValue: 'e.v',
  elementIndex: 'e.i - 1',
  entries: 'jsonb_each_text(a.value) e',
  others: "jsonb_each_text(COALESCE(r.others, '{}')::jsonb) o",
  holds: '((r.answers::jsonb -> ?) = ?::jsonb OR (r.answers::jsonb -> ?) @> ?::jsonb)',
  holdsParams: (q, json) => [q, json, q, `[${json}]`],
};

/** The filter on responses, as SQL and its parameters. */
function filterOf(sql: Sql, id: string, f: ResultsQuery, questions: Map<string, Question>) {
  const where = ['r.questionnaire_id = ?'];
  const params: unknown[] = [id];
  if (f.version !== undefined) {
    where.push('r.version = ?');
    params.push(f.version);
  }
  if (f.from) {
    where.push('r.submitted_at >= ?');
    params.push(f.from);
  }
  if (f.to) {
    where.push('r.submitted_at < ?');
    params.push(new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
  }
  if (f.question !== undefined || f.answer !== undefined) {
    const q = f.question === undefined ? undefined : questions.get(f.question);
    if (!q || f.answer === undefined || !(SCALAR.has(q.type) || q.type === 'multiple'))
      throw new HttpProblem(422, 'validation', {
        errors: [
          {
            field: 'question',
            code: 'invalid_value',
            message:
              'Le filtre porte sur une question à choix, oui/non, échelle ou nombre, avec une réponse (question et answer).',
          },
        ],
      });
    const value =
      q.type === 'yesno'
        ? f.answer === 'yes'
        : q.type === 'scale' || q.type === 'number'
          ? Number(f.answer)
          : f.answer;
    where.push(sql.holds);
    params.push(...sql.holdsParams(q.id, JSON.stringify(value)));
  }
  return { where: where.join(' AND '), params };
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');
const median = (sorted: { value: number; n: number }[], total: number) => {
  const at = (k: number) => {
    let seen = 0;
    for (const s of sorted) if ((seen += s.n) > k) return s.value;
    return sorted.at(-1)!.value;
  };
  return total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
};

/** The results of a questionnaire, filtered; `organiser` sees free text, an edit link's holder does not. */
export async function questionnaireResults(
  db: Db,
  id: string,
  f: ResultsQuery,
  { organiser }: { organiser: boolean },
): Promise<QuestionnaireResults> {
  const sql = db.kind === 'postgres' ? POSTGRES : SQLITE;
  const head = await db.get<{
    published_version: number | string | null;
    version: number | string;
  }>('SELECT version, published_version FROM documents WHERE kind = ? AND id = ?', [
    'questionnaires',
    id,
  ]);
  if (!head) throw new HttpProblem(404, 'not_found');
  const version = f.version ?? Number(head.published_version ?? head.version);
  const row = await versionRow(db, 'questionnaires', id, version);
  if (!row) throw new HttpProblem(404, 'not_found');
  const def = JSON.parse(row.data) as QuestionnaireInput;
  const questions = new Map(questionsOf(def).map(({ question }) => [question.id, question]));
  const threshold = f.threshold;
  const shown = (n: number | string | null | undefined) => {
    const count = Number(n ?? 0);
    return count >= threshold ? count : null;
  };

  const versions = await db.all<{
    version: number | string;
    n: number | string;
    p: number | string | null;
  }>(
    'SELECT version, COUNT(*) AS n, SUM(paper) AS p FROM questionnaire_responses WHERE questionnaire_id = ? GROUP BY version ORDER BY version',
    [id],
  );
  const drafts = await db.get<{ n: number | string }>(
    'SELECT COUNT(*) AS n FROM questionnaire_drafts WHERE questionnaire_id = ? AND expires_at > ?',
    [id, new Date().toISOString()],
  );
  const { where, params } = filterOf(sql, id, f, questions);
  const total = Number(
    (
      await db.get<{ n: number | string }>(
        `SELECT COUNT(*) AS n FROM questionnaire_responses r WHERE ${where}`,
        params,
      )
    )?.n ?? 0,
  );
  const base = {
    questionnaireId: id,
    version,
    threshold,
    versions: versions.map((v) => ({
      version: Number(v.version),
      answers: shown(v.n),
      paper: Number(v.p ?? 0) ? shown(v.p) : 0,
    })),
    drafts: shown(drafts?.n),
  };
  // Too few answers in the group: nothing is shown but that (a small group could be recognised).
  if (total < threshold) return { ...base, total: null, questions: [] };

  const ids = [...questions.keys()];
  const scalarIds = ids.filter((q) => SCALAR.has(questions.get(q)!.type));
  const among = (list: string[]) => `${sql.key} IN (${placeholders(list.length)})`;
  const from = `FROM questionnaire_responses r, ${sql.answers} WHERE ${where}`;
  const answered = await db.all<{ q: string; n: number | string }>(
    `SELECT ${sql.key} AS q, COUNT(*) AS n ${from} AND ${among(ids)} GROUP BY 1`,
    [...params, ...ids],
  );
  const scalars = scalarIds.length
    ? await db.all<{ q: string; v: string | number; t: string; n: number | string }>(
        `SELECT ${sql.key} AS q, ${sql.value} AS v, ${sql.type} AS t, COUNT(*) AS n ${from} AND ${among(scalarIds)} GROUP BY 1, 2, 3`,
        [...params, ...scalarIds],
      )
    : [];
  const elements = await db.all<{ q: string; v: string; i: number | string; n: number | string }>(
    `SELECT ${sql.key} AS q, ${sql.elementValue} AS v, ${sql.elementIndex} AS i, COUNT(*) AS n
     FROM questionnaire_responses r, ${sql.answers}, ${sql.elements}
     WHERE ${where} AND ${sql.type} = 'array' AND ${among(ids)} GROUP BY 1, 2, 3`,
    [...params, ...ids],
  );
  const cells = await db.all<{ q: string; k: string; v: string; n: number | string }>(
    `SELECT ${sql.key} AS q, e.key AS k, e.value AS v, COUNT(*) AS n
     FROM questionnaire_responses r, ${sql.answers}, ${sql.entries}
     WHERE ${where} AND ${sql.type} = 'object' AND ${among(ids)} GROUP BY 1, 2, 3`,
    [...params, ...ids],
  );
  const texts = organiser
    ? await freeTexts(db, sql, where, params, questions)
    : new Map<string, string[]>();

  const results: QuestionResult[] = [];
  for (const q of questions.values()) {
    const answeredBy = Number(answered.find((a) => a.q === q.id)?.n ?? 0);
    const result: QuestionResult = { id: q.id, type: q.type, answered: shown(answeredBy) };
    // yes/no: SQLite names the JSON types true and false, PostgreSQL boolean with the value as text.
    const valueOf = (s: { v: string | number; t: string }) =>
      s.t === 'true' || (s.t === 'boolean' && s.v === 'true')
        ? 'yes'
        : s.t === 'false' || (s.t === 'boolean' && s.v === 'false')
          ? 'no'
          : String(s.v);
    if (SCALAR.has(q.type) || q.type === 'multiple') {
      const counts = new Map<string, number>();
      const source =
        q.type === 'multiple'
          ? elements.filter((e) => e.q === q.id).map((e) => ({ v: e.v, t: 'text', n: e.n }))
          : scalars.filter((s) => s.q === q.id);
      for (const s of source) counts.set(valueOf(s), (counts.get(valueOf(s)) ?? 0) + Number(s.n));
      const offered =
        q.type === 'yesno'
          ? ['yes', 'no']
          : q.type === 'scale'
            ? Array.from({ length: q.max - q.min + 1 }, (_, k) => String(q.min + k))
            : 'options' in q
              ? [
                  ...q.options.map((o) => o.value),
                  ...('other' in q && q.other ? [OTHER_CHOICE] : []),
                ]
              : [...counts.keys()].sort((a, b) => Number(a) - Number(b));
      result.counts = offered.map((value) => ({ value, count: shown(counts.get(value)) }));
      if (q.type === 'scale' || q.type === 'number') {
        const values = [...counts]
          .map(([value, n]) => ({ value: Number(value), n }))
          .filter((x) => Number.isFinite(x.value))
          .sort((a, b) => a.value - b.value);
        const n = values.reduce((s, x) => s + x.n, 0);
        result.stats =
          n >= threshold
            ? {
                mean: Math.round((values.reduce((s, x) => s + x.value * x.n, 0) / n) * 100) / 100,
                median: median(values, n),
                min: values[0]!.value,
                max: values.at(-1)!.value,
              }
            : null;
      }
    }
    if (q.type === 'matrix')
      result.cells = q.rows.flatMap((r) =>
        q.columns.map((c) => ({
          row: r.value,
          column: c.value,
          count: shown(cells.find((x) => x.q === q.id && x.k === r.value && x.v === c.value)?.n),
        })),
      );
    if (q.type === 'ranking')
      result.ranks = q.options.map((o) => {
        const places = elements.filter((e) => e.q === q.id && e.v === o.value);
        const n = places.reduce((s, p) => s + Number(p.n), 0);
        const sum = places.reduce((s, p) => s + (Number(p.i) + 1) * Number(p.n), 0);
        return {
          value: o.value,
          average: n >= threshold ? Math.round((sum / n) * 100) / 100 : null,
          count: shown(n),
        };
      });
    if (texts.has(q.id)) result.texts = texts.get(q.id);
    results.push(result);
  }
  return { ...base, total, questions: results };
}

/** Free text and « Autre » texts, newest first (organisers only): never e-mail addresses or phone numbers. */
async function freeTexts(
  db: Db,
  sql: Sql,
  where: string,
  params: unknown[],
  questions: Map<string, Question>,
): Promise<Map<string, string[]>> {
  const textIds = [...questions.values()].filter((q) => FREE_TEXT.has(q.type)).map((q) => q.id);
  const otherIds = [...questions.values()].filter((q) => 'other' in q && q.other).map((q) => q.id);
  const found = new Map<string, string[]>();
  const add = (rows: { q: string; v: string }[]) => {
    for (const { q, v } of rows) found.set(q, [...(found.get(q) ?? []), String(v)]);
  };
  if (textIds.length)
    add(
      await db.all(
        `SELECT ${sql.key} AS q, ${sql.value} AS v FROM questionnaire_responses r, ${sql.answers}
         WHERE ${where} AND ${sql.key} IN (${placeholders(textIds.length)}) ORDER BY r.submitted_at DESC LIMIT 5000`,
        [...params, ...textIds],
      ),
    );
  if (otherIds.length)
    add(
      await db.all(
        `SELECT o.key AS q, o.value AS v FROM questionnaire_responses r, ${sql.others}
         WHERE ${where} AND o.key IN (${placeholders(otherIds.length)}) ORDER BY r.submitted_at DESC LIMIT 5000`,
        [...params, ...otherIds],
      ),
    );
  return found;
}

/**
 * A shared questionnaire's common questions compared across the territories that adapted it: the template's own
 * answers, then each adaptation's published questionnaire, each counted by the database as above (no free text).
 */
export async function territoryComparison(
  db: Db,
  templateId: string,
  { threshold }: ComparisonQuery,
): Promise<TerritoryComparison> {
  const template = (await readDocument(
    db,
    'questionnaires',
    templateId,
    false,
  )) as unknown as QuestionnaireInput;
  const published = await db.all<{ id: string; data: string }>(
    `SELECT d.id, v.data FROM documents d
     JOIN document_versions v ON v.kind = d.kind AND v.id = d.id AND v.version = d.published_version
     WHERE d.kind = ? AND d.id <> ? ORDER BY d.id`,
    ['questionnaires', templateId],
  );
  const adapted = published
    .map(({ id, data }) => ({ id, def: JSON.parse(data) as QuestionnaireInput }))
    .filter(({ def }) => isAdaptedFrom(def, templateId));
  const compared = [];
  for (const { id, territory } of [
    { id: templateId, territory: template.territory },
    ...adapted.map(({ id, def }) => ({ id, territory: def.territory })),
  ])
    compared.push({
      id,
      ...(territory ? { territory } : {}),
      results: await questionnaireResults(db, id, { threshold }, { organiser: false }),
    });
  return compareTerritories(template, templateId, threshold, compared);
}
