// Bilans on the server: what a save must respect, the item and heading patches that let two people fill the same
// bilan in one meeting, and the year's indicators computed in SQL from the sessions, registrations and answers.
import { randomUUID } from 'node:crypto';
import {
  BILAN_TEMPLATE,
  applyCarriedPatch,
  applyHeadingPatch,
  applyItemPatch,
  nextYearBilan,
  ownItemId,
  type OwnItemInput,
  type CarriedActionPatch,
  type BilanData,
  type BilanHeading,
  type BilanHeadingPatch,
  type BilanIndicator,
  type BilanIndicators,
  type BilanItemPatch,
  type BilanTemplate,
  type FieldError,
  type Locale,
} from '@conseils-citoyens/schemas';
import type { Db } from './db.js';
import { createDocument, readDocument, updateDocument, type ServedDocument } from './documents.js';
import { HttpProblem } from './problem.js';

/** The templates this server knows, by id: the national one for now; a territory adds items, not templates. */
export const BILAN_TEMPLATES: ReadonlyMap<string, BilanTemplate> = new Map([
  [BILAN_TEMPLATE.id, BILAN_TEMPLATE],
]);

const say = (locale: Locale, fr: string, en: string) => (locale === 'fr' ? fr : en);

/** A save names a known template, keeps template ids for template items, and answers only items it has. */
export function bilanProblem(data: unknown, locale: Locale): HttpProblem | undefined {
  const bilan = data as BilanData;
  const errors: FieldError[] = [];
  const template = BILAN_TEMPLATES.get(bilan.template.id);
  if (!template || bilan.template.version > template.version)
    errors.push({
      field: 'template',
      code: 'unknown_template',
      message: say(
        locale,
        `« Modèle » : le modèle ${bilan.template.id} (version ${bilan.template.version}) est inconnu.`,
        `“Template”: template ${bilan.template.id} (version ${bilan.template.version}) is unknown.`,
      ),
    });
  const templateIds = new Set(template?.items.map((i) => i.id));
  const ids = new Set(templateIds);
  bilan.ownItems.forEach((item, i) => {
    if (ids.has(item.id))
      errors.push({
        field: `ownItems.${i}.id`,
        code: 'duplicate_id',
        message: say(
          locale,
          `« Point ajouté » : l’identifiant ${item.id} est déjà pris${templateIds.has(item.id) ? ' par un point du modèle' : ''}.`,
          `“Added item”: id ${item.id} is already used${templateIds.has(item.id) ? ' by a template item' : ''}.`,
        ),
      });
    ids.add(item.id);
  });
  for (const id of Object.keys(bilan.items))
    if (!ids.has(id))
      errors.push({
        field: `items.${id}`,
        code: 'unknown_item',
        message: say(
          locale,
          `« Point du bilan » : ${id} n’est ni un point du modèle ni un point ajouté.`,
          `“Bilan item”: ${id} is neither a template item nor an added item.`,
        ),
      });
  return errors.length ? new HttpProblem(422, 'validation', { errors }) : undefined;
}

/** The figures as adopted are the server's to write, at adoption: a draft never carries them. */
export function bilanDraft<T extends object>(data: T): T {
  const { indicators: _, ...draft } = data as T & { indicators?: unknown };
  return draft as T;
}

/** `"3"`, `W/"3"`, `*` → the revision the author saw; 428 without one. */
function expectedRev(ifMatch: string | undefined): number | undefined {
  const tag = ifMatch?.trim();
  if (!tag) throw new HttpProblem(428, 'precondition_required');
  if (tag === '*') return undefined;
  const n = Number(/^(?:W\/)?"?(\d+)"?$/.exec(tag)?.[1]);
  return Number.isSafeInteger(n) ? n : -1;
}

type Part =
  | { kind: 'item'; id: string; patch: BilanItemPatch }
  | { kind: 'heading'; heading: BilanHeading; patch: BilanHeadingPatch }
  | { kind: 'carried'; item: string; patch: CarriedActionPatch };

/** A part as stored, its revision, and the bilan with the part changed. */
interface Located {
  current: { rev?: number } | undefined;
  save(bilan: BilanData, by: { author: string; at: string }): { bilan: BilanData; saved: object };
}

