// One question or block being edited: its type, words, whether it must be answered, what it accepts (options, rows
// and columns, bounds) and when it shows. Every control is labelled; a core question of the shared template keeps its
// type and possible answers (their controls are read-only, and the editor says why).
import { html, nothing, type TemplateResult } from 'lit';
import type {
  ChoiceOption,
  Condition,
  Question,
  QuestionnaireItem,
} from '@conseils-citoyens/schemas';
import { QUESTION_TYPES, BLOCK_TYPES } from '@conseils-citoyens/schemas/constants.js';
import {
  addOption,
  moveOption,
  withType,
  type ItemType,
} from '@conseils-citoyens/schemas/questionnaire-edits.js';
import type { EditorStrings } from '../translations/editor-fr.js';
import { renderConditionForm } from './condition-form.js';

export interface ItemFormContext {
  t: EditorStrings;
  /** The questions before this item. */
  earlier: Question[];
  /** A core question of the template, in a territory's version: its meaning is locked. */
  locked: boolean;
  /** Errors by field name (`label`, `options`…), shown next to the field. */
  errors: ReadonlyMap<string, string>;
  update(next: QuestionnaireItem): void;
}

const ITEM_TYPES: readonly ItemType[] = [...QUESTION_TYPES, ...BLOCK_TYPES];

export function renderItemForm(item: QuestionnaireItem, c: ItemFormContext): TemplateResult {
  const { t } = c;
  const id = `e-${item.id}`;
  const isBlock = item.type === 'section' || item.type === 'info';
  return html`<div class="item-form" id="${id}-form">
    ${
      isBlock
        ? nothing
        : html`<div class="field"><label for="${id}-type">${t.typeLabel}</label>
      <select id="${id}-type" ?disabled=${c.locked} aria-describedby=${c.locked ? `${id}-core` : nothing}
        @change=${(e: Event) =>
          c.update(
            withType(item, (e.target as HTMLSelectElement).value as Question['type'], t.newWords),
          )}>
        ${ITEM_TYPES.filter((x) => x !== 'section' && x !== 'info').map(
          (x) => html`<option value=${x} ?selected=${x === item.type}>${t.types[x]}</option>`,
        )}
      </select></div>`
    }
    ${c.locked ? html`<p id="${id}-core" class="core-why">${t.coreWhy}</p>` : nothing}
    ${renderWords(item, c, id)}
    ${isBlock ? nothing : renderConstraints(item, c, id)}
    ${renderConditionForm(item.showIf, {
      t,
      earlier: c.earlier,
      idBase: id,
      update: (showIf?: Condition) => {
        const next = { ...item, showIf } as QuestionnaireItem;
        if (!showIf) delete next.showIf;
        c.update(next);
      },
    })}
  </div>`;
}

/** A text control bound to one field of the item. */
function textField(
  c: ItemFormContext,
  id: string,
  name: string,
  label: string,
  value: string,
  set: (v: string) => void,
  { rows = 0, required = true } = {},
): TemplateResult {
  const error = c.errors.get(name);
  const errorId = `${id}-${name}-error`;
  const input = (e: Event) => set((e.target as HTMLInputElement).value);
  return html`<div class="field">
    <label for="${id}-${name}">${label}</label>
    ${error ? html`<p id=${errorId} class="field-error">${error}</p>` : nothing}
    ${
      rows
        ? html`<textarea id="${id}-${name}" rows=${rows} .value=${value} ?required=${required}
          aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? errorId : nothing} @input=${input}></textarea>`
        : html`<input id="${id}-${name}" .value=${value} ?required=${required} aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? errorId : nothing} @input=${input}>`
    }
  </div>`;
}

