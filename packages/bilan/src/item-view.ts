// One item of the bilan as people fill it in a meeting: its status, each side's level (a radio group: arrows move
// through the levels), the gap between them said in words, notes, and an action for next year.
import { html, nothing, type TemplateResult } from 'lit';
import {
  ASSOCIATION_LEVELS,
  BILAN_PERSPECTIVES,
  ITEM_STATUSES,
} from '@conseils-citoyens/schemas/bilan-constants.js';
import type {
  AssociationLevel,
  BilanAction,
  BilanItemAnswer,
  BilanItemPatch,
  ItemStatus,
  Locale,
} from '@conseils-citoyens/schemas';
import {
  GAP_THRESHOLD,
  itemField,
  levelGap,
  type BilanRow,
  type YearChange,
} from '@conseils-citoyens/schemas/bilan-progress.js';
import {
  ASSOCIATION_LEVEL_WORDS,
  ITEM_STATUS_LABELS,
  PERSPECTIVE_LABELS,
} from '@conseils-citoyens/schemas/bilan-wording.js';
import type { PartState } from '@conseils-citoyens/core/controllers/part-autosave.js';
import type { BilanStrings } from './translations/fr.js';
import { ladder } from './ladder.js';
import { renderEvidence, type EvidenceViewContext } from './evidence-view.js';

/** Last year's level and this year's, per side, when the comparison is on. */
export interface ItemTrend {
  year: number;
  sides: { side: (typeof BILAN_PERSPECTIVES)[number]; change: YearChange }[];
}

export interface ItemViewContext {
  t: BilanStrings;
  locale: Locale;
  readonly: boolean;
  /** The item as shown: as saved, with this device's changes on top. */
  shown: BilanItemAnswer | undefined;
  state: PartState | undefined;
  conflict: { theirs?: BilanItemAnswer; fields: string[] } | undefined;
  trend?: ItemTrend;
  /** Whether next year's action is opened (it is, too, once it has a text). */
  actionOpen: boolean;
  toggleAction(): void;
  change(patch: BilanItemPatch, typing?: boolean): void;
  resolve(choice: 'mine' | 'theirs'): void;
  /** A territory's own item: « Retirer ce point » (with « Annuler » after). */
  remove?: () => void;
  /** Its evidence: links and files (see evidence-view.ts). */
  evidence: Omit<EvidenceViewContext, 'id' | 't' | 'locale' | 'readonly' | 'evidence'>;
}

const value = (e: Event) => (e.target as HTMLInputElement).value;

