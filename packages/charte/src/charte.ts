import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { AdoptedText, AdoptionRecord, CharteInput } from '@conseils-citoyens/schemas';

/** One article as shown: its number, id, title, text, source. */
export type ShownArticle = AdoptedText['sections'][number]['articles'][number];
import {
  CHARTE_KIND_LABELS,
  CHARTE_SECTION_TITLES,
} from '@conseils-citoyens/schemas/charte-wording.js';
import { renderApiError } from '@conseils-citoyens/core/api/api-error-view.js';
import { renderDownloads } from '@conseils-citoyens/core/api/document-files-view.js';
import { CcElement } from '@conseils-citoyens/core/base-element.js';
import { jumpTo } from '@conseils-citoyens/core/dom/jump-to.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import { formatDate } from '@conseils-citoyens/core/i18n/locale.js';
import { coreStrings } from '@conseils-citoyens/core/i18n/translations.js';
import { LocaleTable } from '@conseils-citoyens/core/i18n/locale-table.js';
import { uiStyles } from '@conseils-citoyens/core/theme/ui.styles.js';
import { styles } from './charte.styles.js';
import type {} from './charte.events.js';
import { charteFr, type CharteStrings } from './translations/fr.js';

/** <cc-charte>'s words; the builder reuses the names of the file formats. */
export const charteStrings = new LocaleTable<CharteStrings>(charteFr, () =>
  import('./translations/en.js').then((m) => m.charteEn),
);

/** What the element shows: a charte with its text as adopted (or assembled by the builder for its preview). */
export type ShownCharte = Pick<CharteInput, 'title' | 'kind' | 'adoption' | 'adoptedText'> & {
  version?: number;
};

/**
 * The charte a council adopted, on the municipality's site: its title and kind, who adopted it, when and how, a table
 * of contents, the numbered articles — those that restate the law with their source, the council's own marked as
 * such — and « Imprimer ». It shows the text kept with the adopted version, so it reads as it was adopted. Light for
 * residents: the builder is another element, loaded apart.
 *
 * @summary La charte adoptée d'un conseil citoyen : sommaire, articles numérotés, sources, délibération d'adoption.
 * @tag cc-charte
 *
 * @fires cc-charte-edit - In the builder's preview, « Modifier » on an article (`detail.article`, `detail.step`).
 *
 * @csspart heading - The charte's title.
 * @csspart adoption - Who adopted it, when and how.
 * @csspart toc - The table of contents.
 * @csspart article - One article.
 * @csspart source - The source of an article that restates the law.
 * @csspart versions - The adopted versions and their notes.
 * @csspart error - An API error block.
 * @csspart retry - A retry button.
 * @csspart config-error - The message shown when no API or no charte is configured.
 */
export class CcCharte extends CcElement {
  static override styles = [...CcElement.styles, uiStyles, styles];
  static override strings = [...CcElement.strings, charteStrings];

  /** The charte to show: its last adopted version is loaded. */
  @property({ attribute: 'charte-id' }) charteId?: string;
  /** A charte given directly (a static site, the builder's preview). */
  @property({ attribute: false }) charte?: ShownCharte;
  /**
   * The builder's preview: step titles by id. Each article then offers « Modifier », to the step that produced it
   * (`articles` for the others), and fires `cc-charte-edit`.
   */
  @property({ attribute: false }) editSteps?: Record<string, string>;
  /**
   * What follows each article, rendered by the element that shows the charte for its own purpose: the members'
   * comments during a consultation. It renders in this element's shadow root, with its styles.
   */
  @property({ attribute: false }) articleFooter?: (article: ShownArticle) => unknown;

  /** An earlier adopted version being read, rather than the one in force. */
  @state() private earlier?: number;

  private readonly loaded = new Task(this, {
    args: () => [this.client, this.charteId, this.charte, this.earlier] as const,
    task: async ([client, id, given, earlier], { signal }): Promise<ShownCharte | undefined> =>
      given ??
      (client && id
        ? earlier
          ? client.getVersion('chartes', id, earlier, { signal })
          : client.getDocument('chartes', id, { signal })
        : undefined),
  });

