// The session form of <cc-session-admin>: what the organiser types (flat values, kept as a draft), the request it
// makes, checked by the server's own zod schema with the server's messages, and its fields in four groups.
import { html, nothing, type TemplateResult } from 'lit';
import type { Session } from '@conseils-citoyens/schemas';
import { COLLEGES, SESSION_KINDS } from '@conseils-citoyens/schemas/session-constants.js';
import { SessionInput } from '@conseils-citoyens/schemas/session.js';
import { errorsOf } from '@conseils-citoyens/schemas/issue-messages.js';
import type { IssueWording } from '@conseils-citoyens/schemas/issue-wording.js';
import { renderChoiceField, renderTextField } from '@conseils-citoyens/core/form/fields.js';
import type { FormStrings } from '@conseils-citoyens/core/form/form-strings.js';
import type { AdminStrings } from '../translations/admin-fr.js';
import { fromWallClock, toWallClock } from './paris-time.js';

export const TIME_ZONE = 'Europe/Paris';

/** What the organiser typed, one entry per control (`venue.town`, `speakers.0.name`…), as a draft keeps it. */
export type SessionValues = Record<string, string | boolean>;

const VENUE = ['name', 'address', 'postalCode', 'town', 'accessibility'] as const;
const WHEN = ['start', 'end', 'registrationOpensAt', 'registrationClosesAt'] as const;

export const speakerCount = (v: SessionValues) => Number(v.speakers ?? 0);
/** What the seats are split by: '' (not split), `college` or `town`. */
const splitBy = (v: SessionValues) => String(v['quotas.by'] ?? '');
/** How many groups: the two collèges, or the towns listed (two to start with). */
export const groupCount = (v: SessionValues) =>
  splitBy(v) === 'college' ? COLLEGES.length : Number(v['quotas.count'] ?? 2);

/** The form's values for a new session, an existing one, or a copy of one (same facts, nobody registered). */
export function valuesOf(s?: Session): SessionValues {
  if (!s)
    return { kind: 'thematic', capacity: '20', waitingList: true, reminder: true, speakers: '0' };
  const v: SessionValues = {
    kind: s.kind,
    title: s.title,
    description: s.description ?? '',
    theme: s.theme ?? '',
    capacity: String(s.capacity),
    waitingList: s.waitingList,
    reminder: s.reminder === true,
    confirmPromotionHours: s.confirmPromotionHours ? String(s.confirmPromotionHours) : '',
    speakers: String(s.speakers.length),
  };
  for (const k of VENUE) v[`venue.${k}`] = s.venue[k] ?? '';
  for (const k of WHEN) v[k] = toWallClock(s[k], s.timeZone);
  if (s.quotas) {
    v['quotas.by'] = s.quotas.by;
    v['quotas.count'] = String(s.quotas.groups.length);
    s.quotas.groups.forEach((g, i) => {
      v[`quotas.groups.${i}.key`] = g.key;
      v[`quotas.groups.${i}.seats`] = String(g.seats);
    });
  }
  s.speakers.forEach((p, i) => {
    v[`speakers.${i}.name`] = p.name;
    v[`speakers.${i}.role`] = p.role;
    v[`speakers.${i}.organisation`] = p.organisation ?? '';
  });
  return v;
}

const str = (v: SessionValues, k: string) => (typeof v[k] === 'string' ? v[k].trim() : '');
/** Optional text: left out when empty, so the schema sees it missing rather than blank. */
const optional = (value: string) => (value === '' ? undefined : value);

/** The request body (not yet checked): trimmed text, times with Paris's offset, empty optional fields left out. */
export function inputOf(v: SessionValues): Record<string, unknown> {
  const when = Object.fromEntries(WHEN.map((k) => [k, fromWallClock(str(v, k), TIME_ZONE)]));
  const capacity = str(v, 'capacity');
  const number = (text: string) => (text === '' ? undefined : Number(text));
  const by = splitBy(v);
  const quotas = by
    ? {
        by,
        groups: Array.from({ length: groupCount(v) }, (_, i) => ({
          key: by === 'college' ? COLLEGES[i] : str(v, `quotas.groups.${i}.key`),
          seats: number(str(v, `quotas.groups.${i}.seats`)),
        })),
      }
    : undefined;
  const body = {
    kind: v.kind,
    title: str(v, 'title'),
    description: optional(str(v, 'description')),
    theme: optional(str(v, 'theme')),
    speakers: Array.from({ length: speakerCount(v) }, (_, i) => ({
      name: str(v, `speakers.${i}.name`),
      role: str(v, `speakers.${i}.role`),
      organisation: optional(str(v, `speakers.${i}.organisation`)),
    })),
    ...when,
    timeZone: TIME_ZONE,
    venue: {
      name: str(v, 'venue.name'),
      address: str(v, 'venue.address'),
      postalCode: optional(str(v, 'venue.postalCode')),
      town: str(v, 'venue.town'),
      accessibility: optional(str(v, 'venue.accessibility')),
    },
    capacity: number(capacity),
    quotas,
    waitingList: v.waitingList === true,
    confirmPromotionHours: number(str(v, 'confirmPromotionHours')),
    reminder: v.reminder === true,
  };
  return JSON.parse(JSON.stringify(body)) as Record<string, unknown>; // drops the undefined keys
}