/** The text of one field of an item, for the conflict view. */
function fieldText(a: BilanItemAnswer | undefined, field: string, c: ItemViewContext): string {
  const v = itemField(a, field as never);
  if (v === undefined || v === '') return c.t.empty;
  if (field === 'status')
    return ITEM_STATUS_LABELS[c.locale][v as keyof (typeof ITEM_STATUS_LABELS)['fr']];
  if (field.startsWith('levels.'))
    return ASSOCIATION_LEVEL_WORDS[c.locale][v as keyof (typeof ASSOCIATION_LEVEL_WORDS)['fr']]
      .label;
  if (field === 'action') return (v as BilanAction).what;
  if (field === 'evidence') return String((v as unknown[]).length);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function fieldName(field: string, c: ItemViewContext): string {
  if (field === 'status') return c.t.status;
  if (field.startsWith('levels.'))
    return c.t.levelOf(PERSPECTIVE_LABELS[c.locale][field.slice(7) as 'conseil' | 'institutions']);
  if (field === 'action') return c.t.action;
  return c.t.notes;
}

function renderConflict(id: string, c: ItemViewContext): TemplateResult {
  const { theirs, fields } = c.conflict!;
  const t = c.t;
  return html`<div class="conflict cc-alert" data-tone="warning" role="group" aria-labelledby="conflict-${id}">
    <p id="conflict-${id}">${t.conflictBoth(theirs?.answeredBy ?? '—')}</p>
    <table>
      <thead><tr><td></td><th scope="col">${t.theirs}</th><th scope="col">${t.mine}</th></tr></thead>
      <tbody>${fields.map(
        (f) =>
          html`<tr><th scope="row">${fieldName(f, c)}</th><td>${fieldText(theirs, f, c)}</td><td>${fieldText(c.shown, f, c)}</td></tr>`,
      )}</tbody>
    </table>
    <p class="actions">
      <button type="button" class="cc-button" data-variant="secondary" @click=${() => c.resolve('theirs')}>${t.keepTheirs}</button>
      <button type="button" class="cc-button" @click=${() => c.resolve('mine')}>${t.keepMine}</button>
    </p>
  </div>`;
}

/**
 * What an input heard on a list of items means: which item (its `<li>`) and the patch — a status, a side's level, the
 * notes. The list listens for all its items (two listeners for hundreds of items, rather than four per item); the
 * action's fields, drawn when opened, keep their own.
 */
export function itemChangeOf(
  e: Event,
): { id: string; patch: BilanItemPatch; typing: boolean } | undefined {
  const target = e.target as HTMLInputElement;
  const li = target.closest?.('li.item');
  if (!li) return undefined;
  const id = li.id.slice('item-'.length);
  if (target.type === 'radio' && e.type === 'change') {
    const group = target.closest('fieldset')!;
    if (group.classList.contains('status-field'))
      return { id, patch: { status: target.value as ItemStatus }, typing: false };
    const side = group.dataset.side as (typeof BILAN_PERSPECTIVES)[number] | undefined;
    if (side)
      return { id, patch: { levels: { [side]: target.value as AssociationLevel } }, typing: false };
  }
  if (target.id === `notes-${id}` && e.type === 'input')
    return { id, patch: { notes: target.value || null }, typing: true };
  return undefined;
}

function renderLevels(id: string, side: (typeof BILAN_PERSPECTIVES)[number], c: ItemViewContext) {
  const words = ASSOCIATION_LEVEL_WORDS[c.locale];
  const chosen = c.shown?.levels?.[side];
  const name = `${id}--${side}`;
  // A disabled fieldset disables its radios; the list hears their changes (itemChangeOf).
  return html`<fieldset class="levels" data-side=${side} ?disabled=${c.readonly}>
    <legend>${c.t.levelOf(PERSPECTIVE_LABELS[c.locale][side])}</legend>
    ${ladder(
      name,
      ASSOCIATION_LEVELS,
      chosen,
      ASSOCIATION_LEVELS.map((l) => words[l].label),
    )}
    <p class="definition cc-muted">${chosen ? words[chosen].definition : c.t.noLevel}</p>
  </fieldset>`;
}

/**
 * Next year's action, behind a disclosure button (APG): its fields are drawn only once opened or filled, so a bilan of
 * hundreds of items does not build hundreds of date pickers nobody uses.
 */
function renderAction(id: string, c: ItemViewContext): TemplateResult {
  const t = c.t;
  const action = c.shown?.action;
  const open = c.actionOpen || !!action;
  const set = (field: keyof BilanAction, v: string) => {
    const next = { what: '', ...action, [field]: v };
    if (!next.by) delete next.by;
    c.change({ action: next.what.trim() ? next : null }, true);
  };
  return html`<div class="action">
    ${
      action
        ? html`<p class="action-title">${t.action}</p>`
        : html`<button type="button" class="disclosure" aria-expanded=${open ? 'true' : 'false'}
            aria-controls="action-${id}" @click=${() => c.toggleAction()}>${t.action}</button>`
    }
    ${
      open
        ? html`<div class="action-fields" id="action-${id}">
      <label for="what-${id}">${t.actionWhat}</label>
      <input id="what-${id}" type="text" maxlength="500" .value=${action?.what ?? ''} ?disabled=${c.readonly}
        @input=${(e: Event) => set('what', value(e))}>
      <label for="who-${id}">${t.actionWho}</label>
      <input id="who-${id}" type="text" maxlength="200" .value=${action?.who ?? ''} ?disabled=${c.readonly || !action}
        @input=${(e: Event) => set('who', value(e))}>
      <label for="by-${id}">${t.actionBy}</label>
      <input id="by-${id}" type="date" .value=${action?.by ?? ''} ?disabled=${c.readonly || !action}
        @change=${(e: Event) => set('by', value(e))}>
    </div>`
        : nothing
    }
  </div>`;
}

const ARROWS = { up: '↗', down: '↘', same: '→' } as const;

/** « Conseil citoyen : Informé en 2025 → Consulté (en hausse) », for each side: words, an arrow beside them. */
function renderTrend(
  { year, sides }: ItemTrend,
  c: ItemViewContext,
): TemplateResult | typeof nothing {
  const words = ASSOCIATION_LEVEL_WORDS[c.locale];
  const label = (l?: string) => (l ? words[l as keyof typeof words].label : c.t.noLevel);
  const answered = sides.filter(({ change }) => change.then || change.now);
  if (!answered.length) return nothing;
  return html`<ul class="trend">${answered.map(
    ({ side, change }) =>
      html`<li data-trend=${change.trend ?? 'none'}>${
        change.trend ? html`<span aria-hidden="true">${ARROWS[change.trend]} </span>` : nothing
      }${c.t.trendLine(
        PERSPECTIVE_LABELS[c.locale][side],
        year,
        label(change.then),
        label(change.now),
        change.trend ? (c.t.trend[change.trend] ?? '') : '',
      )}</li>`,
  )}</ul>`;
}

export function renderItem({ item, own }: BilanRow, c: ItemViewContext): TemplateResult {
  const t = c.t;
  const id = item.id;
  const gap = levelGap(c.shown);
  return html`<li class="item" id="item-${id}" tabindex="-1" data-state=${c.state ?? 'idle'}>
    <fieldset class="item-box">
      <legend class="item-label">${item.label}</legend>
      ${item.hint ? html`<p class="hint cc-muted">${item.hint}</p>` : nothing}
      ${own ? html`<p class="own cc-muted">${t.own}</p>` : nothing}
      <fieldset class="status-field" ?disabled=${c.readonly}>
        <legend>${t.status}</legend>
        ${ladder(
          `${id}--status`,
          ITEM_STATUSES,
          c.shown?.status,
          ITEM_STATUSES.map((x) => ITEM_STATUS_LABELS[c.locale][x]),
        )}
      </fieldset>
      <div class="sides">${BILAN_PERSPECTIVES.map((side) => renderLevels(id, side, c))}</div>
      ${
        gap !== undefined && gap > 0
          ? html`<p class="gap" data-wide=${gap >= GAP_THRESHOLD}><span aria-hidden="true">↔ </span>${t.gap(gap)}</p>`
          : nothing
      }
      ${c.trend ? renderTrend(c.trend, c) : nothing}
      <label for="notes-${id}">${t.notes}</label>
      <textarea id="notes-${id}" rows="2" maxlength="5000" .value=${c.shown?.notes ?? ''} ?disabled=${c.readonly}></textarea>
      ${renderEvidence({ id, t, locale: c.locale, readonly: c.readonly, evidence: c.shown?.evidence ?? [], ...c.evidence })}
      ${renderAction(id, c)}
      <p class="part-state cc-muted">${
        c.state ? t.part[c.state] : c.shown?.answeredBy ? t.answeredBy(c.shown.answeredBy) : nothing
      }</p>
      ${c.conflict ? renderConflict(id, c) : nothing}
      ${
        own && c.remove && !c.readonly
          ? html`<p><button type="button" class="cc-button" data-variant="secondary" data-action="remove"
              @click=${() => c.remove!()}>${t.removeItem(item.label)}</button></p>`
          : nothing
      }
    </fieldset>
  </li>`;
}