  /**
   * The adopted versions, their notes and what changed from one to the next (the changelog, written from the texts as
   * adopted), read when « Versions adoptées » is opened.
   */
  private readonly versions = new Task(this, {
    autoRun: false,
    task: async (_: readonly unknown[], { signal }) => {
      const client = this.client;
      const id = this.charteId;
      if (!client || !id) return [];
      const [changelog, list] = await Promise.all([
        import('./changelog.js'),
        client.listVersions('chartes', id, { signal }),
      ]);
      this.changelog = changelog;
      const adopted = list.items.filter((v) => v.status === 'adopted');
      const texts = await Promise.all(
        adopted.map((v) => client.getVersion('chartes', id, v.version, { signal })),
      );
      return changelog.withChanges(
        adopted,
        texts.map((x) => x.adoptedText),
      );
    },
  });

  /** The changelog's code, loaded with the versions. */
  private changelog?: typeof import('./changelog.js');

  private get t(): CharteStrings {
    return charteStrings.of(this.locale);
  }

  private renderAdoption(a: AdoptionRecord, version?: number): TemplateResult {
    const t = this.t;
    const date = formatDate(`${a.date}T12:00:00Z`, this.locale, { dateStyle: 'long' });
    const vote =
      'consensus' in a.vote ? t.consensus : t.votes(a.vote.for, a.vote.against, a.vote.abstentions);
    return html`<div class="adoption" part="adoption">
      <p>${t.adopted(date, a.body)} ${vote}${version ? html` <span class="cc-muted">(${t.version(version)})</span>` : nothing}</p>
      ${a.signatories.length ? html`<p>${t.signatories} : ${a.signatories.join(' ; ')}</p>` : nothing}
    </div>`;
  }

  private renderText(text: AdoptedText): TemplateResult {
    const t = this.t;
    const titles = CHARTE_SECTION_TITLES[this.locale];
    const level = this.headingLevel + 1;
    return html`<nav part="toc" aria-labelledby="toc-title">
        ${heading(level, t.toc, { id: 'toc-title', class: 'toc-title' })}
        <ol>${text.sections.map(
          (s) =>
            html`<li><a class="cc-link" href="#s-${s.section}" @click=${(e: Event) => jumpTo(e, this.renderRoot, `s-${s.section}`)}>${titles[s.section]}</a></li>`,
        )}</ol>
      </nav>
      ${text.sections.map(
        (s) => html`<section aria-labelledby="s-${s.section}">
          ${heading(level, titles[s.section], { id: `s-${s.section}`, class: 'section-title', focusable: true })}
          ${s.articles.map(
            (a) => html`<article class="article" part="article" aria-labelledby="a-${a.number}">
              ${heading(level + 1, `${t.article(a.number)} — ${a.title}`, { id: `a-${a.number}`, class: 'article-title' })}
              ${a.text.split('\n').map((line) => html`<p>${line}</p>`)}
              ${
                a.source
                  ? html`<p class="source cc-muted" part="source">${t.restates} : <cite>${
                      a.source.url
                        ? html`<a class="cc-link" href=${a.source.url} rel="noopener">${a.source.text}</a>`
                        : a.source.text
                    }</cite>${a.source.article ? `, ${a.source.article}` : ''}.</p>`
                  : nothing
              }
              ${a.own ? html`<p class="own cc-muted">${t.own}</p>` : nothing}
              ${this.renderEditLink(a.number, a.id, a.step)}
              ${this.articleFooter?.(a) ?? nothing}
            </article>`,
          )}
        </section>`,
      )}`;
  }

  private renderEditLink(
    n: number,
    article: string,
    step = 'articles',
  ): TemplateResult | typeof nothing {
    const title = this.editSteps?.[step];
    if (!title) return nothing;
    return html`<p class="edit"><button type="button" class="cc-link" data-edit=${article}
      @click=${() => this.emit('cc-charte-edit', { article, step })}>${this.t.edit(n, title)}</button></p>`;
  }

