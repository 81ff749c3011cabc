// How an editor of a document shows where saving stands and, when someone else saved first, both versions side by
// side with the choice of which to keep: the questionnaire editor and the charte builder say it the same way.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { DocumentAutosaveController } from '../controllers/document-autosave.js';
import type { Locale } from '@conseils-citoyens/schemas';
import { autosaveStrings } from './autosave-strings.js';

type Autosave = Pick<
  DocumentAutosaveController<never>,
  'state' | 'savedAt' | 'held' | 'error' | 'retry'
>;

const time = (iso: string | undefined, locale: Locale) =>
  iso
    ? new Date(iso).toLocaleTimeString(locale === 'fr' ? 'fr-FR' : 'en-GB', {
        hour: '2-digit',
        minute: '2-digit',
      })
    : '';

/** « Enregistré à 18:42. », « Pas enregistré : … » with « Réessayer »; `badge` says which version is being edited. */
export function renderAutosaveStatus(a: Autosave, locale: Locale, badge?: string): TemplateResult {
  const t = autosaveStrings.of(locale).state;
  const text =
    a.state === 'saved'
      ? t.saved(time(a.savedAt, locale))
      : a.state === 'held'
        ? t.held(a.held ?? '')
        : a.state === 'failed'
          ? t.failed(a.error?.messageFor(locale) ?? '')
          : t[a.state];
  return html`<div class="status" part="status">
    <p role="status" class=${a.state === 'failed' || a.state === 'conflict' ? 'cc-error' : 'cc-muted'}>${
      badge ? html`<span class="badge">${badge}</span> ` : nothing
    }${text}</p>
    ${
      a.state === 'failed'
        ? html`<button type="button" part="retry" class="cc-button" data-variant="secondary" @click=${() => void a.retry()}>${autosaveStrings.of(locale).retry}</button>`
        : nothing
    }
  </div>`;
}

export interface ConflictView {
  /** Who saved the other version, and its number. */
  who: string;
  version: number;
  mine: TemplateResult;
  theirs: TemplateResult;
  choose: (choice: 'mine' | 'theirs') => void;
}

/** Both versions side by side, nothing lost: « Garder ma version » or « Prendre leur version ». */
export function renderConflict(c: ConflictView, locale: Locale): TemplateResult {
  const t = autosaveStrings.of(locale);
  return html`<div class="conflict cc-error" role="region" aria-labelledby="conflict-title">
    <p id="conflict-title"><strong>${t.conflictTitle}</strong></p>
    <p>${t.conflictText(c.who, c.version)}</p>
    <div class="sides">
      <div class="side"><p class="side-title"><strong>${t.mine}</strong></p>${c.mine}</div>
      <div class="side"><p class="side-title"><strong>${t.theirs(c.who)}</strong></p>${c.theirs}</div>
    </div>
    <div class="row-actions">
      <button type="button" class="cc-button" @click=${() => c.choose('mine')}>${t.keepMine}</button>
      <button type="button" class="cc-button" data-variant="secondary" @click=${() => c.choose('theirs')}>${t.takeTheirs}</button>
    </div>
  </div>`;
}

/** An editor's bar (where saving stands, its actions, kept in view), its badges, « Annuler » and both versions. */
export const autosaveStyles = css`
  .toolbar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space-2);
    position: sticky; top: 0; z-index: 1; padding: var(--_space-2) 0; background: var(--_color-background-default); }
  .badge { display: inline-block; padding: 0 var(--_space-1); border: 1px solid currentColor; border-radius: var(--_radius-m); }
  .row-actions { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; }
  .undo { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; }
  .status { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); }
  .status p { margin: 0; }
  .conflict { padding: var(--_space-3); margin: var(--_space-3) 0; }
  .sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr)); gap: var(--_space-3); }
  .side { overflow-wrap: anywhere; }
`;
