import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { BILAN_TEMPLATE } from '@conseils-citoyens/schemas/bilan-template.js';
import { BILAN_PERSPECTIVES, HEADING_NOTES } from '@conseils-citoyens/schemas/bilan-constants.js';
import type {
  Bilan,
  BilanHeading,
  BilanHeadingNotes,
  BilanIndicators,
  BilanItemAnswer,
  BilanTemplate,
  CarriedAction,
  OwnItemRemoved,
} from '@conseils-citoyens/schemas';
import {
  bilanRows,
  bilanSummary,
  compareYears,
} from '@conseils-citoyens/schemas/bilan-progress.js';
import {
  BILAN_HEADING_TITLES,
  HEADING_NOTE_LABELS,
} from '@conseils-citoyens/schemas/bilan-wording.js';
import { renderApiError } from '@conseils-citoyens/core/api/api-error-view.js';
import { ApiError } from '@conseils-citoyens/core/api/errors.js';
import { editLinkFromFragment } from '@conseils-citoyens/core/api/edit-link.js';
import { staffApi } from '@conseils-citoyens/core/api/staff-client.js';
import { CcElement } from '@conseils-citoyens/core/base-element.js';
import { PartAutosaveController } from '@conseils-citoyens/core/controllers/part-autosave.js';
import { jumpTo } from '@conseils-citoyens/core/dom/jump-to.js';
import { formStyles } from '@conseils-citoyens/core/form/form.styles.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import { LocaleTable } from '@conseils-citoyens/core/i18n/locale-table.js';
import { uiStyles } from '@conseils-citoyens/core/theme/ui.styles.js';
import { itemChangeOf, renderItem, type ItemTrend } from './item-view.js';
import type { Upload } from './evidence-view.js';
import { evidencePrecheck } from '@conseils-citoyens/schemas/evidence-wording.js';
import { saveFile } from '@conseils-citoyens/core/dom/save-file.js';
import { mergePatches, partOf, type Part, type Patch } from './bilan-parts.js';
import { renderCarriedEditable } from './carried-view.js';
import { renderIndicators, renderSummary, type SummaryContext } from './summary-view.js';
import { styles } from './bilan.styles.js';
import { summaryStyles } from './summary.styles.js';
import { bilanFr, type BilanStrings } from './translations/fr.js';
import type {} from './bilan.events.js';

const STRINGS = new LocaleTable<BilanStrings>(bilanFr, () =>
  import('./translations/en.js').then((m) => m.bilanEn),
);

/** The templates the element knows by id (a bilan names the one it follows). */
const TEMPLATES = new Map<string, BilanTemplate>([[BILAN_TEMPLATE.id, BILAN_TEMPLATE]]);

/**
 * The year-end review of how a council is associated, filled together by a chef de projet and the council in one
 * evening: the six headings with their progress, each item's status and its level on the ladder of association from
 * both sides (the gaps said in words), notes, next year's action; réussites, difficultés and perspectives per heading;
 * the year's figures computed from the calendar, the registrations, the questionnaire and the charte; last year's
 * actions. Every change is saved alone, at once, under its item's own revision: two people can fill the same bilan
 * side by side, and a change made offline waits on this device.
 *
 * @summary Le bilan annuel de l'association du conseil citoyen, rempli à plusieurs : six rubriques, deux regards.
 * @tag cc-bilan-checklist
 *
 * @fires cc-bilan-save - An item or a heading was saved: `{ part, rev, version }`.
 * @fires cc-bilan-conflict - Someone else changed the same item meanwhile: `{ part, fields }`.
 * @fires cc-bilan-next-year - Next year's bilan was started from this one and is now shown: `{ id }`.
 *
 * @csspart heading - The bilan's title.
 * @csspart status - The save status line.
 * @csspart summary - Progress, levels and gaps.
 * @csspart indicators - The computed indicators.
 * @csspart section - One heading's section.
 * @csspart error - An API error block.
 * @csspart retry - A retry button.
 * @csspart config-error - The message shown when no API or no bilan is configured.
 */
export class CcBilanChecklist extends CcElement {
  static override styles = [...CcElement.styles, uiStyles, formStyles, summaryStyles, styles];
  static override strings = [...CcElement.strings, STRINGS];