/** A control's label: `speakers.2.role` is labelled like every speaker's role. */
export const labelOf = (labels: Record<string, string>, name: string) =>
  labels[name.replace(/\.\d+\./, '.')] ?? name;

/** Where an issue is shown: a whole list's issue on its first control, a split's on its choice. */
const controlOf = (path: string) =>
  path === 'speakers' ? 'speakers.0.name' : path === 'quotas' ? 'quotas.by' : path;

/**
 * Control name → message, in form order; empty when the body is valid. The server's own zod schema and wording, with
 * each control's own label (the place's « Nom du lieu », not a speaker's « Nom »).
 */
export function checkWith(
  schema: { safeParse(v: unknown): { error?: Parameters<typeof errorsOf>[0] } },
  body: Record<string, unknown>,
  wording: IssueWording,
  labels: Record<string, string>,
): Map<string, string> {
  const parsed = schema.safeParse(body);
  const errors = new Map<string, string>();
  for (const issue of parsed.error?.issues ?? []) {
    const path = issue.path.join('.');
    const field = controlOf(path);
    const key = String(issue.path.at(-1) ?? field);
    const [e] = errorsOf({ issues: [issue] }, body, {
      wording,
      labels: { [key]: labelOf(labels, field) },
    });
    if (e && !errors.has(field)) errors.set(field, e.message);
  }
  return errors;
}

/** The session form's errors. */
export const checkSession = (
  body: Record<string, unknown>,
  wording: IssueWording,
  labels: Record<string, string>,
) => checkWith(SessionInput, body, wording, labels);

// --- A series: the same session at other dates or in other towns (the Masterclass in four towns), created at once.

/** What differs from one session of a series to the next; the rest is the first one's. */
const OWN = ['start', 'end', 'venue.name', 'venue.address', 'venue.town'] as const;
export const occurrenceCount = (v: SessionValues) => Number(v.series ?? 0);

/** A wall-clock time moved as far from `to` as it was from `from` (a registration window follows its session). */
function shifted(value: string, from: string, to: string): string {
  const at = (s: string) => Date.parse(`${s}Z`);
  if (!value || !from || !to || [value, from, to].some((s) => Number.isNaN(at(s)))) return value;
  return new Date(at(value) + at(to) - at(from)).toISOString().slice(0, 16);
}

/** The values of the series' session `i`: the first one's, with its own date and place. */
function occurrenceValues(v: SessionValues, i: number): SessionValues {
  const o: SessionValues = { ...v };
  for (const k of OWN) o[k] = v[`series.${i}.${k}`] ?? '';
  for (const k of ['registrationOpensAt', 'registrationClosesAt'])
    o[k] = shifted(str(v, k), str(v, 'start'), str(o, 'start'));
  return o;
}

/** The bodies a submit creates, in order: the session, then each other session of its series. */
export const seriesOf = (v: SessionValues) => [
  inputOf(v),
  ...Array.from({ length: occurrenceCount(v) }, (_, i) => inputOf(occurrenceValues(v, i))),
];

/** The form's errors with its series': each other session's own fields (`series.1.venue.town`) checked alike. */
export function checkSeries(
  v: SessionValues,
  wording: IssueWording,
  labels: Record<string, string>,
): Map<string, string> {
  const errors = checkSession(inputOf(v), wording, labels);
  for (let i = 0; i < occurrenceCount(v); i++)
    for (const [field, message] of checkSession(inputOf(occurrenceValues(v, i)), wording, labels))
      if ((OWN as readonly string[]).includes(field)) errors.set(`series.${i}.${field}`, message);
  return errors;
}

/** One more session in the series, starting as a copy of the first one's date and place. */
export function withOccurrence(v: SessionValues): SessionValues {
  const n = occurrenceCount(v);
  const next: SessionValues = { ...v, series: String(n + 1) };
  for (const k of OWN) next[`series.${n}.${k}`] = v[k] ?? '';
  return next;
}

/** The server's field errors (422), keyed like the controls. */
export const serverFieldErrors = (errors: readonly { field: string; message: string }[]) =>
  new Map(errors.map((e) => [controlOf(e.field), e.message]));

