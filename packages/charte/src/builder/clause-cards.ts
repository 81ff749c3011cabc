// One article of the charte as the builder lists it. A library clause: its title, what it is (restates the law,
// optional, rewritten, left out), its text, and what may be done with it — rewritten beside the library's wording,
// put back to that wording, left out and put back; a locked or required one says why it stays. A clause of the
// council's own: its title and text to write, deleted (with « Annuler »). Outside the preamble and the principles,
// either kind moves up and down within its part.
import { html, nothing, type TemplateResult } from 'lit';
import type { ClauseView, OwnClause } from '@conseils-citoyens/schemas';
import { fieldId, renderTextField } from '@conseils-citoyens/core/form/fields.js';
import type { FormStrings } from '@conseils-citoyens/core/form/form-strings.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import type { BuilderStrings } from '../translations/builder-fr.js';

export interface ClauseActions {
  t: BuilderStrings;
  common: FormStrings;
  level: number;
  /** The clauses whose rewriting area is open. */
  editing: ReadonlyMap<string, string | null>;
  toggleEdit: (id: string) => void;
  resetText: (id: string) => void;
  setRemoved: (id: string, removed: boolean) => void;
  /** Where the article stands in its part, when it may move there (the « Articles » step, not the head parts). */
  placement?: (id: string) => Placement | undefined;
}

/** An article's place in its part, from 0, among `count`, and how to move it. */
export interface Placement {
  place: number;
  count: number;
  move: (id: string, delta: -1 | 1, button: HTMLButtonElement) => void;
}

/** « ↑ Monter » and « ↓ Descendre »: at either end, still focusable but `aria-disabled`, so the focus never jumps. */
function renderMoveButtons(
  id: string,
  label: string,
  p: Placement,
  t: BuilderStrings,
): TemplateResult {
  const button = (delta: -1 | 1, at: boolean, aria: string, arrow: string, text: string) =>
    html`<button type="button" class="cc-button" data-variant="secondary" data-move=${delta} aria-label=${aria}
      aria-disabled=${at ? 'true' : 'false'}
      @click=${(e: Event) => p.move(id, delta, e.currentTarget as HTMLButtonElement)}><span aria-hidden="true">${arrow}</span> ${text}</button>`;
  return html`${button(-1, p.place === 0, t.moveUp(label), '↑', t.up)}${button(1, p.place === p.count - 1, t.moveDown(label), '↓', t.down)}`;
}

const badge = (text: string) => html`<span class="badge">${text}</span>`;

export function renderClauseCard(v: ClauseView, a: ClauseActions): TemplateResult {
  const { t, clause } = { t: a.t, clause: v.clause };
  const open = a.editing.has(clause.id) && !v.removed;
  const text = v.own ?? v.wording;
  const name = `clause-${clause.id}`;
  const placement = a.placement?.(clause.id);
  return html`<article class="clause ${v.removed ? 'removed' : ''}" part="clause" aria-labelledby="c-${clause.id}" data-clause=${clause.id} data-article=${clause.id}>
    ${heading(a.level, clause.title, { id: `c-${clause.id}`, class: 'clause-title', focusable: true })}
    <p class="badges">${[
      clause.locked ? t.lockedBadge : '',
      clause.optional ? t.optionalBadge : '',
      v.own !== undefined ? t.changedBadge : '',
      v.removed ? t.removedBadge : '',
    ]
      .filter(Boolean)
      .map((b) => html`${badge(b)} `)}</p>
    ${
      v.removed
        ? html`<p class="cc-muted">${t.removedNote}</p>`
        : open
          ? html`${renderTextField(
              {
                name,
                label: t.textLabel(clause.title),
                required: false,
                hint: t.textHint,
                value: text,
                rows: Math.min(12, 3 + Math.ceil(text.length / 80)),
                maxlength: 10000,
              },
              a.common,
            )}
            ${
              v.own !== undefined
                ? html`<div class="library-text"><p><strong>${t.libraryText}</strong></p><p>${v.wording}</p></div>`
                : nothing
            }`
          : html`<p class="clause-text">${text}</p>`
    }
    ${
      clause.locked
        ? html`<p class="why cc-muted">${t.lockedWhy}</p>${
            clause.source
              ? html`<p class="source cc-muted">${t.source} : ${
                  clause.source.url
                    ? html`<a class="cc-link" href=${clause.source.url} rel="noopener">${clause.source.text}</a>`
                    : clause.source.text
                }${clause.source.article ? `, ${clause.source.article}` : ''}.</p>`
              : nothing
          }`
        : nothing
    }
    ${!clause.locked && !clause.optional ? html`<p class="why cc-muted">${t.requiredWhy}</p>` : nothing}
    <div class="row-actions">
      ${placement ? renderMoveButtons(clause.id, clause.title, placement, t) : nothing}
      ${
        !clause.locked && !v.removed
          ? html`<button type="button" class="cc-button" data-variant="secondary" data-action="edit"
              aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? fieldId(name) : nothing}
              @click=${() => a.toggleEdit(clause.id)}>${open ? t.closeEdit : t.editText(clause.title)}</button>`
          : nothing
      }
      ${
        v.own !== undefined && !v.removed
          ? html`<button type="button" class="cc-button" data-variant="secondary" data-action="reset"
              @click=${() => a.resetText(clause.id)}>${t.resetText}</button>`
          : nothing
      }
      ${
        clause.optional && !clause.locked
          ? html`<button type="button" class="cc-button" data-variant="secondary" data-action=${v.removed ? 'restore' : 'remove'}
              @click=${() => a.setRemoved(clause.id, !v.removed)}>${v.removed ? t.restore(clause.title) : t.remove(clause.title)}</button>`
          : nothing
      }
    </div>
  </article>`;
}

export interface OwnActions {
  t: BuilderStrings;
  common: FormStrings;
  level: number;
  /** Its place among the articles of its part, when it may move there. */
  placement?: Placement | undefined;
  errors: ReadonlyMap<string, string>;
  remove: (id: string) => void;
}

/** A clause the council wrote: its title and text edited in place (the inputs' names carry its id). */
export function renderOwnCard(o: OwnClause, a: OwnActions): TemplateResult {
  const t = a.t;
  const label = o.title || t.ownBadge;
  return html`<article class="clause own" part="clause" aria-labelledby="c-${o.id}" data-own=${o.id} data-article=${o.id}>
    ${heading(a.level, label, { id: `c-${o.id}`, class: 'clause-title', focusable: true })}
    <p class="badges">${badge(t.ownBadge)}</p>
    ${renderTextField(
      {
        name: `own-title-${o.id}`,
        label: t.ownTitle(label),
        required: true,
        value: o.title,
        maxlength: 200,
        ...(a.errors.get(`own-title-${o.id}`) ? { error: a.errors.get(`own-title-${o.id}`)! } : {}),
      },
      a.common,
    )}
    ${renderTextField(
      {
        name: `own-body-${o.id}`,
        label: t.ownBody(label),
        required: true,
        hint: t.textHint,
        value: o.body,
        rows: 4,
        maxlength: 10000,
        ...(a.errors.get(`own-body-${o.id}`) ? { error: a.errors.get(`own-body-${o.id}`)! } : {}),
      },
      a.common,
    )}
    <div class="row-actions">
      ${a.placement ? renderMoveButtons(o.id, label, a.placement, t) : nothing}
      <button type="button" class="cc-button" data-variant="secondary" data-action="delete"
        @click=${() => a.remove(o.id)}>${t.deleteOwn(label)}</button>
    </div>
  </article>`;
}