  /** Earlier adopted versions, each with its date and note; one of them can be read in place. */
  private renderVersions(shown?: number): TemplateResult | typeof nothing {
    if (!this.charteId || this.charte) return nothing;
    const t = this.t;
    const when = (iso: string) => formatDate(iso, this.locale, { dateStyle: 'long' });
    return html`<details class="versions" part="versions" @toggle=${(e: Event) => {
      // Read once: closing and opening again shows what was read (a failure is retried by its button).
      if ((e.target as HTMLDetailsElement).open && this.versions.status === TaskStatus.INITIAL)
        void this.versions.run();
    }}><summary>${t.versionsTitle}</summary>${this.versions.render({
      pending: () => html`<div aria-busy="true" class="cc-skeleton"></div>`,
      error: (e) => renderApiError(e, this.locale, () => void this.versions.run()),
      complete: (items) =>
        html`<ol reversed>${items.map(
          (
            v,
            i,
          ) => html`<li>${t.versionLine(v.version, when(v.createdAt))}${v.note ? html` — <q>${v.note}</q>` : nothing}
          ${
            v.version === shown
              ? html` <span class="cc-muted">(${t.reading})</span>`
              : html` <button type="button" class="cc-link" data-version=${v.version}
                  @click=${() => this.read(i === 0 ? undefined : v.version)}>${t.read(v.version)}</button>`
          }${
            v.diff && v.since && this.changelog
              ? this.changelog.renderChanges(v.since, v.diff, t, coreStrings.of(this.locale).colon)
              : nothing
          }</li>`,
        )}</ol>`,
    })}</details>`;
  }

  /** Set when another version is asked for: its title takes the focus once it is shown. */
  private focusTitle = false;

  private read(version: number | undefined): void {
    this.earlier = version;
    this.focusTitle = true;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusTitle && this.loaded.status === TaskStatus.COMPLETE) {
      this.focusTitle = false;
      this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
    }
  }

  private renderCharte(c: ShownCharte): TemplateResult {
    const t = this.t;
    return html`${heading(this.headingLevel, c.title, { id: 'heading', part: 'heading', class: 'heading', focusable: true })}
      <p class="kind cc-muted">${CHARTE_KIND_LABELS[this.locale][c.kind]}</p>
      ${
        c.adoptedText
          ? html`${
              this.earlier
                ? html`<p class="cc-alert earlier" data-tone="warning">${t.earlier(this.earlier)}
                  <button type="button" class="cc-link" @click=${() => this.read(undefined)}>${t.backToCurrent}</button></p>`
                : nothing
            }${c.adoption ? this.renderAdoption(c.adoption, c.version) : nothing}
            ${this.renderVersions(c.version)}
            ${this.renderText(c.adoptedText)}
            <div class="print">${renderDownloads({ client: this.client, kind: 'chartes', id: this.charteId, version: c.version, formats: t.formats, label: t.download })}<button type="button" class="cc-button" data-variant="secondary" @click=${() => window.print()}>${t.print}</button></div>`
          : html`<p class="cc-alert">${t.notAdopted}</p>`
      }`;
  }

  override render(): TemplateResult {
    // A charte given directly renders without an API (a static site, the builder's preview).
    const unconfigured = this.renderUnconfigured();
    if (unconfigured && (!this.charte || this.awaitingProvider)) return unconfigured;
    if (!this.charteId && !this.charte) return this.renderConfigProblem(this.t.missingCharte);
    return html`<article class="charte" aria-labelledby="heading">${this.loaded.render({
      pending: () =>
        html`<div aria-busy="true"><div class="cc-skeleton"></div><div class="cc-skeleton"></div></div>`,
      error: (e) => renderApiError(e, this.locale, () => void this.loaded.run()),
      complete: (c) => (c ? this.renderCharte(c) : nothing),
    })}</article>`;
  }
}