export interface SessionFieldsView {
  values: SessionValues;
  errors: ReadonlyMap<string, string>;
  t: AdminStrings;
  common: FormStrings;
  labels: Record<string, string>;
  addSpeaker: () => void;
  removeSpeaker: (index: number) => void;
  addTown: () => void;
  removeTown: (index: number) => void;
  /** Offered when creating (not when editing one session). */
  series?: { add: () => void; remove: (index: number) => void };
}

/** The four groups of fields: the session, its date and registration window, its place, its speakers. */
export function renderSessionFields(view: SessionFieldsView): TemplateResult {
  const { values: v, errors, t, common, labels } = view;
  const text = (
    name: string,
    options: Partial<Parameters<typeof renderTextField>[0]> = {},
    required = true,
  ) => {
    const error = errors.get(name);
    const hint = t.hints[name.replace(/^venue\./, '')];
    return renderTextField(
      {
        name,
        label: labelOf(labels, name),
        required,
        value: typeof v[name] === 'string' ? v[name] : '',
        autocomplete: 'off',
        ...(hint ? { hint } : {}),
        ...(error ? { error } : {}),
        ...options,
      },
      common,
    );
  };
  const when = (name: (typeof WHEN)[number], required: boolean) =>
    text(name, { type: 'datetime-local' }, required);
  const kindError = errors.get('kind');
  return html`<fieldset class="group"><legend>${t.groups.what}</legend>
      ${renderChoiceField(
        {
          name: 'kind',
          label: labels.kind ?? 'kind',
          required: true,
          type: 'radio',
          value: String(v.kind ?? ''),
          options: SESSION_KINDS.map((k) => ({ value: k, label: t.kinds[k] })),
          ...(kindError ? { error: kindError } : {}),
        },
        common,
      )}
      ${text('title', { maxlength: 200 })}
      ${text('theme', { maxlength: 120 }, false)}
      ${text('description', { rows: 4, maxlength: 5000 }, false)}
    </fieldset>
    <fieldset class="group"><legend>${t.groups.when}</legend>
      ${when('start', true)} ${when('end', true)}
      ${text('capacity', { type: 'number', inputmode: 'numeric', min: 1, max: 10000, step: 1 })}
      <div class="choice"><input type="checkbox" id="f-waitingList" name="waitingList" .checked=${v.waitingList === true}>
        <label for="f-waitingList">${t.waitingList}</label></div>
      ${text('confirmPromotionHours', { type: 'number', inputmode: 'numeric', min: 1, max: 168, step: 1 }, false)}
      <div class="choice"><input type="checkbox" id="f-reminder" name="reminder" .checked=${v.reminder === true}>
        <label for="f-reminder">${t.reminder}</label></div>
      ${when('registrationOpensAt', false)} ${when('registrationClosesAt', false)}
    </fieldset>
    ${renderSplit(view, text)}
    <fieldset class="group"><legend>${t.groups.where}</legend>
      ${text('venue.name', { maxlength: 200 })}
      ${text('venue.address', { maxlength: 300, autocomplete: 'street-address' })}
      ${text('venue.postalCode', { inputmode: 'numeric', maxlength: 5, autocomplete: 'postal-code' }, false)}
      ${text('venue.town', { maxlength: 120, autocomplete: 'address-level2' })}
      ${text('venue.accessibility', { rows: 2, maxlength: 500 }, false)}
    </fieldset>
    <fieldset class="group"><legend>${t.groups.who}</legend>
      ${Array.from({ length: speakerCount(v) }, (_, i) => {
        const n = i + 1;
        return html`<fieldset class="speaker"><legend>${t.speaker(n)}</legend>
          ${text(`speakers.${i}.name`, { maxlength: 200 })}
          ${text(`speakers.${i}.role`, { maxlength: 200 })}
          ${text(`speakers.${i}.organisation`, { maxlength: 200 }, false)}
          <button type="button" class="cc-button" data-variant="secondary" data-remove-speaker=${i}
            @click=${() => view.removeSpeaker(i)}>${t.removeSpeaker(n)}</button>
        </fieldset>`;
      })}
      ${
        speakerCount(v) < 20
          ? html`<button type="button" class="cc-button" data-variant="secondary" data-add-speaker
        @click=${view.addSpeaker}>${t.addSpeaker}</button>`
          : nothing
      }
    </fieldset>
    ${view.series ? renderSeries(view, view.series, text) : nothing}`;
}