/** Where a part lives in the bilan, and how a patch changes it; 404 for a part the bilan does not have. */
function locate(bilan: BilanData, part: Part, locale: Locale): Located {
  if (part.kind === 'item') {
    const known =
      BILAN_TEMPLATES.get(bilan.template.id)?.items.some((i) => i.id === part.id) ||
      bilan.ownItems.some((i) => i.id === part.id);
    if (!known) throw new HttpProblem(404, 'not_found');
    return {
      current: bilan.items[part.id],
      save: (b, by) => {
        const item = applyItemPatch(b.items[part.id], part.patch, by);
        const problem = bilanProblem({ ...b, items: { [part.id]: item } }, locale);
        if (problem) throw problem;
        return { bilan: { ...b, items: { ...b.items, [part.id]: item } }, saved: item };
      },
    };
  }
  if (part.kind === 'heading')
    return {
      current: bilan.headings[part.heading],
      save: (b, by) => {
        const notes = applyHeadingPatch(b.headings[part.heading], part.patch, by);
        return {
          bilan: { ...b, headings: { ...b.headings, [part.heading]: notes } },
          saved: notes,
        };
      },
    };
  const index = bilan.carriedActions.findIndex((a) => a.item === part.item);
  if (index < 0) throw new HttpProblem(404, 'not_found');
  return {
    current: bilan.carriedActions[index],
    save: (b, by) => {
      const action = applyCarriedPatch(b.carriedActions[index]!, part.patch, by);
      const carriedActions = b.carriedActions.map((a, i) => (i === index ? action : a));
      return { bilan: { ...b, carriedActions }, saved: action };
    },
  };
}

const NOTES: Record<Part['kind'], (p: Part) => string> = {
  item: (p) => `Point ${(p as { id: string }).id}`,
  heading: (p) => `Rubrique ${(p as { heading: string }).heading}`,
  carried: (p) => `Action de l’an dernier ${(p as { item: string }).item}`,
};

/**
 * Saves one item, one heading's notes or what became of one of last year's actions, on the head version. The guard
 * is the part's own revision: a change made meanwhile to another part is kept as it is; one made to this part answers
 * 412 with the part as it is now.
 */
export async function patchBilan(
  db: Db,
  id: string,
  part: Part,
  ifMatch: string | undefined,
  author: string,
  locale: Locale,
) {
  const expected = expectedRev(ifMatch);
  const at = new Date().toISOString();
  return updateDocument(
    db,
    'bilans',
    id,
    (adopted) => {
      const bilan = bilanDraft(adopted) as unknown as BilanData;
      const { current, save } = locate(bilan, part, locale);
      if (expected !== undefined && expected !== (current?.rev ?? 0))
        throw new HttpProblem(412, 'version_conflict', { current: current ?? { rev: 0 } });
      const { bilan: data, saved } = save(bilan, { author, at });
      return { data: data, result: saved as { rev: number } };
    },
    author,
    NOTES[part.kind](part),
  );
}

/** An item the territory adds to a heading, with an id made from its label; saved as a new draft version. */
export async function addOwnItem(
  db: Db,
  id: string,
  input: OwnItemInput,
  author: string,
  locale: Locale,
) {
  return updateDocument(
    db,
    'bilans',
    id,
    (adopted) => {
      const bilan = bilanDraft(adopted) as unknown as BilanData;
      const taken = new Set([
        ...(BILAN_TEMPLATES.get(bilan.template.id)?.items ?? []).map((i) => i.id),
        ...bilan.ownItems.map((i) => i.id),
      ]);
      const { restore, ...fields } = input;
      // « Annuler » a removal: the same id when it is still free, so last year's comparison and links still hold.
      const itemId = restore && !taken.has(restore.id) ? restore.id : ownItemId(input.label, taken);
      const item = { id: itemId, ...fields };
      const next = {
        ...bilan,
        ownItems: [...bilan.ownItems, item],
        ...(restore?.answer ? { items: { ...bilan.items, [itemId]: restore.answer } } : {}),
      };
      const problem = bilanProblem(next, locale);
      if (problem) throw problem;
      return { data: next, result: item };
    },
    author,
    `Point ajouté : ${input.label}`,
  );
}

