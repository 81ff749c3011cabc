import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { CharteText, Consultation, DocumentComment } from '@conseils-citoyens/schemas';
import { renderApiError } from '@conseils-citoyens/core/api/api-error-view.js';
import { editLinkFromFragment } from '@conseils-citoyens/core/api/edit-link.js';
import { ApiError } from '@conseils-citoyens/core/api/errors.js';
import { staffApi } from '@conseils-citoyens/core/api/staff-client.js';
import { CcElement } from '@conseils-citoyens/core/base-element.js';
import {
  DraftController,
  type DraftValues,
} from '@conseils-citoyens/core/controllers/draft-controller.js';
import { ModalDialogController } from '@conseils-citoyens/core/dialog/modal-dialog.js';
import { fieldId, renderSubmit, renderTextField } from '@conseils-citoyens/core/form/fields.js';
import { formStrings, type FormStrings } from '@conseils-citoyens/core/form/form-strings.js';
import { formStyles } from '@conseils-citoyens/core/form/form.styles.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import { formatDate } from '@conseils-citoyens/core/i18n/locale.js';
import { LocaleTable } from '@conseils-citoyens/core/i18n/locale-table.js';
import { uiStyles } from '@conseils-citoyens/core/theme/ui.styles.js';
import './cc-charte.js';
import type { ShownArticle, ShownCharte } from './charte.js';
import { commentsByArticle, renderCommentList } from './consultation/comment-list.js';
import { consultationStyles } from './consultation/consultation.styles.js';
import type {} from './charte-consultation.events.js';
import { consultationFr, type ConsultationStrings } from './translations/consultation-fr.js';

const STRINGS = new LocaleTable<ConsultationStrings>(consultationFr, () =>
  import('./translations/consultation-en.js').then((m) => m.consultationEn),
);

const AUTHOR_MAX = 100;
const BODY_MAX = 2000;

/**
 * The page a council member opens from the consultation link: the version of the charte submitted to them, and under
 * each article the comments already made and « Commenter l'article 3 », which asks their name and their comment in a
 * dialog. What they type stays on the device until it is sent (a reload, a lost connection, a refusal lose nothing).
 * Once the consultation is closed the page still shows the text and the comments, and takes no more.
 *
 * @summary Lire une charte soumise à la consultation et la commenter article par article.
 * @tag cc-charte-consultation
 *
 * @fires cc-charte-comment - A comment was sent (`detail.article`, `detail.version`).
 *
 * @csspart heading - The page's title.
 * @csspart status - Until when comments are taken, or since when they are not.
 * @csspart dialog - The comment dialog.
 * @csspart error - An API error block.
 * @csspart retry - A retry button.
 * @csspart config-error - The message shown when no API or no charte is configured.
 */
export class CcCharteConsultation extends CcElement {
  static override styles = [...CcElement.styles, uiStyles, formStyles, consultationStyles];
  static override strings = [...CcElement.strings, formStrings, STRINGS];

  /** The charte under consultation; the link's secret is read from the page address (`#cc-edit=…`). */
  @property({ attribute: 'charte-id' }) charteId?: string;

  @state() private comments: DocumentComment[] = [];
  /** The article being commented on (the dialog is open). */
  @state() private writing?: ShownArticle;
  @state() private errors = new Map<string, string>();
  @state() private sendError?: unknown;
  @state() private sending = false;
  @state() private announcement = '';
  /** What was typed: the name, and each article's comment (`body:<article>`), kept until sent. */
  @state() private typed: DraftValues = {};

  private readonly draft = new DraftController(this, {
    key: () => `charte-comment:${this.charteId ?? ''}`,
  });

  private readonly modal = new ModalDialogController(this, {
    titleId: 'comment-title',
    onClose: () => {
      this.writing = undefined;
      this.sendError = undefined;
      this.errors = new Map();
    },
  });

  private readonly load = new Task(this, {
    args: () => [this.client, this.charteId] as const,
    task: async ([client, id], { signal }) => {
      if (!client || !id) return undefined;
      const api = staffApi(client);
      const o = { signal, ...this.link() };
      const consultation = await api.getConsultation(id, o);
      if (!consultation) return null; // never submitted to its members
      // The text assembled by the backend: this page carries neither the clause library nor the assembling code.
      const [charte, comments] = await Promise.all([
        api.getCharteText(id, consultation.version, o),
        api.listComments(id, consultation.version, o),
      ]);
      this.comments = comments.items;
      this.typed = this.draft.load() ?? {};
      return { consultation, charte };
    },
  });

