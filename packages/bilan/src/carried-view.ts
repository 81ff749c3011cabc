// Last year's actions in this year's review, to say what became of each: done, in progress, postponed, dropped, with
// a word of explanation. Saved one action at a time, like the items.
import { html, nothing, type TemplateResult } from 'lit';
import type {
  ActionOutcome,
  CarriedAction,
  CarriedActionPatch,
  Locale,
} from '@conseils-citoyens/schemas';
import { ACTION_OUTCOMES } from '@conseils-citoyens/schemas/bilan-constants.js';
import { ACTION_OUTCOME_LABELS } from '@conseils-citoyens/schemas/bilan-wording.js';
import type { PartState } from '@conseils-citoyens/core/controllers/part-autosave.js';
import { formatDate } from '@conseils-citoyens/core/i18n/locale.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import type { BilanStrings } from './translations/fr.js';

export interface CarriedViewContext {
  t: BilanStrings;
  locale: Locale;
  level: number;
  readonly: boolean;
  /** Each action as shown (saved, with this device's changes on top) and where its save stands. */
  shown(item: string): CarriedAction;
  state(item: string): PartState | undefined;
  change(item: string, patch: CarriedActionPatch, typing?: boolean): void;
}

export function renderCarriedEditable(
  actions: CarriedAction[],
  c: CarriedViewContext,
): TemplateResult {
  const { t, locale } = c;
  const date = (d: string) => formatDate(`${d}T12:00:00Z`, locale, { dateStyle: 'long' });
  return html`<section class="carried">
    ${heading(c.level, t.carriedTitle, { class: 'section-title' })}
    ${
      actions.length
        ? html`<ul class="carried-list">${actions.map(({ item }) => {
            const a = c.shown(item);
            const state = c.state(item);
            return html`<li><fieldset class="carried-box" ?disabled=${c.readonly}
              @change=${(e: Event) => {
                const input = e.target as HTMLInputElement;
                if (input.type === 'radio')
                  c.change(item, { outcome: input.value as ActionOutcome });
              }}>
              <legend>${a.what}</legend>
              <p class="cc-muted">${[a.who, a.by && date(a.by)].filter(Boolean).join(', ')}</p>
              <div class="ladder" role="radiogroup" aria-label=${t.outcome}>${ACTION_OUTCOMES.map(
                (o) =>
                  html`<label class="rung"><input type="radio" name="carried--${item}" value=${o} .checked=${a.outcome === o}>${ACTION_OUTCOME_LABELS[locale][o]}</label>`,
              )}</div>
              <label for="outcome-note-${item}">${t.outcomeNote}</label>
              <input id="outcome-note-${item}" type="text" maxlength="1000" .value=${a.outcomeNote ?? ''}
                @input=${(e: Event) => c.change(item, { outcomeNote: (e.target as HTMLInputElement).value || null }, true)}>
              ${state ? html`<p class="part-state cc-muted">${t.part[state]}</p>` : nothing}
            </fieldset></li>`;
          })}</ul>`
        : html`<p class="cc-muted">${t.carriedNone}</p>`
    }
  </section>`;
}