/** Removes a territory's own item and its answer (template items stay); gives them back for « Annuler ». */
export async function removeOwnItem(db: Db, id: string, itemId: string, author: string) {
  return updateDocument(
    db,
    'bilans',
    id,
    (adopted) => {
      const bilan = bilanDraft(adopted) as unknown as BilanData;
      const item = bilan.ownItems.find((i) => i.id === itemId);
      if (!item) throw new HttpProblem(404, 'not_found');
      const { [itemId]: answer, ...items } = bilan.items;
      const next = { ...bilan, ownItems: bilan.ownItems.filter((i) => i.id !== itemId), items };
      return { data: next, result: { item, ...(answer ? { answer } : {}) } };
    },
    author,
    `Point retiré : ${itemId}`,
  );
}

/**
 * Next year's bilan, once this one is done: the same council, template, own items and scope, this year's actions to
 * review; `409` if it was already started (its id in `current`).
 */
export async function startNextYear(db: Db, id: string, author: string) {
  const bilan = (await readDocument(db, 'bilans', id, true)) as unknown as BilanData;
  const rows = await db.all<{ id: string; data: string }>(
    `SELECT id, data FROM documents WHERE kind = 'bilans' AND data LIKE ?`,
    [`%"previous":"${id}"%`],
  );
  const existing = rows.find((r) => (JSON.parse(r.data) as BilanData).previous === id);
  if (existing) throw new HttpProblem(409, 'next_year_exists', { current: { id: existing.id } });
  return createDocument(
    db,
    'bilans',
    randomUUID(),
    nextYearBilan(BILAN_TEMPLATES.get(bilan.template.id) ?? BILAN_TEMPLATE, bilanDraft(bilan), id),
    author,
    `Bilan ${bilan.year + 1}, à partir de celui de ${bilan.year}`,
  );
}

