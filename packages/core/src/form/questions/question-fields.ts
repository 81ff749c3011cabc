// One question as a form control, by type (the questionnaire's questions, the charte builder's steps). Text-like questions and plain choices are core's shared fields; the
// rest (« Autre », scale, matrix, ranking, dropdown, consent) follow the same rules: a visible label with
// « (obligatoire) », hint and error tied by aria-describedby, the first control carrying `f-<id>` for the error summary.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Question } from '@conseils-citoyens/schemas';
import { OTHER_CHOICE } from '@conseils-citoyens/schemas/constants.js';
import { fieldId, renderChoiceField, renderTextField, type FieldState } from '../fields.js';
import type { FormStrings } from '../form-strings.js';
import { rankingOrder, scalar, type AnswerState } from './answer-state.js';
import type { QuestionStrings } from './question-strings.js';

export interface QuestionView {
  state: AnswerState;
  error?: string;
  t: QuestionStrings;
  common: FormStrings;
  /** The element is narrow: a matrix becomes one group of choices per row. */
  narrow: boolean;
  onMove: (value: string, delta: number, button: HTMLButtonElement) => void;
}

type Of<T extends Question['type']> = Question & { type: T };

const describedBy = (id: string, f: { hint?: string; error?: string }) =>
  [f.hint ? `${fieldId(id)}-hint` : '', f.error ? `${fieldId(id)}-error` : '']
    .filter(Boolean)
    .join(' ') || undefined;

/** Label words, hint and error, as core's fields write them. */
function legendAndMessages(f: FieldState, common: FormStrings, tag: 'legend' | 'label' = 'legend') {
  const mark = html`<span class="mark">${`\u00a0${f.required ? common.required : common.optional}`}</span>`;
  return html`${
    tag === 'legend'
      ? html`<legend part="label">${f.label}${mark}</legend>`
      : html`<label for=${fieldId(f.name)} part="label">${f.label}${mark}</label>`
  }
    ${f.hint ? html`<p id="${fieldId(f.name)}-hint" class="hint cc-muted" part="hint">${f.hint}</p>` : nothing}
    ${f.error ? html`<p id="${fieldId(f.name)}-error" class="field-error" part="error"><span class="visually-hidden">${common.errorPrefix}</span>${f.error}</p>` : nothing}`;
}

export function renderQuestion(q: Question, v: QuestionView): TemplateResult {
  const { state, t, common } = v;
  const answer = state.answers[q.id];
  const field: FieldState = {
    name: q.id,
    label: q.label,
    required: !!q.required || q.type === 'consent',
    ...(q.hint ? { hint: q.hint } : {}),
    ...(v.error ? { error: v.error } : {}),
  };
  const str = typeof answer === 'string' ? answer : '';
  switch (q.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
    case 'date':
      return renderTextField(
        {
          ...field,
          value: str,
          ...(q.type === 'textarea' ? { rows: 5 } : {}),
          ...(q.type === 'email'
            ? { type: 'email', autocomplete: 'email', spellcheck: false }
            : {}),
          ...(q.type === 'phone' ? { type: 'tel', autocomplete: 'tel' } : {}),
          ...(q.type === 'date' ? { type: 'date', min: q.min, max: q.max } : {}),
          ...((q.type === 'text' || q.type === 'textarea') && q.maxLength
            ? { maxlength: q.maxLength }
            : {}),
        },
        common,
      );
    case 'number':
      // A text field with a numeric keyboard: type=number would turn a mistyped « 2,5 » into nothing.
      return renderTextField(
        {
          ...field,
          value: state.typed[q.id] ?? (typeof answer === 'number' ? String(answer) : ''),
          inputmode:
            q.step !== undefined && Number.isInteger(q.step) && (q.min ?? 0) >= 0
              ? 'numeric'
              : 'decimal',
        },
        common,
      );
    case 'yesno':
      return renderChoiceField(
        {
          ...field,
          type: 'radio',
          options: [
            { value: 'yes', label: t.yes },
            { value: 'no', label: t.no },
          ],
          value: answer === undefined ? '' : answer ? 'yes' : 'no',
        },
        common,
      );
    case 'single':
    case 'multiple':
      return renderChoice(q, field, v);
    case 'dropdown':
      return renderDropdown(q, field, v);
    case 'scale':
      return renderScale(q, field, v);
    case 'matrix':
      return renderMatrix(q, field, v);
    case 'ranking':
      return renderRanking(q, field, v);
    case 'consent':
      return html`<fieldset class="field consent" part="field" aria-describedby=${ifDefined(describedBy(q.id, field))}
        aria-invalid=${field.error ? 'true' : nothing}>
        ${legendAndMessages(field, common)}
        <div class="choice"><input type="checkbox" id=${fieldId(q.id)} name=${q.id} .checked=${answer === true} required>
        <label for=${fieldId(q.id)}>${q.text}</label></div>
      </fieldset>`;
  }
}

/** Radios or checkboxes, with « Autre » and its line to write in when the question offers it. */
function renderChoice(q: Of<'single'> | Of<'multiple'>, field: FieldState, v: QuestionView) {
  const { state, t, common } = v;
  const answer = state.answers[q.id];
  const options = q.other ? [...q.options, { value: OTHER_CHOICE, label: t.other }] : q.options;
  const chosen = q.type === 'multiple' ? ((answer as string[] | undefined) ?? []) : scalar(answer);
  const otherChosen = Array.isArray(chosen)
    ? chosen.includes(OTHER_CHOICE)
    : chosen === OTHER_CHOICE;
  const otherName = `${q.id}:other`;
  return html`${renderChoiceField(
    { ...field, type: q.type === 'multiple' ? 'checkbox' : 'radio', options, value: chosen },
    common,
  )}
  ${
    otherChosen
      ? html`<div class="field other" part="field">
        <label for=${fieldId(otherName)}>${t.otherDetail(q.label)}</label>
        <input id=${fieldId(otherName)} name=${otherName} .value=${state.others[q.id] ?? ''} maxlength="500" autocomplete="off">
      </div>`
      : nothing
  }`;
}