  /** The bilan to fill: its last version is loaded (an organiser credential or an edit link is needed to save). */
  @property({ attribute: 'bilan-id' }) bilanId?: string;
  /** Shows the bilan without letting anyone change it. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The bilan as last saved on the server (each saved part is written into it). */
  @state() private bilan?: Bilan;
  @state() private indicators?: BilanIndicators;
  @state() private indicatorsError?: ApiError;
  /** Last year's bilan, read when the comparison is turned on. */
  @state() private previous?: Bilan | 'loading' | 'failed';
  @state() private comparing = false;
  /** Items whose « Action pour l’an prochain » was opened. */
  @state() private openActions = new Set<string>();
  /** Items whose evidence is opened (it is, too, once it has a piece or a file on its way). */
  @state() private openEvidence = new Set<string>();
  /** Files on their way to the server, by item: progress, or the failure with the file kept for « Réessayer ». */
  @state() private uploads = new Map<string, Upload>();
  /** Said to screen readers: a file attached or removed. */
  @state() private said = '';
  @state() private nextYearError?: ApiError;
  /** Why the last « Ajouter » of a heading failed (a blank label, an API error). */
  @state() private addErrors: Partial<Record<BilanHeading, string | ApiError>> = {};
  /** The own item just removed, and its answer, for « Annuler ». */
  @state() private removed?: OwnItemRemoved;
  @state() private removeError?: { heading: BilanHeading; error: ApiError };

  private readonly autosave = new PartAutosaveController<Part, Patch>(this, {
    storageKey: () => (this.bilanId ? `cc-parts:bilans/${this.bilanId}` : undefined),
    save: (key, patch, rev) => {
      const [kind, name] = partOf(key);
      return kind.save(staffApi(this.client!), this.bilanId!, name, patch, {
        ifMatch: rev,
        ...this.linkOption(),
      });
    },
    merge: mergePatches,
    conflicts: (key, base, theirs, patch) => partOf(key)[0].conflicts(base, theirs, patch),
    onSaved: (key, saved) => this.written(key, saved),
    onConflict: (key, fields) => this.emit('cc-bilan-conflict', { part: key, fields }),
  });

  private readonly loaded = new Task(this, {
    args: () => [this.client, this.bilanId] as const,
    task: async ([client, id], { signal }) => {
      if (!client || !id) return undefined;
      const o = { signal, ...this.linkOption() };
      const bilan = await client.getDocument('bilans', id, o);
      this.bilan = bilan;
      this.autosave.start((key) => this.partOf(key));
      // The figures are a help, not a condition: the bilan opens at once, they join it when they come.
      void this.loadIndicators();
      return bilan;
    },
  });

  /** The year's figures, computed by the server; a failure is said where they would be, with « Réessayer ». */
  private async loadIndicators(): Promise<void> {
    const client = this.client;
    const id = this.bilanId;
    if (!client || !id) return;
    this.indicatorsError = undefined;
    try {
      this.indicators = await staffApi(client).getBilanIndicators(id, this.linkOption());
    } catch (error) {
      this.indicatorsError =
        error instanceof ApiError ? error : new ApiError('network', { cause: error });
    }
  }

  private get t(): BilanStrings {
    return STRINGS.of(this.locale);
  }

  private setUpload(itemId: string, upload: Upload | undefined): void {
    const next = new Map(this.uploads);
    if (upload) next.set(itemId, upload);
    else next.delete(itemId);
    this.uploads = next;
  }

  /**
   * Sends a file chosen for an item: checked here first (the server's words), then with its progress; once stored,
   * the item lists it (saved like any change). A failure keeps the file: « Réessayer » sends it again.
   */
  private async attach(itemId: string, file: File): Promise<void> {
    const refusal = evidencePrecheck(file, this.locale);
    if (refusal) return this.setUpload(itemId, { file, progress: 0, error: refusal });
    this.setUpload(itemId, { file, progress: 0 });
    try {
      const evidence = await staffApi(this.client!).uploadEvidence(this.bilanId!, file, {
        ...this.linkOption(),
        onProgress: (done) => this.setUpload(itemId, { file, progress: done }),
      });
      this.setUpload(itemId, undefined);
      const key = `item:${itemId}`;
      const listed = this.shown<BilanItemAnswer>(`item:${itemId}`)?.evidence ?? [];
      this.autosave.change(key, { evidence: [...listed, evidence] }, this.partOf(key), {
        delayMs: 0,
      });
      this.said = this.t.evidence.attached(file.name);
    } catch (e) {
      const error = asApiError(e);
      const named = error.fieldErrors.find((f) => f.field === 'file')?.message;
      // A refusal of the file itself cannot be retried as is; a network or server failure can.
      this.setUpload(itemId, {
        file,
        progress: 0,
        retryable: !named,
        error: named ?? error.messageFor(this.locale),
      });
    }
  }