/** Paris midnight on 1 January, as the UTC instant sessions are stored in. */
const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00+01:00`).toISOString();

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The year's figures, counted by the database: sessions held and cancelled, seats taken, answers, the charte. */
export async function bilanIndicators(
  db: Db,
  id: string,
  now = new Date(),
  /** The version the caller read (the public reads the adopted one, its scope counts): read once, not again here. */
  read?: ServedDocument,
): Promise<BilanIndicators> {
  const bilan = (read ?? (await readDocument(db, 'bilans', id, true))) as unknown as BilanData & {
    id: string;
  };
  const from = yearStart(bilan.year);
  const to = yearStart(bilan.year + 1);
  const at = now.toISOString();
  const towns = bilan.scope?.towns ?? [];
  const inTowns = towns.length ? ` AND s.town IN (${placeholders(towns.length)})` : '';
  const sessionArgs = [from, to, ...towns];

  const sessions = await db.all<{
    kind: string;
    town: string;
    held: number | string;
    cancelled: number | string;
  }>(
    `SELECT s.kind, s.town,
       SUM(CASE WHEN s.cancelled = 0 AND s.end_utc <= ? THEN 1 ELSE 0 END) AS held,
       SUM(CASE WHEN s.cancelled = 1 THEN 1 ELSE 0 END) AS cancelled
     FROM sessions s WHERE s.start_utc >= ? AND s.start_utc < ?${inTowns}
     GROUP BY s.kind, s.town ORDER BY s.kind, s.town`,
    [at, ...sessionArgs],
  );
  const byKey = (key: 'kind' | 'town', field: 'held' | 'cancelled') => {
    const totals = new Map<string, number>();
    for (const r of sessions) totals.set(r[key], (totals.get(r[key]) ?? 0) + Number(r[field]));
    return [...totals]
      .filter(([, v]) => v > 0)
      .map(([k, value]) => ({ key: `${key}:${k}`, value }));
  };
  const sum = (field: 'held' | 'cancelled') => sessions.reduce((n, r) => n + Number(r[field]), 0);

  const seats = await db.all<{ town: string; n: number | string }>(
    `SELECT s.town, COUNT(*) AS n FROM registrations r JOIN sessions s ON s.id = r.session_id
     WHERE r.status = 'confirmed' AND s.cancelled = 0 AND s.end_utc <= ?
       AND s.start_utc >= ? AND s.start_utc < ?${inTowns}
     GROUP BY s.town ORDER BY s.town`,
    [at, ...sessionArgs],
  );

  // Who came, as the organisers ticked it on the sign-in sheets of the sessions held.
  const present = await db.all<{ kind: string; town: string; n: number | string }>(
    `SELECT s.kind, s.town, COUNT(*) AS n FROM registrations r JOIN sessions s ON s.id = r.session_id
     WHERE r.status <> 'cancelled' AND r.attendance = 'present' AND s.cancelled = 0 AND s.end_utc <= ?
       AND s.start_utc >= ? AND s.start_utc < ?${inTowns}
     GROUP BY s.kind, s.town ORDER BY s.kind, s.town`,
    [at, ...sessionArgs],
  );
  const presentBy = (key: 'kind' | 'town') => {
    const totals = new Map<string, number>();
    for (const r of present) totals.set(r[key], (totals.get(r[key]) ?? 0) + Number(r.n));
    return [...totals].map(([k, value]) => ({ key: `${key}:${k}`, value }));
  };

  const questionnaires = bilan.scope?.questionnaires ?? [];
  const answers = questionnaires.length
    ? await db.all<{ questionnaire_id: string; n: number | string }>(
        `SELECT questionnaire_id, COUNT(*) AS n FROM questionnaire_responses
         WHERE submitted_at >= ? AND submitted_at < ? AND questionnaire_id IN (${placeholders(questionnaires.length)})
         GROUP BY questionnaire_id ORDER BY questionnaire_id`,
        [from, to, ...questionnaires],
      )
    : [];

  const indicators: BilanIndicator[] = [
    {
      id: 'sessions_held',
      value: sum('held'),
      breakdown: [...byKey('kind', 'held'), ...byKey('town', 'held')],
      source: 'sessions',
    },
    { id: 'sessions_cancelled', value: sum('cancelled'), source: 'sessions' },
    {
      id: 'registrations_confirmed',
      value: seats.reduce((n, r) => n + Number(r.n), 0),
      breakdown: seats.map((r) => ({ key: `town:${r.town}`, value: Number(r.n) })),
      source: 'registrations',
    },
    {
      id: 'attendance_present',
      value: present.reduce((n, r) => n + Number(r.n), 0),
      breakdown: [...presentBy('kind'), ...presentBy('town')],
      source: 'registrations',
    },
    {
      id: 'questionnaire_responses',
      value: answers.reduce((n, r) => n + Number(r.n), 0),
      breakdown: answers.map((r) => ({
        key: `questionnaire:${r.questionnaire_id}`,
        value: Number(r.n),
      })),
      source: 'questionnaire_responses',
    },
  ];
  if (bilan.scope?.charte) indicators.push(await charteAdoption(db, bilan.scope.charte));
  return { bilanId: id, year: bilan.year, computedAt: at, indicators };
}

/** What an adopted bilan holds besides the draft: the year's figures as they are at adoption (as a charte its text). */
export async function withFigures(db: Db, id: string) {
  const figures = await bilanIndicators(db, id);
  return (data: Record<string, unknown>) => ({ ...data, indicators: figures });
}

/** The date of the plenary that adopted the charte's last adopted version (its record), or null if never adopted. */
async function charteAdoption(db: Db, charteId: string): Promise<BilanIndicator> {
  const row = await db.get<{ data: string; created_at: string }>(
    `SELECT data, created_at FROM document_versions WHERE kind = 'chartes' AND id = ? AND status = 'adopted'
     ORDER BY version DESC LIMIT 1`,
    [charteId],
  );
  const recorded = row && (JSON.parse(row.data) as { adoption?: { date?: string } }).adoption?.date;
  const date = recorded ?? row?.created_at.slice(0, 10);
  return { id: 'charte_adopted', value: null, ...(date ? { date } : {}), source: 'chartes' };
}
