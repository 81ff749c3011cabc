// What changed between two versions of a questionnaire, question by question: added, removed, changed (and how),
// moved — in words, for the history of the editor.
import { html, type TemplateResult } from 'lit';
import type { Locale, QuestionnaireInput } from '@conseils-citoyens/schemas';
import { questionnaireDiff } from '@conseils-citoyens/schemas/questionnaire-diff.js';
import { nameOf } from '@conseils-citoyens/schemas/questionnaire-wording.js';
import { diffGroup } from '@conseils-citoyens/core/controllers/document-history.js';
import { historyStrings } from '@conseils-citoyens/core/controllers/history-strings.js';
import type { EditorStrings } from '../translations/editor-fr.js';

export function renderQuestionnaireDiff(
  before: QuestionnaireInput,
  after: QuestionnaireInput,
  t: EditorStrings,
  locale: Locale,
): TemplateResult {
  const h = historyStrings.of(locale);
  const d = questionnaireDiff(before, after);
  const name = (id: string) => nameOf(after, id) || nameOf(before, id);
  if (!d.added.length && !d.removed.length && !d.changed.length && !d.moved.length)
    return html`<p>${h.diffNone}</p>`;
  return html`<div class="diff">
    ${diffGroup(
      h.diffAdded,
      d.added.map((id) => nameOf(after, id)),
    )}
    ${diffGroup(
      h.diffRemoved,
      d.removed.map((id) => nameOf(before, id)),
    )}
    ${diffGroup(
      h.diffChanged,
      d.changed.map((c) => `${name(c.id)} : ${c.parts.map((p) => t.parts[p]).join(', ')}`),
    )}
    ${diffGroup(h.diffMoved, d.moved.map(name))}
  </div>`;
}