  private link(): { editLink?: string } {
    const editLink = editLinkFromFragment();
    return editLink ? { editLink } : {};
  }

  private get t(): ConsultationStrings {
    return STRINGS.of(this.locale);
  }

  private value(name: string): string {
    const v = this.typed[name];
    return typeof v === 'string' ? v : '';
  }

  private onInput(e: Event): void {
    const control = e.target as HTMLInputElement | HTMLTextAreaElement;
    const name = control.name === 'comment-author' ? 'author' : `body:${this.writing?.id ?? ''}`;
    this.typed = { ...this.typed, [name]: control.value };
    this.draft.save(this.typed);
    if (this.errors.size) this.errors = this.check();
  }

  /** Each problem of the comment being written, named with its field, in the form's order. */
  private check(): Map<string, string> {
    const t = this.t;
    const out = new Map<string, string>();
    const author = this.value('author').trim();
    const body = this.value(`body:${this.writing?.id ?? ''}`).trim();
    if (!author) out.set('comment-author', t.blank(t.author));
    else if (author.length > AUTHOR_MAX) out.set('comment-author', t.tooLong(t.author, AUTHOR_MAX));
    if (!body) out.set('comment-body', t.blank(t.body));
    else if (body.length > BODY_MAX) out.set('comment-body', t.tooLong(t.body, BODY_MAX));
    return out;
  }

  private openComment(article: ShownArticle, opener: HTMLElement): void {
    this.writing = article;
    this.errors = new Map();
    this.sendError = undefined;
    void this.modal.open(opener);
  }

  private async send(e: Event, c: Consultation): Promise<void> {
    e.preventDefault();
    const article = this.writing;
    if (!article || this.sending || !this.client || !this.charteId) return;
    this.errors = this.check();
    if (this.errors.size) return this.focusField([...this.errors.keys()][0]!);
    this.sending = true;
    this.sendError = undefined;
    try {
      const made = await staffApi(this.client).addComment(
        this.charteId,
        c.version,
        {
          article: article.id,
          author: this.value('author').trim(),
          body: this.value(`body:${article.id}`).trim(),
        },
        this.link(),
      );
      this.comments = [...this.comments, made];
      const { [`body:${article.id}`]: _, ...rest } = this.typed;
      this.typed = rest;
      this.draft.save(rest);
      this.announcement = this.t.sent(article.number);
      this.modal.close();
      this.emit('cc-charte-comment', { article: article.id, version: c.version });
    } catch (error) {
      this.sendError = error;
      // The server names the field it refuses; a closed consultation reloads, so the page says it is closed.
      if (error instanceof ApiError && error.fieldErrors.length)
        this.errors = new Map(
          error.fieldErrors.map((f) => [
            f.field === 'author' ? 'comment-author' : 'comment-body',
            f.message,
          ]),
        );
      if (error instanceof ApiError && error.code === 'consultation_closed') void this.load.run();
    } finally {
      this.sending = false;
    }
  }