function renderWords(item: QuestionnaireItem, c: ItemFormContext, id: string): TemplateResult {
  const { t } = c;
  const set = (patch: Record<string, unknown>) => {
    const next = { ...item, ...patch } as Record<string, unknown>;
    for (const [k, v] of Object.entries(patch)) if (v === '' || v === false) delete next[k];
    c.update(next as QuestionnaireItem);
  };
  if (item.type === 'section')
    return textField(c, id, 'title', t.sectionTitle, item.title, (v) => set({ title: v }));
  if (item.type === 'info')
    return textField(c, id, 'text', t.infoText, item.text, (v) => set({ text: v }), { rows: 4 });
  return html`${textField(c, id, 'label', t.label, item.label, (v) => set({ label: v }), { rows: 2 })}
    ${textField(c, id, 'hint', t.hint, item.hint ?? '', (v) => set({ hint: v }), { required: false })}
    ${
      item.type === 'consent'
        ? textField(c, id, 'text', t.consentText, item.text, (v) => set({ text: v }), { rows: 3 })
        : html`<div class="choice"><input type="checkbox" id="${id}-required" .checked=${!!item.required}
          @change=${(e: Event) => set({ required: (e.target as HTMLInputElement).checked })}>
          <label for="${id}-required">${t.isRequired}</label></div>`
    }`;
}

function numberField(
  id: string,
  name: string,
  label: string,
  value: number | undefined,
  set: (v: number | undefined) => void,
  { min, max, type = 'number' }: { min?: number; max?: number; type?: 'number' } = {},
): TemplateResult {
  return html`<div class="field"><label for="${id}-${name}">${label}</label>
    <input id="${id}-${name}" type=${type} inputmode="decimal" .value=${value === undefined ? '' : String(value)}
      min=${min ?? nothing} max=${max ?? nothing}
      @input=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value;
        set(raw === '' || Number.isNaN(Number(raw)) ? undefined : Number(raw));
      }}></div>`;
}

function renderConstraints(
  q: Question,
  c: ItemFormContext,
  id: string,
): TemplateResult | typeof nothing {
  const { t } = c;
  const set = (patch: Record<string, unknown>) => {
    const next = { ...q, ...patch } as Record<string, unknown>;
    for (const [k, v] of Object.entries(patch))
      if (v === undefined || v === '' || v === false) delete next[k];
    c.update(next as Question);
  };
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'dropdown':
    case 'ranking':
      return html`${renderOptions(q.options, 'options', t.options, t.optionLabel, t.addOption, c, id, (options) => set({ options }))}
        ${
          q.type === 'single' || q.type === 'multiple'
            ? html`<div class="choice"><input type="checkbox" id="${id}-other" .checked=${!!q.other} ?disabled=${c.locked}
              @change=${(e: Event) => set({ other: (e.target as HTMLInputElement).checked })}>
              <label for="${id}-other">${t.other}</label></div>`
            : nothing
        }
        ${
          q.type === 'multiple'
            ? html`<div class="inline-fields">
              ${numberField(id, 'minChoices', t.minChoices, q.minChoices, (v) => set({ minChoices: v }), { min: 1 })}
              ${numberField(id, 'maxChoices', t.maxChoices, q.maxChoices, (v) => set({ maxChoices: v }), { min: 1 })}</div>`
            : nothing
        }`;
    case 'matrix':
      return html`${renderOptions(q.rows, 'rows', t.rows, t.rowLabel, t.addRow, c, id, (rows) => set({ rows }))}
        ${renderOptions(q.columns, 'columns', t.columns, t.columnLabel, t.addColumn, c, id, (columns) => set({ columns }))}`;
    case 'number':
      return html`<div class="inline-fields">
        ${numberField(id, 'min', t.min, q.min, (v) => set({ min: v }))}
        ${numberField(id, 'max', t.max, q.max, (v) => set({ max: v }))}
        ${numberField(id, 'step', t.step, q.step, (v) => set({ step: v && v > 0 ? v : undefined }))}
        <div class="field"><label for="${id}-unit">${t.unit}</label>
          <input id="${id}-unit" .value=${q.unit ?? ''} @input=${(e: Event) => set({ unit: (e.target as HTMLInputElement).value })}></div>
      </div>`;
    case 'scale':
      return html`<div class="inline-fields">
        <div class="field"><label for="${id}-scale-min">${t.scaleFrom}</label>
          <select id="${id}-scale-min" ?disabled=${c.locked} @change=${(e: Event) => set({ min: Number((e.target as HTMLSelectElement).value) })}>
            ${[0, 1].map((n) => html`<option value=${n} ?selected=${q.min === n}>${n}</option>`)}</select></div>
        <div class="field"><label for="${id}-scale-max">${t.scaleTo}</label>
          <select id="${id}-scale-max" ?disabled=${c.locked} @change=${(e: Event) => set({ max: Number((e.target as HTMLSelectElement).value) })}>
            ${[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => html`<option value=${n} ?selected=${q.max === n}>${n}</option>`)}</select></div>
        <div class="field"><label for="${id}-minLabel">${t.minLabel}</label>
          <input id="${id}-minLabel" .value=${q.minLabel ?? ''} @input=${(e: Event) => set({ minLabel: (e.target as HTMLInputElement).value })}></div>
        <div class="field"><label for="${id}-maxLabel">${t.maxLabel}</label>
          <input id="${id}-maxLabel" .value=${q.maxLabel ?? ''} @input=${(e: Event) => set({ maxLabel: (e.target as HTMLInputElement).value })}></div>
      </div>`;
    case 'date':
      return html`<div class="inline-fields">
        <div class="field"><label for="${id}-min">${t.minDate}</label>
          <input id="${id}-min" type="date" .value=${q.min ?? ''} @input=${(e: Event) => set({ min: (e.target as HTMLInputElement).value })}></div>
        <div class="field"><label for="${id}-max">${t.maxDate}</label>
          <input id="${id}-max" type="date" .value=${q.max ?? ''} @input=${(e: Event) => set({ max: (e.target as HTMLInputElement).value })}></div>
      </div>`;
    case 'text':
    case 'textarea':
      return numberField(id, 'maxLength', t.maxLength, q.maxLength, (v) => set({ maxLength: v }), {
        min: 1,
        max: q.type === 'text' ? 500 : 5000,
      });
    default:
      return nothing;
  }
}