function renderSeries(
  view: SessionFieldsView,
  series: NonNullable<SessionFieldsView['series']>,
  text: (
    name: string,
    options?: Partial<Parameters<typeof renderTextField>[0]>,
    required?: boolean,
  ) => TemplateResult,
): TemplateResult {
  const { values: v, t } = view;
  const count = occurrenceCount(v);
  return html`<fieldset class="group"><legend>${t.seriesLegend}</legend>
    <p class="cc-muted">${t.seriesHint}</p>
    ${Array.from(
      { length: count },
      (_, i) => html`<fieldset class="speaker"><legend>${t.occurrence(i + 2)}</legend>
        ${text(`series.${i}.start`, { type: 'datetime-local' })} ${text(`series.${i}.end`, { type: 'datetime-local' })}
        ${text(`series.${i}.venue.name`, { maxlength: 200 })}
        ${text(`series.${i}.venue.address`, { maxlength: 300, autocomplete: 'street-address' })}
        ${text(`series.${i}.venue.town`, { maxlength: 120, autocomplete: 'address-level2' })}
        <button type="button" class="cc-button" data-variant="secondary" data-remove-occurrence=${i}
          @click=${() => series.remove(i)}>${t.removeOccurrence(i + 2)}</button>
      </fieldset>`,
    )}
    ${
      count < 11
        ? html`<button type="button" class="cc-button" data-variant="secondary" data-add-occurrence
        @click=${series.add}>${t.addOccurrence}</button>`
        : nothing
    }
  </fieldset>`;
}

/**
 * The split of the seats: none, by collège (the seats of each) or by town (a list of towns and their seats, like the
 * speakers), with the groups' total against the session's seats.
 */
function renderSplit(
  view: SessionFieldsView,
  text: (name: string, options?: Partial<Parameters<typeof renderTextField>[0]>) => TemplateResult,
): TemplateResult {
  const { values: v, errors, t, common, labels } = view;
  const by = splitBy(v);
  const count = groupCount(v);
  const seats = (i: number) =>
    text(`quotas.groups.${i}.seats`, { type: 'number', inputmode: 'numeric', min: 1, step: 1 });
  const sum = Array.from({ length: count }, (_, i) =>
    Number(v[`quotas.groups.${i}.seats`] || 0),
  ).reduce((a, b) => a + b, 0);
  const error = errors.get('quotas.by');
  return html`<fieldset class="group"><legend>${labels['quotas.by']}</legend>
    ${renderChoiceField(
      {
        name: 'quotas.by',
        label: labels['quotas.by'] ?? 'quotas.by',
        required: false,
        type: 'radio',
        hint: t.quotaHint,
        value: by,
        options: Object.entries(t.quotaChoices).map(([value, label]) => ({ value, label })),
        ...(error ? { error } : {}),
      },
      common,
    )}
    ${Array.from({ length: by ? count : 0 }, (_, i) =>
      by === 'college'
        ? html`<fieldset class="speaker"><legend>${t.quotaCollege[COLLEGES[i]!]}</legend>${seats(i)}</fieldset>`
        : html`<fieldset class="speaker"><legend>${t.quotaTown(i + 1)}</legend>
          ${text(`quotas.groups.${i}.key`, { maxlength: 120, autocomplete: 'address-level2' })} ${seats(i)}
          ${
            count > 2
              ? html`<button type="button" class="cc-button" data-variant="secondary" data-remove-town=${i}
            @click=${() => view.removeTown(i)}>${t.removeQuotaTown(i + 1)}</button>`
              : nothing
          }</fieldset>`,
    )}
    ${
      by === 'town' && count < 12
        ? html`<button type="button" class="cc-button" data-variant="secondary" data-add-town
        @click=${view.addTown}>${t.addQuotaTown}</button>`
        : nothing
    }
    ${by ? html`<p class="cc-muted" data-quota-total>${t.quotaTotal(sum, Number(v.capacity || 0))}</p>` : nothing}
  </fieldset>`;
}

/** Removes row `index` of a list (`speakers`, `quotas.groups`), moving the next ones up (their values follow them). */
export function withoutRow(
  v: SessionValues,
  list: 'speakers' | 'quotas.groups' | 'series',
  index: number,
): SessionValues {
  const [countKey, keys] =
    list === 'speakers'
      ? ['speakers', ['name', 'role', 'organisation']]
      : list === 'series'
        ? ['series', OWN]
        : ['quotas.count', ['key', 'seats']];
  const count = Number(v[countKey] ?? 0);
  const next: SessionValues = { ...v, [countKey]: String(count - 1) };
  for (let i = index; i < count; i++)
    for (const k of keys) {
      const from = next[`${list}.${i + 1}.${k}`];
      if (i + 1 < count && from !== undefined) next[`${list}.${i}.${k}`] = from;
      else delete next[`${list}.${i}.${k}`];
    }
  return next;
}