function renderDropdown(q: Of<'dropdown'>, field: FieldState, v: QuestionView) {
  const value = scalar(v.state.answers[q.id]);
  return html`<div class="field" part="field">
    ${legendAndMessages(field, v.common, 'label')}
    <select id=${fieldId(q.id)} name=${q.id} aria-describedby=${ifDefined(describedBy(q.id, field))}
      aria-invalid=${field.error ? 'true' : 'false'} ?required=${field.required}>
      <option value="" ?selected=${value === ''}>${v.t.choose}</option>
      ${q.options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>
  </div>`;
}

/** 1 to N as radios in a row (arrow keys move along it), both ends named. */
function renderScale(q: Of<'scale'>, field: FieldState, v: QuestionView) {
  const options = [];
  for (let n = q.min; n <= q.max; n++) {
    const end = n === q.min ? q.minLabel : n === q.max ? q.maxLabel : undefined;
    options.push({ value: String(n), label: end ? v.t.scaleEnd(n, end) : String(n) });
  }
  const answer = v.state.answers[q.id];
  return html`<div class="scale">${renderChoiceField(
    { ...field, type: 'radio', options, value: scalar(answer) },
    v.common,
  )}</div>`;
}

/**
 * One choice per row: a table whose radios are named by their row and column, or, on a narrow element, one group of
 * radios per row (the table would not fit a phone).
 */
function renderMatrix(q: Of<'matrix'>, field: FieldState, v: QuestionView) {
  const rows = (v.state.answers[q.id] as Record<string, string> | undefined) ?? {};
  const idOf = (r: number, c: number) =>
    r === 0 && c === 0 ? fieldId(q.id) : `${fieldId(q.id)}-${r}-${c}`;
  const radio = (r: number, c: number, label?: string) => {
    const row = q.rows[r]!;
    const col = q.columns[c]!;
    return html`<input type="radio" id=${idOf(r, c)} name=${`${q.id}:${row.value}`} value=${col.value}
      .checked=${rows[row.value] === col.value} ?required=${!!q.required}
      aria-labelledby=${ifDefined(label ? undefined : `${fieldId(q.id)}-r${r} ${fieldId(q.id)}-c${c}`)}>`;
  };
  const body = v.narrow
    ? q.rows.map(
        (row, r) => html`<fieldset class="matrix-row"><legend>${row.label}</legend>
          ${q.columns.map((col, c) => html`<div class="choice">${radio(r, c, col.label)}<label for=${idOf(r, c)}>${col.label}</label></div>`)}
        </fieldset>`,
      )
    : html`<div class="matrix-scroll"><table class="matrix">
        <thead><tr><td></td>${q.columns.map((col, c) => html`<th scope="col" id="${fieldId(q.id)}-c${c}">${col.label}</th>`)}</tr></thead>
        <tbody>${q.rows.map(
          (row, r) => html`<tr><th scope="row" id="${fieldId(q.id)}-r${r}">${row.label}</th>
            ${q.columns.map((_, c) => html`<td>${radio(r, c)}</td>`)}</tr>`,
        )}</tbody></table></div>`;
  return html`<fieldset class="field" part="field" aria-describedby=${ifDefined(describedBy(q.id, field))}
    aria-invalid=${field.error ? 'true' : nothing}>${legendAndMessages(field, v.common)}${body}</fieldset>`;
}

/** Put in order with « Monter » / « Descendre » buttons (no drag needed); the new position is announced. */
function renderRanking(q: Of<'ranking'>, field: FieldState, v: QuestionView) {
  const order = rankingOrder(q, v.state);
  const label = (value: string) => q.options.find((o) => o.value === value)?.label ?? value;
  const answered = Array.isArray(v.state.answers[q.id]);
  return html`<fieldset class="field" part="field" aria-describedby=${ifDefined(describedBy(q.id, { ...field, hint: field.hint ?? v.t.rankingHint }))}
    aria-invalid=${field.error ? 'true' : nothing}>
    ${legendAndMessages({ ...field, hint: field.hint ?? v.t.rankingHint }, v.common)}
    <ol class="ranking">${order.map(
      (value, i) => html`<li>
        <span class="rank-label">${label(value)}</span>
        <span class="rank-buttons">
          <button type="button" class="cc-button" data-variant="secondary" id=${ifDefined(i === 0 ? fieldId(q.id) : undefined)}
            data-move=${value} data-delta="-1" aria-label=${v.t.moveUp(label(value))} aria-disabled=${i === 0 ? 'true' : 'false'}
            @click=${(e: Event) => v.onMove(value, -1, e.currentTarget as HTMLButtonElement)}><span aria-hidden="true">↑</span> ${v.t.up}</button>
          <button type="button" class="cc-button" data-variant="secondary"
            data-move=${value} data-delta="1" aria-label=${v.t.moveDown(label(value))} aria-disabled=${i === order.length - 1 ? 'true' : 'false'}
            @click=${(e: Event) => v.onMove(value, 1, e.currentTarget as HTMLButtonElement)}><span aria-hidden="true">↓</span> ${v.t.down}</button>
        </span></li>`,
    )}</ol>
    <div class="choice"><input type="checkbox" id="${fieldId(q.id)}-keep" name=${q.id} .checked=${answered}>
      <label for="${fieldId(q.id)}-keep">${v.t.keepOrder}</label></div>
  </fieldset>`;
}