/** The options of a choice (or the rows or columns of a matrix): each labelled, moved by buttons, removable. */
function renderOptions(
  list: readonly ChoiceOption[],
  name: string,
  legend: string,
  labelOf: (n: number) => string,
  addLabel: string,
  c: ItemFormContext,
  id: string,
  set: (next: ChoiceOption[]) => void,
): TemplateResult {
  const { t, locked } = c;
  const error = c.errors.get(name);
  return html`<fieldset class="options" aria-describedby=${locked ? `${id}-core` : error ? `${id}-${name}-error` : nothing}>
    <legend>${legend}</legend>
    ${error ? html`<p id="${id}-${name}-error" class="field-error">${error}</p>` : nothing}
    <ol>${list.map(
      (o, i) => html`<li class="option">
        <div class="field"><label for="${id}-${name}-${i}">${labelOf(i + 1)}</label>
          <input id="${id}-${name}-${i}" .value=${o.label} required
            @input=${(e: Event) => set(list.map((x, j) => (j === i ? { ...x, label: (e.target as HTMLInputElement).value } : x)))}></div>
        ${
          locked
            ? nothing
            : html`<span class="row-actions">
          <button type="button" class="cc-button icon" data-variant="secondary" aria-label=${t.optionUp(o.label)} ?disabled=${i === 0}
            @click=${() => set(moveOption(list, i, -1))}>↑</button>
          <button type="button" class="cc-button icon" data-variant="secondary" aria-label=${t.optionDown(o.label)} ?disabled=${i === list.length - 1}
            @click=${() => set(moveOption(list, i, 1))}>↓</button>
          <button type="button" class="cc-button icon" data-variant="secondary" aria-label=${t.optionRemove(o.label)}
            @click=${() => set(list.filter((_, j) => j !== i))}>✕</button></span>`
        }
      </li>`,
    )}</ol>
    ${
      locked
        ? nothing
        : html`<button type="button" class="cc-button" data-variant="secondary" @click=${() => set(addOption(list, labelOf(list.length + 1)))}>${addLabel}</button>`
    }
  </fieldset>`;
}
