// The members' comments as the consultation page and the builder show them: each one's text as written (Lit escapes
// it: a comment is text, never markup), then who wrote it and when.
import { html, type TemplateResult } from 'lit';
import type { DocumentComment, Locale } from '@conseils-citoyens/schemas';
import { formatDate } from '@conseils-citoyens/core/i18n/locale.js';
import type { ConsultationStrings } from '../translations/consultation-fr.js';

export function renderCommentList(
  comments: readonly DocumentComment[],
  t: ConsultationStrings,
  locale: Locale,
): TemplateResult {
  return html`<ul class="comment-list">${comments.map(
    (c) => html`<li class="comment" data-comment-id=${c.id}>
      ${c.body.split('\n').map((line) => html`<p>${line}</p>`)}
      <p class="comment-by cc-muted">— ${t.by(c.author, formatDate(c.createdAt, locale, { dateStyle: 'long' }))}</p>
    </li>`,
  )}</ul>`;
}

/** The comments by article, in the order they were written. */
export function commentsByArticle(
  comments: readonly DocumentComment[],
): Map<string, DocumentComment[]> {
  const out = new Map<string, DocumentComment[]>();
  for (const c of comments) out.set(c.article, [...(out.get(c.article) ?? []), c]);
  return out;
}
