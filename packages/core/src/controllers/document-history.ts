// A document's history, for every editor (questionnaire, charte): each version with who saved it, when, its state
// and note; and what changed between any two, in the words of the document's kind (`renderDiff`).
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import type { DocumentKind, DocumentVersion, Locale } from '@conseils-citoyens/schemas';
import type { CcApi, DocumentTypes } from '../api/api.js';
import { renderApiError } from '../api/api-error-view.js';
import { editLinkFromFragment } from '../api/edit-link.js';
import { heading } from '../heading.js';
import { historyStrings } from './history-strings.js';

type Served<K extends DocumentKind> = DocumentTypes[K]['served'];

export interface DocumentHistoryOptions<K extends DocumentKind> {
  kind: K;
  client: () => CcApi | undefined;
  id: () => string | undefined;
  locale: () => Locale;
  headingLevel: () => number;
  /** What changed from `before` to `after`, said in the document's own terms. */
  renderDiff: (before: Served<K>, after: Served<K>) => TemplateResult;
}

export class DocumentHistoryController<K extends DocumentKind> {
  private pair?: [number, number];
  private readonly versions: Task<readonly unknown[], DocumentVersion[] | undefined>;
  private readonly diff: Task<
    readonly unknown[],
    { before: Served<K>; after: Served<K> } | undefined
  >;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly c: DocumentHistoryOptions<K>,
  ) {
    const options = () => {
      const editLink = editLinkFromFragment();
      return editLink ? { editLink } : {};
    };
    this.versions = new Task(host, {
      autoRun: false,
      task: async () => {
        const client = c.client();
        const id = c.id();
        if (!client || !id) return undefined;
        return (await client.listVersions(c.kind, id, options())).items;
      },
    });
    this.diff = new Task(host, {
      autoRun: false,
      task: async () => {
        const client = c.client();
        const id = c.id();
        if (!client || !id || !this.pair) return undefined;
        const [before, after] = await Promise.all(
          this.pair.map((v) => client.getVersion(c.kind, id, v, options())),
        );
        return { before: before!, after: after! };
      },
    });
  }

  /** Reads the history again (a version was saved, published or adopted). */
  refresh(): void {
    void this.versions.run();
  }

  private compare(e: Event): void {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    this.pair = [Number(form.get('from')), Number(form.get('to'))];
    void this.diff.run();
  }

  render(): TemplateResult {
    const t = historyStrings.of(this.c.locale());
    return html`<section class="history" aria-labelledby="history-heading">
      ${heading(this.c.headingLevel(), t.history, { id: 'history-heading', focusable: true })}
      ${this.versions.render({
        initial: () => nothing,
        pending: () => html`<div aria-busy="true" class="cc-skeleton"></div>`,
        error: (e) => renderApiError(e, this.c.locale(), () => this.refresh()),
        complete: (items) =>
          items?.length ? this.renderVersions(items) : html`<p>${t.historyEmpty}</p>`,
      })}
    </section>`;
  }

  private renderVersions(items: DocumentVersion[]): TemplateResult {
    const t = historyStrings.of(this.c.locale());
    const locale = this.c.locale() === 'fr' ? 'fr-FR' : 'en-GB';
    const when = (iso: string) =>
      new Date(iso).toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short' });
    const newest = items[0]!.version;
    const options = (selected: number) =>
      items.map(
        (v) =>
          html`<option value=${v.version} ?selected=${v.version === selected}>${v.version}</option>`,
      );
    return html`<ol class="versions" reversed>${items.map(
      (v) =>
        html`<li>${t.versionLine(v.version, t.status[v.status], v.author, when(v.createdAt))}${
          v.note ? html` — <q>${v.note}</q>` : nothing
        }</li>`,
    )}</ol>
    ${
      items.length > 1
        ? html`<form class="compare inline-fields" @submit=${(e: Event) => this.compare(e)}>
          <div class="field"><label for="h-from">${t.compareFrom}</label><select id="h-from" name="from">${options(this.pair?.[0] ?? items[1]!.version)}</select></div>
          <div class="field"><label for="h-to">${t.compareTo}</label><select id="h-to" name="to">${options(this.pair?.[1] ?? newest)}</select></div>
          <button type="submit" class="cc-button" data-variant="secondary">${t.compare}</button>
        </form>
        <div role="status">${this.diff.render({
          initial: () => nothing,
          pending: () => html`<div aria-busy="true" class="cc-skeleton"></div>`,
          error: (e) => renderApiError(e, this.c.locale(), () => void this.diff.run()),
          complete: (d) => (d ? this.c.renderDiff(d.before, d.after) : nothing),
        })}</div>`
        : nothing
    }`;
  }
}

/** « Ajoutées (2) » and its list, or nothing for an empty one: how a diff is laid out. */
export function diffGroup(title: string, lines: (string | TemplateResult)[]) {
  return lines.length
    ? html`<p><strong>${title} (${lines.length})</strong></p><ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>`
    : nothing;
}
