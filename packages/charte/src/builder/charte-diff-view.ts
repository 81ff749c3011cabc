// What changed between two versions of a charte, in the history of the builder: articles added, removed and
// reworded — each rewording word by word (the diff library keeps French words whole), the words taken out struck
// through and named « supprimé », the words put in underlined and named « ajouté », so it reads without colour too.
// Loaded when the history is opened: a resident never downloads it.
import { html, nothing, type TemplateResult } from 'lit';
import { diffWords } from 'diff';
import type { AdoptedText, Locale } from '@conseils-citoyens/schemas';
import { charteDiff } from '@conseils-citoyens/schemas/charte-diff.js';
import { diffGroup } from '@conseils-citoyens/core/controllers/document-history.js';
import { historyStrings } from '@conseils-citoyens/core/controllers/history-strings.js';
import type { BuilderStrings } from '../translations/builder-fr.js';

/** A text's rewording, word by word. */
export function wordChanges(before: string, after: string, t: BuilderStrings): TemplateResult {
  return html`<span class="words">${diffWords(before, after).map((part) =>
    part.added
      ? html`<ins><span class="visually-hidden">${t.wordIn} </span>${part.value}</ins>`
      : part.removed
        ? html`<del><span class="visually-hidden">${t.wordOut} </span>${part.value}</del>`
        : part.value,
  )}</span>`;
}

export function renderCharteDiff(
  before: AdoptedText,
  after: AdoptedText,
  t: BuilderStrings,
  locale: Locale,
): TemplateResult {
  const h = historyStrings.of(locale);
  const d = charteDiff(before, after);
  if (!d.added.length && !d.removed.length && !d.changed.length)
    return html`<p>${h.diffNone}${d.renumbered.length ? ` ${t.renumbered(d.renumbered.length)}` : ''}</p>`;
  return html`<div class="diff">
    ${diffGroup(
      h.diffAdded,
      d.added.map((a) => `${t.article(a.number)} — ${a.title}`),
    )}
    ${diffGroup(
      h.diffRemoved,
      d.removed.map((a) => `${t.article(a.number)} — ${a.title}`),
    )}
    ${diffGroup(
      h.diffChanged,
      d.changed.map(
        ({ before: b, after: a }) =>
          html`<strong>${t.article(a.number)} — ${
            b.title === a.title ? a.title : wordChanges(b.title, a.title, t)
          }</strong><br>${b.text === a.text ? nothing : wordChanges(b.text, a.text, t)}`,
      ),
    )}
    ${d.renumbered.length ? html`<p>${t.renumbered(d.renumbered.length)}</p>` : nothing}
  </div>`;
}
