// A condition edited as a sentence — « Afficher si "Depuis combien de temps…" est "Moins de 6 mois" » — with selects
// for the earlier question, the comparison and the answer: never as code. Only earlier questions are offered, and
// only the comparisons that fit their type, so a condition written here always holds together.
import { html, nothing, type TemplateResult } from 'lit';
import type { Condition, ConditionRule, Question } from '@conseils-citoyens/schemas';
import type { ConditionOperator } from '@conseils-citoyens/schemas/constants.js';
import type { EditorStrings } from '../translations/editor-fr.js';

/** The comparisons that make sense for a question of this type. */
export function operatorsFor(q: Question): ConditionOperator[] {
  switch (q.type) {
    case 'number':
    case 'scale':
      return ['equals', 'notEquals', 'greaterThan', 'lessThan', 'answered', 'notAnswered'];
    case 'single':
    case 'dropdown':
      return ['equals', 'notEquals', 'oneOf', 'answered', 'notAnswered'];
    case 'yesno':
      return ['equals', 'notEquals', 'answered', 'notAnswered'];
    case 'multiple':
      return ['contains', 'answered', 'notAnswered'];
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
      return ['equals', 'notEquals', 'contains', 'answered', 'notAnswered'];
    default:
      return ['answered', 'notAnswered'];
  }
}

/** The answers a rule may name: a choice's options, oui / non; none for free answers (typed in). */
export function valuesFor(
  q: Question,
  t: EditorStrings,
): { value: string; label: string }[] | undefined {
  if (q.type === 'yesno')
    return [
      { value: 'yes', label: t.yes },
      { value: 'no', label: t.no },
    ];
  return 'options' in q ? q.options : undefined;
}

const needsValue = (op: ConditionOperator) => op !== 'answered' && op !== 'notAnswered';

/** A fresh rule on `q`, complete (its first comparison and, when one is needed, its first answer). */
export function newRule(q: Question, t: EditorStrings): ConditionRule {
  const op = operatorsFor(q)[0]!;
  return withOperator({ question: q.id, op }, q, op, t);
}

function withOperator(
  rule: ConditionRule,
  q: Question,
  op: ConditionOperator,
  t: EditorStrings,
): ConditionRule {
  if (!needsValue(op)) return { question: rule.question, op };
  const values = valuesFor(q, t);
  const first = values?.[0]?.value;
  if (op === 'oneOf') return { question: rule.question, op, value: first ? [first] : [] };
  const kept = rule.value !== undefined && !Array.isArray(rule.value) ? rule.value : undefined;
  const numeric = q.type === 'number' || q.type === 'scale';
  return {
    question: rule.question,
    op,
    value: kept ?? (values ? (first ?? '') : numeric ? (q.type === 'scale' ? q.min : 0) : ''),
  };
}

/** « Afficher si "…" est "…" » — the rule as a sentence, for the outline. */
export function ruleSentence(rule: ConditionRule, earlier: Question[], t: EditorStrings): string {
  const q = earlier.find((x) => x.id === rule.question);
  const labels = q ? valuesFor(q, t) : undefined;
  const name = (v: string | number) =>
    labels?.find((o) => o.value === String(v))?.label ?? String(v);
  const value =
    rule.value === undefined
      ? ''
      : Array.isArray(rule.value)
        ? rule.value.map(name).join(', ')
        : name(rule.value);
  return t.sentence(q?.label ?? rule.question, t.ops[rule.op], value);
}

export interface ConditionFormContext {
  t: EditorStrings;
  /** The questions before the item or page (what the condition may look at). */
  earlier: Question[];
  /** Ids start with it, unique in the editor. */
  idBase: string;
  update(next: Condition | undefined): void;
}