  private removeEvidence(itemId: string, index: number): void {
    const key = `item:${itemId}`;
    const listed = this.shown<BilanItemAnswer>(`item:${itemId}`)?.evidence ?? [];
    const gone = listed[index];
    if (!gone) return;
    this.autosave.change(
      key,
      { evidence: listed.filter((_, i) => i !== index) },
      this.partOf(key),
      {
        delayMs: 0,
      },
    );
    this.said = this.t.evidence.removed(gone.kind === 'file' ? gone.name : gone.title);
  }

  private async download(file: { fileId: string; name: string }): Promise<void> {
    try {
      const got = await staffApi(this.client!).downloadEvidence(
        this.bilanId!,
        file.fileId,
        this.linkOption(),
      );
      saveFile({ blob: got.blob, filename: file.name });
    } catch (e) {
      this.said = asApiError(e).messageFor(this.locale);
    }
  }

  private linkOption() {
    const editLink = editLinkFromFragment();
    return editLink ? { editLink } : {};
  }

  private partOf(key: string): Part | undefined {
    const [kind, name] = partOf(key);
    return this.bilan && kind.read(this.bilan, name);
  }

  /** A part saved (by us, or by someone else as a conflict told us): written into the bilan as last saved. */
  private written(key: string, saved: Part): void {
    if (!this.bilan) return;
    const [kind, name] = partOf(key);
    this.bilan = kind.write(this.bilan, name, saved);
    this.emit('cc-bilan-save', { part: key, rev: saved.rev ?? 0 });
  }

  /** The part as shown: as saved, with this device's changes on top. */
  private shown<P extends Part>(key: string): P | undefined {
    const saved = this.partOf(key);
    const pending = this.autosave.pendingOf(key);
    if (!pending) return saved as P | undefined;
    return partOf(key)[0].apply(saved, pending, { author: saved?.answeredBy ?? '', at: '' }) as P;
  }

  /** « Comparer avec 2025 »: last year's bilan is read once, the first time. */
  private async toggleCompare(): Promise<void> {
    this.comparing = !this.comparing;
    const id = this.bilan?.previous;
    if (!this.comparing || !id || (this.previous && this.previous !== 'failed')) return;
    this.previous = 'loading';
    try {
      this.previous = await this.client!.getDocument('bilans', id, this.linkOption());
    } catch {
      this.previous = 'failed';
    }
  }

  /** Per item, each side's level last year and now, when the comparison is on and last year is read. */
  private trends(template: BilanTemplate, current: Pick<Bilan, 'ownItems' | 'items'>) {
    const previous = this.previous;
    if (!this.comparing || !previous || typeof previous === 'string') return undefined;
    const bySide = BILAN_PERSPECTIVES.map(
      (side) => [side, compareYears(template, previous, current, side)] as const,
    );
    const trends = new Map<string, ItemTrend>();
    for (const [side, changes] of bySide)
      for (const change of changes) {
        const t = trends.get(change.item.id) ?? { year: previous.year, sides: [] };
        t.sides.push({ side, change });
        trends.set(change.item.id, t);
      }
    return trends;
  }

  private renderCompare(bilan: Bilan): TemplateResult | typeof nothing {
    if (!bilan.previous) return nothing;
    const year = bilan.year - 1;
    return html`<p class="compare">
      <button type="button" class="cc-button" data-variant="secondary" aria-pressed=${this.comparing ? 'true' : 'false'}
        @click=${() => void this.toggleCompare()}>${this.t.compare(typeof this.previous === 'object' ? this.previous.year : year)}</button>
      ${
        this.comparing && this.previous === 'loading'
          ? html`<span class="cc-muted">${this.t.compareLoading}</span>`
          : this.comparing && this.previous === 'failed'
            ? html`<span class="cc-error">${this.t.compareFailed}</span>`
            : nothing
      }
    </p>`;
  }

