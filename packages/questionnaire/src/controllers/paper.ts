// The blank questionnaire on paper, for residents who answer by hand (staff type the answers in later with
// mode="entry"): every page and every question, a box for each choice, lines to write on, and each condition in words.
// Loaded on demand: most visits never print.
import { css, html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '@conseils-citoyens/core/dom/css-props.js';
import type {
  Condition,
  ConditionRule,
  Question,
  QuestionnaireInput,
  QuestionnaireItem,
} from '@conseils-citoyens/schemas';
import { isQuestion } from '@conseils-citoyens/schemas/questionnaire-rules.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import { LocaleTable } from '@conseils-citoyens/core/i18n/locale-table.js';
import type { QuestionnaireStrings } from '../translations/fr.js';
import { paperFr, type PaperStrings } from '../translations/paper-fr.js';

/** The paper's own words, with the questionnaire's (choices, « Oui », « Non »): `renderPaper` takes both. */
export const PAPER_STRINGS = new LocaleTable<PaperStrings>(paperFr, () =>
  import('../translations/paper-en.js').then((m) => m.paperEn),
);
type Words = QuestionnaireStrings & PaperStrings;

/** Boxes to tick, lines to write on (adopted by the element when this module arrives). */
export const paperStyles = css`
  .paper-page { break-before: page; }
  .paper-page:first-of-type { break-before: auto; }
  .paper-question { break-inside: avoid; margin: var(--_space-3) 0; }
  .paper-label { margin: 0 0 var(--_space-1); }
  .condition { margin: var(--_space-2) 0 0; font-style: italic; }
  .boxes { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space-1); }
  .boxes.inline { display: flex; flex-wrap: wrap; gap: var(--_space-4); }
  .box { display: inline-block; width: 1rem; height: 1rem; border: 1px solid currentColor; vertical-align: middle; }
  .box.wide { width: 2rem; }
  .lines { height: calc(var(--lines) * 2rem);
    background: repeating-linear-gradient(transparent 0 calc(2rem - 1px), currentColor calc(2rem - 1px) 2rem); }
`;

type Definition = Pick<QuestionnaireInput, 'pages' | 'title' | 'description'>;

const box = (label: string) => html`<li><span class="box" aria-hidden="true"></span> ${label}</li>`;
const lines = (n: number) =>
  html`<div class="lines" ${cssProps({ '--lines': String(n) })} aria-hidden="true"></div>`;

/** « Si "Avez-vous déjà suivi une formation ?" : Oui » — a condition as a person reads it. */
export function conditionText(def: Definition, c: Condition, t: Words): string {
  const questions = def.pages.flatMap((p) => p.items.filter(isQuestion));
  const rule = (r: ConditionRule) => {
    const q = questions.find((x) => x.id === r.question);
    const label = q?.label ?? r.question;
    const valueLabel = (v: string | number) => {
      if (q?.type === 'yesno') return v === 'yes' ? t.yes : t.no;
      const options = q && 'options' in q ? q.options : [];
      return options.find((o) => o.value === String(v))?.label ?? String(v);
    };
    const values = (Array.isArray(r.value) ? r.value : r.value === undefined ? [] : [r.value]).map(
      valueLabel,
    );
    return t.paperRule(r.op, label, values);
  };
  return t.paperCondition(c.rules.map(rule), c.match);
}

function question(q: Question, def: Definition, t: Words): TemplateResult {
  const choices = (list: { label: string }[]) =>
    html`<ul class="boxes">${list.map((o) => box(o.label))}</ul>`;
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'dropdown':
      return html`${choices(q.options)}${'other' in q && q.other ? html`<ul class="boxes">${box(`${t.other} :`)}</ul>${lines(1)}` : nothing}`;
    case 'yesno':
      return choices([{ label: t.yes }, { label: t.no }]);
    case 'consent':
      return html`<ul class="boxes">${box(q.text)}</ul>`;
    case 'scale': {
      const steps = [];
      for (let n = q.min; n <= q.max; n++)
        steps.push({
          label:
            n === q.min && q.minLabel
              ? t.scaleEnd(n, q.minLabel)
              : n === q.max && q.maxLabel
                ? t.scaleEnd(n, q.maxLabel)
                : String(n),
        });
      return html`<ul class="boxes inline">${steps.map((s) => box(s.label))}</ul>`;
    }
    case 'matrix':
      return html`<table class="matrix"><thead><tr><td></td>${q.columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
        <tbody>${q.rows.map((r) => html`<tr><th scope="row">${r.label}</th>${q.columns.map(() => html`<td><span class="box"></span></td>`)}</tr>`)}</tbody></table>`;
    case 'ranking':
      return html`<p class="cc-muted">${t.paperRanking(q.options.length)}</p>
        <ul class="boxes">${q.options.map((o) => html`<li><span class="box wide" aria-hidden="true"></span> ${o.label}</li>`)}</ul>`;
    case 'textarea':
      return lines(5);
    default:
      return lines(1);
  }
}

function item(i: QuestionnaireItem, def: Definition, t: Words, level: number) {
  const condition = i.showIf
    ? html`<p class="condition">${conditionText(def, i.showIf, t)}</p>`
    : nothing;
  if (i.type === 'section')
    return html`${condition}${heading(level, i.title, { class: 'section' })}`;
  if (i.type === 'info') return html`${condition}<p class="info">${i.text}</p>`;
  return html`<div class="paper-question">${condition}
    <p class="paper-label"><strong>${i.label}</strong>${i.required || i.type === 'consent' ? html` <span class="mark">${t.paperRequired}</span>` : nothing}</p>
    ${i.hint ? html`<p class="hint cc-muted">${i.hint}</p>` : nothing}
    ${question(i, def, t)}</div>`;
}

/** Every page, blank. */
export function renderPaper(def: Definition, t: Words, level: number): TemplateResult {
  return html`<div class="paper">
    ${def.description ? html`<p>${def.description}</p>` : nothing}
    <p class="cc-muted">${t.paperIntro}</p>
    ${def.pages.map(
      (p) => html`<section class="paper-page">
        ${heading(level, p.title, { class: 'page-heading' })}
        ${p.showIf ? html`<p class="condition">${conditionText(def, p.showIf, t)}</p>` : nothing}
        ${p.description ? html`<p>${p.description}</p>` : nothing}
        ${p.items.map((i) => item(i, def, t, level + 1))}
      </section>`,
    )}
  </div>`;
}
