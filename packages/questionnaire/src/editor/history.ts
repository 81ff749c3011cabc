// A questionnaire's history: every version with who saved it, when, its state and note; and what changed between
// any two, question by question (added, removed, changed and how, moved), in words.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import type { DocumentVersion, Locale, QuestionnaireInput } from '@conseils-citoyens/schemas';
import { questionnaireDiff } from '@conseils-citoyens/schemas/questionnaire-diff.js';
import { nameOf } from '@conseils-citoyens/schemas/questionnaire-wording.js';
import type { CcApi } from '@conseils-citoyens/core/api/api.js';
import { renderApiError } from '@conseils-citoyens/core/api/api-error-view.js';
import { editLinkFromFragment } from '@conseils-citoyens/core/api/edit-link.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import type { EditorStrings } from '../translations/editor-fr.js';

export interface HistoryContext {
  client: () => CcApi | undefined;
  id: () => string | undefined;
  locale: () => Locale;
  t: () => EditorStrings;
  headingLevel: () => number;
}

export class HistoryController {
  private pair?: [number, number];
  private readonly versions: Task<readonly unknown[], DocumentVersion[] | undefined>;
  private readonly diff: Task<
    readonly unknown[],
    { before: QuestionnaireInput; after: QuestionnaireInput } | undefined
  >;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly c: HistoryContext,
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
        return (await client.listVersions('questionnaires', id, options())).items;
      },
    });
    this.diff = new Task(host, {
      autoRun: false,
      task: async () => {
        const client = c.client();
        const id = c.id();
        if (!client || !id || !this.pair) return undefined;
        const [before, after] = await Promise.all(
          this.pair.map((v) => client.getVersion('questionnaires', id, v, options())),
        );
        return { before: before!, after: after! };
      },
    });
  }

  /** Reads the history again (a version was saved or published). */
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
    const t = this.c.t();
    const level = this.c.headingLevel();
    return html`<section class="history" aria-labelledby="history-heading">
      ${heading(level, t.history, { id: 'history-heading' })}
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
    const t = this.c.t();
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
        html`<li>${t.versionLine(v.version, v.status === 'draft' ? t.draft : t.published, v.author, when(v.createdAt))}${
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
          complete: (d) => (d ? this.renderDiff(d.before, d.after) : nothing),
        })}</div>`
        : nothing
    }`;
  }

  private renderDiff(before: QuestionnaireInput, after: QuestionnaireInput): TemplateResult {
    const t = this.c.t();
    const d = questionnaireDiff(before, after);
    const name = (id: string) => nameOf(after, id) || nameOf(before, id);
    const group = (title: string, lines: string[]) =>
      lines.length
        ? html`<p><strong>${title} (${lines.length})</strong></p><ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>`
        : nothing;
    if (!d.added.length && !d.removed.length && !d.changed.length && !d.moved.length)
      return html`<p>${t.diffNone}</p>`;
    return html`<div class="diff">
      ${group(
        t.diffAdded,
        d.added.map((id) => nameOf(after, id)),
      )}
      ${group(
        t.diffRemoved,
        d.removed.map((id) => nameOf(before, id)),
      )}
      ${group(
        t.diffChanged,
        d.changed.map((c) => `${name(c.id)} : ${c.parts.map((p) => t.parts[p]).join(', ')}`),
      )}
      ${group(t.diffMoved, d.moved.map(name))}
    </div>`;
  }
}