export function renderConditionForm(
  condition: Condition | undefined,
  c: ConditionFormContext,
): TemplateResult {
  const { t, earlier, idBase } = c;
  if (!condition)
    return html`<div class="condition"><p class="cc-muted">${t.always}</p>${
      earlier.length
        ? html`<button type="button" class="cc-button" data-variant="secondary" @click=${() =>
            c.update({ match: 'all', rules: [newRule(earlier.at(-1)!, t)] })}>${t.showIf}</button>`
        : html`<p class="cc-muted">${t.noEarlier}</p>`
    }</div>`;
  const setRule = (i: number, rule: ConditionRule) =>
    c.update({ ...condition, rules: condition.rules.map((r, j) => (j === i ? rule : r)) });
  return html`<fieldset class="condition"><legend>${t.showIf}</legend>
    ${
      condition.rules.length > 1
        ? html`<div class="field"><label for="${idBase}-match">${t.match}</label>
          <select id="${idBase}-match" @change=${(e: Event) =>
            c.update({
              ...condition,
              match: (e.target as HTMLSelectElement).value as 'all' | 'any',
            })}>
            <option value="all" ?selected=${condition.match === 'all'}>${t.all}</option>
            <option value="any" ?selected=${condition.match === 'any'}>${t.any}</option>
          </select></div>`
        : nothing
    }
    <ol class="rules">${condition.rules.map((rule, i) => renderRule(rule, i, c, (r) => setRule(i, r), condition))}</ol>
    <div class="row-actions">
      ${
        earlier.length
          ? html`<button type="button" class="cc-button" data-variant="secondary" @click=${() =>
              c.update({
                ...condition,
                rules: [...condition.rules, newRule(earlier.at(-1)!, t)],
              })}>${t.addRule}</button>`
          : nothing
      }
      <button type="button" class="cc-button" data-variant="secondary" @click=${() => c.update(undefined)}>${t.removeCondition}</button>
    </div>
  </fieldset>`;
}

function renderRule(
  rule: ConditionRule,
  i: number,
  c: ConditionFormContext,
  set: (r: ConditionRule) => void,
  condition: Condition,
): TemplateResult {
  const { t, earlier, idBase } = c;
  const n = i + 1;
  const id = `${idBase}-rule-${i}`;
  const q = earlier.find((x) => x.id === rule.question);
  const values = q ? valuesFor(q, t) : undefined;
  const numeric = q?.type === 'number' || q?.type === 'scale';
  const chosen = Array.isArray(rule.value) ? rule.value : [String(rule.value ?? '')];
  let valueControl: TemplateResult | typeof nothing = nothing;
  if (q && needsValue(rule.op)) {
    if (rule.op === 'oneOf' && values)
      valueControl = html`<fieldset class="field"><legend>${t.ruleValue(n)}</legend>${values.map(
        (
          o,
          k,
        ) => html`<div class="choice"><input type="checkbox" id="${id}-v-${k}" .checked=${chosen.includes(o.value)}
          @change=${(e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            const next = values
              .map((x) => x.value)
              .filter((v) => (v === o.value ? on : chosen.includes(v)));
            set({ ...rule, value: next });
          }}><label for="${id}-v-${k}">${o.label}</label></div>`,
      )}</fieldset>`;
    else if (values)
      valueControl = html`<div class="field"><label for="${id}-value">${t.ruleValue(n)}</label>
        <select id="${id}-value" @change=${(e: Event) => set({ ...rule, value: (e.target as HTMLSelectElement).value })}>
          ${values.map((o) => html`<option value=${o.value} ?selected=${chosen[0] === o.value}>${o.label}</option>`)}
        </select></div>`;
    else
      valueControl = html`<div class="field"><label for="${id}-value">${t.ruleValue(n)}</label>
        <input id="${id}-value" type=${numeric ? 'number' : 'text'} .value=${String(rule.value ?? '')}
          @input=${(e: Event) => {
            const raw = (e.target as HTMLInputElement).value;
            set({ ...rule, value: numeric && raw !== '' ? Number(raw) : raw });
          }}></div>`;
  }
  return html`<li class="rule">
    <div class="field"><label for="${id}-question">${t.ruleQuestion(n)}</label>
      <select id="${id}-question" @change=${(e: Event) => {
        const next = earlier.find((x) => x.id === (e.target as HTMLSelectElement).value);
        if (next) set(newRule(next, t));
      }}>
        ${q ? nothing : html`<option value="" selected>${rule.question}</option>`}
        ${earlier.map((x) => html`<option value=${x.id} ?selected=${x.id === rule.question}>${x.label}</option>`)}
      </select></div>
    ${
      q
        ? html`<div class="field"><label for="${id}-op">${t.ruleOp(n)}</label>
      <select id="${id}-op" @change=${(e: Event) =>
        set(withOperator(rule, q, (e.target as HTMLSelectElement).value as ConditionOperator, t))}>
        ${operatorsFor(q).map((op) => html`<option value=${op} ?selected=${op === rule.op}>${t.ops[op]}</option>`)}
      </select></div>`
        : nothing
    }
    ${valueControl}
    ${
      condition.rules.length > 1
        ? html`<button type="button" class="cc-button" data-variant="secondary" @click=${() => {
            // The last rule goes with the whole condition (« Retirer la condition »).
            c.update({ ...condition, rules: condition.rules.filter((_, j) => j !== i) });
          }}>${t.removeRule(n)}</button>`
        : nothing
    }
    <p class="sentence cc-muted">${ruleSentence(rule, earlier, t)}</p>
  </li>`;
}
