// Field rendering shared by every form: a visible label with « (obligatoire) » in words, hint and error linked by
// aria-describedby, aria-invalid, autocomplete; label, hint, error and control in the same shadow root (ARIA id
// references do not cross shadow roots). Ids: `f-<name>`, `f-<name>-hint`, `f-<name>-error`.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FormStrings } from './form-strings.js';

export interface FieldState {
  /** The control's name, and the base of its ids. */
  name: string;
  label: string;
  required: boolean;
  hint?: string;
  /** Shown after interaction or submit, never while the first character is typed. */
  error?: string;
}

export interface TextFieldOptions extends FieldState {
  value: string;
  type?: 'text' | 'email' | 'tel' | 'number' | 'date' | 'datetime-local' | 'url';
  /** WCAG 1.3.5: the purpose of the field (`given-name`, `email`…), `off` when it has none. */
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal' | 'url';
  spellcheck?: boolean;
  /** A multi-line field of this many rows. */
  rows?: number;
  maxlength?: number;
  min?: number | string;
  max?: number | string;
  step?: number;
}

export interface ChoiceFieldOptions extends FieldState {
  type: 'radio' | 'checkbox';
  options: readonly { value: string; label: string }[];
  /** The chosen value (radio) or values (checkbox). */
  value: string | readonly string[];
}

export const fieldId = (name: string) => `f-${name}`;

function describedBy(f: FieldState): string | undefined {
  return (
    [f.hint ? `${fieldId(f.name)}-hint` : '', f.error ? `${fieldId(f.name)}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined
  );
}

/** The label's words; the space lives inside the span, as Chromium drops a bare one between text and an element. */
function labelText(f: FieldState, t: FormStrings): TemplateResult {
  return html`${f.label}<span class="mark">${`\u00a0${f.required ? t.required : t.optional}`}</span>`;
}

function messages(f: FieldState, t: FormStrings): TemplateResult {
  return html`${f.hint ? html`<p id="${fieldId(f.name)}-hint" class="hint cc-muted" part="hint">${f.hint}</p>` : nothing}
    ${f.error ? html`<p id="${fieldId(f.name)}-error" class="field-error" part="error"><span class="visually-hidden">${t.errorPrefix}</span>${f.error}</p>` : nothing}`;
}

/** A one-line or multi-line text field (text, e-mail, phone, number, date). */
export function renderTextField(f: TextFieldOptions, t: FormStrings): TemplateResult {
  const id = fieldId(f.name);
  const common = { describedBy: describedBy(f), invalid: f.error ? 'true' : 'false' };
  const control = f.rows
    ? html`<textarea id=${id} name=${f.name} rows=${f.rows} maxlength=${ifDefined(f.maxlength)} .value=${f.value}
        aria-describedby=${ifDefined(common.describedBy)} aria-invalid=${common.invalid} ?required=${f.required}></textarea>`
    : html`<input id=${id} name=${f.name} .value=${f.value} type=${f.type ?? 'text'} autocomplete=${f.autocomplete ?? 'off'}
        inputmode=${ifDefined(f.inputmode)} spellcheck=${ifDefined(f.spellcheck === undefined ? undefined : String(f.spellcheck))}
        maxlength=${ifDefined(f.maxlength)} min=${ifDefined(f.min)} max=${ifDefined(f.max)} step=${ifDefined(f.step)}
        aria-describedby=${ifDefined(common.describedBy)} aria-invalid=${common.invalid} ?required=${f.required}>`;
  return html`<div class="field" part="field">
    <label for=${id} part="label">${labelText(f, t)}</label>
    ${messages(f, t)}
    ${control}
  </div>`;
}

/** Radios or checkboxes in a fieldset whose legend is the question; the first control carries `f-<name>`. */
export function renderChoiceField(f: ChoiceFieldOptions, t: FormStrings): TemplateResult {
  const chosen = typeof f.value === 'string' ? [f.value] : f.value;
  const idOf = (i: number, value: string) =>
    i === 0 ? fieldId(f.name) : `${fieldId(f.name)}-${value}`;
  return html`<fieldset class="field" part="field" aria-describedby=${ifDefined(describedBy(f))} aria-invalid=${f.error ? 'true' : nothing}>
    <legend part="label">${labelText(f, t)}</legend>
    ${messages(f, t)}
    ${f.options.map(
      (o, i) => html`<div class="choice">
      <input type=${f.type} name=${f.name} id=${idOf(i, o.value)} value=${o.value} .checked=${chosen.includes(o.value)}
        ?required=${f.required && f.type === 'radio'}>
      <label for=${idOf(i, o.value)}>${o.label}</label></div>`,
    )}
  </fieldset>`;
}

/**
 * The summary shown after a failed submit: the errors as links to their fields, named with the field's label.
 * It takes the focus (`tabindex=-1`); `focus(id)` moves to a field from a link.
 */
export function renderErrorSummary(
  errors: ReadonlyMap<string, string>,
  labelOf: (name: string) => string,
  t: FormStrings,
  focus: (id: string) => void,
): TemplateResult | typeof nothing {
  if (!errors.size) return nothing;
  return html`<div id="error-summary" class="cc-error error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <p id="error-summary-title"><strong>${t.summaryTitle(errors.size)}</strong></p>
    <ul>${[...errors].map(
      ([name, message]) => html`<li>
      <a href="#${fieldId(name)}" aria-label=${`${labelOf(name)} : ${message}`}
        @click=${(e: Event) => {
          e.preventDefault();
          focus(fieldId(name));
        }}>${message}</a></li>`,
    )}</ul>
  </div>`;
}

/** The submit button: `aria-disabled` while sending (a disabled button would drop the keyboard focus). */
export function renderSubmit(
  label: string,
  pending: boolean,
  pendingLabel: string,
): TemplateResult {
  return html`<button type="submit" part="submit" class="cc-button" aria-disabled=${pending ? 'true' : 'false'}>${pending ? pendingLabel : label}</button>`;
}