  private async focusField(name: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(name)}`)?.focus();
  }

  override render(): TemplateResult {
    const unconfigured = this.renderUnconfigured();
    if (unconfigured) return unconfigured;
    if (!this.charteId) return this.renderConfigProblem(this.t.missing);
    return html`<section class="consultation" aria-labelledby="heading">${this.load.render({
      pending: () =>
        html`<div aria-busy="true"><div class="cc-skeleton"></div><div class="cc-skeleton"></div></div>`,
      error: (e) => this.renderLoadError(e),
      complete: (loaded) =>
        loaded === null
          ? html`<p class="cc-alert">${this.t.none}</p>`
          : loaded
            ? this.renderPage(loaded.consultation, loaded.charte)
            : nothing,
    })}</section>`;
  }

  /** A consultation closed (its link withdrawn or past its date) or no link at all, said in the members' words. */
  private renderLoadError(e: unknown): TemplateResult {
    const closed =
      e instanceof ApiError && (e.code === 'edit_link_revoked' || e.code === 'edit_link_expired');
    const noLink = e instanceof ApiError && e.kind === 'unauthorized' && !editLinkFromFragment();
    const said = closed ? this.t.ended : noLink ? this.t.needLink : undefined;
    return renderApiError(e, this.locale, noLink ? null : () => void this.load.run(), said);
  }

  private renderPage(c: Consultation, charte: CharteText): TemplateResult {
    const t = this.t;
    const date = (iso: string) => formatDate(iso, this.locale, { dateStyle: 'long' });
    const shown: ShownCharte = {
      title: charte.title,
      kind: charte.kind,
      adoptedText: { sections: charte.sections },
    };
    const byArticle = commentsByArticle(this.comments);
    return html`${heading(this.headingLevel, t.heading(charte.title), { id: 'heading', part: 'heading', class: 'heading' })}
      <p class=${c.open ? 'status cc-status' : 'status cc-alert'} part="status">${
        c.open
          ? t.openUntil(c.version, date(c.closesAt))
          : t.closedSince(c.version, date(c.closedAt ?? c.closesAt))
      }</p>
      ${
        c.message
          ? html`<figure class="message"><figcaption>${t.messageFrom(c.openedBy)}</figcaption><blockquote>${c.message}</blockquote></figure>`
          : nothing
      }
      ${c.open ? html`<p>${t.howTo}</p>` : nothing}
      <p class="count">${t.count(this.comments.length)}</p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <cc-charte .charte=${shown} heading-level=${Math.min(6, this.headingLevel + 1)} locale=${this.locale}
        .articleFooter=${(a: ShownArticle) => this.renderArticleComments(a, byArticle.get(a.id) ?? [], c.open)}></cc-charte>
      ${this.writing ? this.modal.render(this.renderDialog(c, this.writing)) : nothing}`;
  }

  /** Rendered inside <cc-charte>, under each article: the comments made, and « Commenter » while it is open. */
  private renderArticleComments(
    a: ShownArticle,
    comments: DocumentComment[],
    open: boolean,
  ): TemplateResult {
    const t = this.t;
    return html`<div class="comments" data-article=${a.id}>
      ${comments.length ? html`<p class="comments-title"><strong>${t.onArticle(comments.length)}</strong></p>${renderCommentList(comments, t, this.locale)}` : nothing}
      ${
        open
          ? html`<button type="button" class="cc-button" data-variant="secondary" data-comment=${a.id}
              @click=${(e: Event) => this.openComment(a, e.currentTarget as HTMLElement)}>${t.comment(a.number)}</button>`
          : nothing
      }
    </div>`;
  }

  private renderDialog(c: Consultation, a: ShownArticle): TemplateResult {
    const t = this.t;
    const common: FormStrings = formStrings.of(this.locale);
    const err = (name: string) => this.errors.get(name);
    return html`${heading(Math.min(6, this.headingLevel + 1), t.commentTitle(a.number, a.title), { id: 'comment-title', focusable: true })}
      <details class="article-text"><summary>${t.articleText}</summary>${a.text.split('\n').map((l) => html`<p>${l}</p>`)}</details>
      <form class="comment-form" novalidate @input=${this.onInput} @submit=${(e: Event) => void this.send(e, c)}>
        ${renderTextField({ name: 'comment-author', label: t.author, required: true, hint: t.authorHint, value: this.value('author'), maxlength: AUTHOR_MAX, autocomplete: 'name', ...(err('comment-author') ? { error: err('comment-author')! } : {}) }, common)}
        ${renderTextField({ name: 'comment-body', label: t.body, required: true, hint: t.bodyHint, value: this.value(`body:${a.id}`), rows: 6, maxlength: BODY_MAX, ...(err('comment-body') ? { error: err('comment-body')! } : {}) }, common)}
        ${this.sendError ? html`${renderApiError(this.sendError, this.locale, () => this.renderRoot.querySelector<HTMLFormElement>('form.comment-form')?.requestSubmit())}<p class="cc-muted">${t.kept}</p>` : nothing}
        <div class="row-actions">
          ${renderSubmit(t.send, this.sending, t.sending)}
          <button type="button" class="cc-button" data-variant="secondary" @click=${() => this.modal.close()}>${t.cancel}</button>
        </div>
      </form>`;
  }
}