  /** « Ajouter un point à cette rubrique »: the territory's own item, then the focus on it. */
  private async addItem(e: SubmitEvent, heading: BilanHeading): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const input = form.elements.namedItem('label') as HTMLInputElement;
    const label = input.value.trim();
    if (!label) {
      this.addErrors = { ...this.addErrors, [heading]: this.t.addItemBlank };
      input.focus();
      return;
    }
    try {
      const { item, version } = await staffApi(this.client!).addBilanItem(
        this.bilanId!,
        { heading, label },
        this.linkOption(),
      );
      this.bilan = { ...this.bilan!, ownItems: [...this.bilan!.ownItems, item], version };
      this.addErrors = { ...this.addErrors, [heading]: undefined };
      input.value = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#item-${CSS.escape(item.id)}`)?.focus();
    } catch (error) {
      this.addErrors = { ...this.addErrors, [heading]: error as ApiError };
    }
  }

  /** « Retirer ce point »: the territory's own item and its answer go; « Annuler » puts both back. */
  private async removeItem(itemId: string): Promise<void> {
    this.removeError = undefined;
    try {
      // A change still waiting on this item is saved first: it comes back with the item on « Annuler ».
      await this.autosave.flush(`item:${itemId}`);
      const removed = await staffApi(this.client!).removeBilanItem(
        this.bilanId!,
        itemId,
        this.linkOption(),
      );
      const { [itemId]: _, ...items } = this.bilan!.items;
      this.bilan = {
        ...this.bilan!,
        ownItems: this.bilan!.ownItems.filter((i) => i.id !== itemId),
        items,
        version: removed.version,
      };
      this.removed = removed;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#undo')?.focus();
    } catch (error) {
      const heading = this.bilan!.ownItems.find((i) => i.id === itemId)!.heading;
      this.removeError = { heading, error: asApiError(error) };
    }
  }

  private async undoRemove(): Promise<void> {
    const r = this.removed;
    if (!r) return;
    try {
      const { item, version } = await staffApi(this.client!).addBilanItem(
        this.bilanId!,
        {
          heading: r.item.heading,
          label: r.item.label,
          ...(r.item.hint ? { hint: r.item.hint } : {}),
          restore: { id: r.item.id, ...(r.answer ? { answer: r.answer } : {}) },
        },
        this.linkOption(),
      );
      this.bilan = {
        ...this.bilan!,
        ownItems: [...this.bilan!.ownItems, item],
        items: r.answer ? { ...this.bilan!.items, [item.id]: r.answer } : this.bilan!.items,
        version,
      };
      this.removed = undefined;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#item-${CSS.escape(item.id)}`)?.focus();
    } catch (error) {
      this.removeError = { heading: r.item.heading, error: asApiError(error) };
    }
  }

  private renderRemoved(h: BilanHeading): TemplateResult | typeof nothing {
    const t = this.t;
    const failed = this.removeError?.heading === h ? this.removeError.error : undefined;
    return html`${
      this.removed?.item.heading === h
        ? html`<p class="undo cc-status" role="status"><span>${t.removed(this.removed.item.label)}</span>
          <button type="button" id="undo" class="cc-button" data-variant="secondary" @click=${() => void this.undoRemove()}>${t.undo}</button></p>`
        : nothing
    }${failed ? html`<p class="cc-error" role="alert">${failed.messageFor(this.locale)}</p>` : nothing}`;
  }

  private renderAddItem(h: BilanHeading): TemplateResult | typeof nothing {
    if (this.isReadonly) return nothing;
    const t = this.t;
    const error = this.addErrors[h];
    const resubmit = () =>
      this.renderRoot.querySelector<HTMLFormElement>(`form[data-heading="${h}"]`)?.requestSubmit();
    return html`<form class="add-item" data-heading=${h} novalidate @submit=${(e: SubmitEvent) => void this.addItem(e, h)}>
      <label for="add-${h}">${t.addItem}</label>
      <div class="add-row">
        <input id="add-${h}" name="label" type="text" maxlength="300" autocomplete="off"
          aria-invalid=${typeof error === 'string' ? 'true' : 'false'}
          aria-describedby=${typeof error === 'string' ? `add-${h}-error` : nothing}>
        <button type="submit" class="cc-button" data-variant="secondary">${t.add}</button>
      </div>
      ${
        typeof error === 'string'
          ? html`<p class="field-error" id="add-${h}-error">${error}</p>`
          : error
            ? renderApiError(error, this.locale, resubmit)
            : nothing
      }
    </form>`;
  }

  /** « Préparer le bilan 2027 » (organisers): next year's bilan, started from this one, opens in its place. */
  private async startNextYear(): Promise<void> {
    const api = staffApi(this.client!);
    let id: string;
    try {
      id = (await api.startNextBilan(this.bilanId!)).id;
    } catch (e) {
      const existing = (e as ApiError).problem?.current as { id?: string } | undefined;
      if (!existing?.id) {
        this.nextYearError = e as ApiError;
        return;
      }
      id = existing.id;
    }
    this.emit('cc-bilan-next-year', { id });
    this.bilanId = id;
  }

  private renderNextYear(bilan: Bilan): TemplateResult | typeof nothing {
    if (bilan.versionStatus !== 'adopted' || this.readonly) return nothing;
    return html`<div class="next-year">
      <p><button type="button" class="cc-button" @click=${() => void this.startNextYear()}>${this.t.nextYear(bilan.year + 1)}</button>
        <span class="cc-muted">${this.t.nextYearHint}</span></p>
      ${this.nextYearError ? renderApiError(this.nextYearError, this.locale, () => void this.startNextYear()) : nothing}
    </div>`;
  }

  private get isReadonly(): boolean {
    return this.readonly || this.bilan?.versionStatus === 'adopted';
  }

  private renderStatus(): TemplateResult {
    const counts = this.autosave.counts;
    const trouble = counts.failed > 0 || counts.conflict > 0;
    const touched =
      counts.pending + counts.saving + counts.saved + counts.failed + counts.conflict > 0;
    return html`<div class="status" part="status">
      <p role="status" class=${trouble ? 'cc-error' : 'cc-muted'}>${touched ? this.t.overall(counts) : ''}</p>
      ${
        counts.failed
          ? html`<button type="button" part="retry" class="cc-button" data-variant="secondary" @click=${() => void this.autosave.retry()}>${this.t.retry}</button>`
          : nothing
      }
    </div>`;
  }

  private renderHeadingNotes(h: BilanHeading): TemplateResult {
    const key = `heading:${h}`;
    const shown = this.shown<BilanHeadingNotes>(key);
    const labels = HEADING_NOTE_LABELS[this.locale];
    const conflict = this.autosave.conflictOf(key);
    return html`<fieldset class="heading-notes">
      <legend>${this.t.headingNotes}</legend>
      ${HEADING_NOTES.map(
        (n) => html`<label for="${h}-${n}">${labels[n]}</label>
          <textarea id="${h}-${n}" rows="2" maxlength="5000" .value=${shown?.[n] ?? ''} ?disabled=${this.isReadonly}
            @input=${(e: Event) => this.autosave.change(key, { [n]: (e.target as HTMLTextAreaElement).value }, this.partOf(key))}></textarea>`,
      )}
      ${
        conflict
          ? html`<div class="cc-alert" data-tone="warning">
              <p>${this.t.conflictBoth(conflict.theirs?.answeredBy ?? '—')}</p>
              <p class="actions">
                <button type="button" class="cc-button" data-variant="secondary" @click=${() => this.autosave.resolve(key, 'theirs')}>${this.t.keepTheirs}</button>
                <button type="button" class="cc-button" @click=${() => this.autosave.resolve(key, 'mine')}>${this.t.keepMine}</button>
              </p>
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  private renderBilan(bilan: Bilan): TemplateResult {
    const t = this.t;
    const template = TEMPLATES.get(bilan.template.id) ?? BILAN_TEMPLATE;
    const titles = BILAN_HEADING_TITLES[this.locale];
    const level = this.headingLevel + 1;
    const shownBilan = {
      ownItems: bilan.ownItems,
      items: Object.fromEntries(
        [...Object.keys(bilan.items), ...template.items.map((i) => i.id)].map((id) => [
          id,
          this.shown<BilanItemAnswer>(`item:${id}`),
        ]),
      ) as Record<string, BilanItemAnswer>,
    };
    const summary = bilanSummary(template, shownBilan);
    const trends = this.trends(template, shownBilan);
    const counts = (rows: { item: { id: string } }[]) => {
      const all = rows.flatMap(
        (r) => trends?.get(r.item.id)?.sides.map((x) => x.change.trend) ?? [],
      );
      return (['up', 'down', 'same'] as const).map((k) => all.filter((x) => x === k).length);
    };
    const c: SummaryContext = {
      t,
      locale: this.locale,
      level,
      jump: (e, id) => jumpTo(e, this.renderRoot, id),
    };
    return html`${heading(this.headingLevel, t.title(bilan.council, bilan.year), { id: 'heading', part: 'heading', class: 'heading' })}
      <p class="version cc-muted">${bilan.versionStatus === 'adopted' ? t.adopted(bilan.version) : t.draft(bilan.version)}</p>
      ${this.renderStatus()}
      ${this.renderCompare(bilan)}
      ${this.renderNextYear(bilan)}
      ${renderSummary(summary, c)}
      ${
        this.indicators
          ? renderIndicators(this.indicators, c)
          : this.indicatorsError
            ? html`<section class="indicators" part="indicators">
                ${heading(c.level, this.t.indicatorsTitle, { class: 'section-title' })}
                ${renderApiError(this.indicatorsError, this.locale, () => void this.loadIndicators())}
              </section>`
            : nothing
      }
      ${
        bilan.previous || bilan.carriedActions.length
          ? renderCarriedEditable(bilan.carriedActions, {
              ...c,
              t,
              readonly: this.isReadonly,
              shown: (item) => this.shown<CarriedAction>(`carried:${item}`)!,
              state: (item) => this.autosave.stateOf(`carried:${item}`),
              change: (item, patch, typing) =>
                this.autosave.change(
                  `carried:${item}`,
                  patch,
                  this.partOf(`carried:${item}`),
                  typing ? {} : { delayMs: 0 },
                ),
            })
          : nothing
      }
      ${[...bilanRows(template, shownBilan)].map(
        ([h, rows]) => html`<section class="heading-section" part="section">
          ${heading(level, titles[h], { id: `h-${h}`, class: 'section-title', focusable: true })}
          <p class="cc-muted">${t.answered(summary.headings.find((x) => x.heading === h)!.answered, rows.length)}${
            trends && typeof this.previous === 'object'
              ? html`<br><span class="trend-counts">${t.trendCounts(this.previous.year, ...(counts(rows) as [number, number, number]))}</span>`
              : nothing
          }</p>
          <ol class="items" @change=${this.onItemInput} @input=${this.onItemInput}>${rows.map(
            (row) => {
              const key = `item:${row.item.id}`;
              return renderItem(row, {
                t,
                locale: this.locale,
                readonly: this.isReadonly,
                shown: shownBilan.items[row.item.id],
                state: this.autosave.stateOf(key),
                conflict: this.autosave.conflictOf(key),
                trend: trends?.get(row.item.id),
                actionOpen: this.openActions.has(row.item.id),
                toggleAction: () => {
                  this.openActions = toggled(this.openActions, row.item.id);
                },
                change: (patch, typing) =>
                  this.autosave.change(key, patch, this.partOf(key), typing ? {} : { delayMs: 0 }),
                resolve: (choice) => this.autosave.resolve(key, choice),
                ...(row.own ? { remove: () => void this.removeItem(row.item.id) } : {}),
                evidence: {
                  upload: this.uploads.get(row.item.id),
                  open: this.openEvidence.has(row.item.id),
                  toggle: () => {
                    this.openEvidence = toggled(this.openEvidence, row.item.id);
                  },
                  attach: (file) => void this.attach(row.item.id, file),
                  retry: () => {
                    const up = this.uploads.get(row.item.id);
                    if (up) void this.attach(row.item.id, up.file);
                  },
                  download: (file) => void this.download(file),
                  remove: (index) => this.removeEvidence(row.item.id, index),
                },
              });
            },
          )}</ol>
          ${this.renderRemoved(h)}
          ${this.renderAddItem(h)}
          ${this.renderHeadingNotes(h)}
        </section>`,
      )}`;
  }

  /** A status, a level or notes changed in an item: heard once for the whole list (see itemChangeOf). */
  private onItemInput(e: Event): void {
    const heard = itemChangeOf(e);
    if (!heard) return;
    const key = `item:${heard.id}`;
    this.autosave.change(key, heard.patch, this.partOf(key), heard.typing ? {} : { delayMs: 0 });
  }

  override render(): TemplateResult {
    const unconfigured = this.renderUnconfigured();
    if (unconfigured) return unconfigured;
    if (!this.bilanId) return this.renderConfigProblem(this.t.missingBilan);
    return html`<article class="bilan" aria-labelledby="heading">${this.loaded.render({
      pending: () =>
        this.bilan
          ? this.renderBilan(this.bilan)
          : html`<div aria-busy="true"><div class="cc-skeleton"></div><div class="cc-skeleton"></div></div>`,
      error: (e) => renderApiError(e, this.locale, () => void this.loaded.run()),
      complete: () => (this.bilan ? this.renderBilan(this.bilan) : nothing),
    })}<div class="visually-hidden" role="status">${this.said}</div></article>`;
  }
}

/** A copy of `set` with `id` added, or taken out if it was there (a disclosure opened or closed). */
function toggled(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

const asApiError = (error: unknown) =>
  error instanceof ApiError ? error : new ApiError('network', { cause: error });
