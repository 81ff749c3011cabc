// The top of the bilan: progress per heading with jump links, how many items each side put on each rung, the gaps
// to discuss first, the year's computed indicators and last year's actions.
import { html, nothing, type TemplateResult } from 'lit';
import {
  ASSOCIATION_LEVELS,
  BILAN_PERSPECTIVES,
} from '@conseils-citoyens/schemas/bilan-constants.js';
import type { BilanIndicators, CarriedAction, Locale } from '@conseils-citoyens/schemas';
import type { BilanSummary } from '@conseils-citoyens/schemas/bilan-progress.js';
import {
  ACTION_OUTCOME_LABELS,
  ASSOCIATION_LEVEL_WORDS,
  BILAN_HEADING_TITLES,
  PERSPECTIVE_LABELS,
} from '@conseils-citoyens/schemas/bilan-wording.js';
import { formatDate } from '@conseils-citoyens/core/i18n/locale.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import { breakdownText } from '@conseils-citoyens/schemas/bilan-summary-text.js';
import type { SummaryStrings } from './translations/summary-fr.js';

export interface SummaryContext {
  t: SummaryStrings;
  locale: Locale;
  level: number;
  jump(e: Event, id: string): void;
}

export function renderSummary(s: BilanSummary, c: SummaryContext): TemplateResult {
  const { t, locale } = c;
  const titles = BILAN_HEADING_TITLES[locale];
  const words = ASSOCIATION_LEVEL_WORDS[locale];
  return html`<section class="summary" part="summary">
    ${heading(c.level, t.summary, { id: 'summary-title', class: 'section-title' })}
    <ul class="progress-list" aria-label=${t.jumpTo}>${s.headings.map(
      (h) => html`<li>
          <a class="cc-link" href="#h-${h.heading}" @click=${(e: Event) => c.jump(e, `h-${h.heading}`)}>${titles[h.heading]}</a>
          <span class="progress-text">${t.answered(h.answered, h.total)}${h.gaps ? ` · ${t.gapsIn(h.gaps)}` : ''}</span>
          <progress max=${h.total} .value=${h.answered} aria-hidden="true"></progress>
        </li>`,
    )}</ul>
    <div class="table-scroll">
      <table class="levels-table">
        <caption>${t.levelsCaption}</caption>
        <thead><tr><th scope="col">${t.level}</th>${BILAN_PERSPECTIVES.map(
          (p) => html`<th scope="col">${PERSPECTIVE_LABELS[locale][p]}</th>`,
        )}</tr></thead>
        <tbody>${ASSOCIATION_LEVELS.map(
          (l) =>
            html`<tr><th scope="row">${words[l].label}</th>${BILAN_PERSPECTIVES.map(
              (p) => html`<td>${s.levels[p][l]}</td>`,
            )}</tr>`,
        )}</tbody>
      </table>
    </div>
    ${heading(c.level + 1, t.gapsTitle, { class: 'sub-title' })}
    ${
      s.gaps.length
        ? html`<ul class="gaps">${s.gaps.map(
            (g) =>
              html`<li><a class="cc-link" href="#item-${g.item.id}" @click=${(e: Event) => c.jump(e, `item-${g.item.id}`)}>${g.item.label}</a> — ${t.gap(g.gap)}</li>`,
          )}</ul>`
        : html`<p class="cc-muted">${t.noGaps}</p>`
    }
  </section>`;
}

export function renderIndicators(figures: BilanIndicators, c: SummaryContext): TemplateResult {
  const { t, locale } = c;
  const at = formatDate(figures.computedAt, locale, { dateStyle: 'long', timeStyle: 'short' });
  return html`<section class="indicators" part="indicators">
    ${heading(c.level, t.indicatorsTitle, { id: 'indicators-title', class: 'section-title' })}
    <dl>${figures.indicators.map(
      (i) => html`<div class="indicator">
        <dt>${t.indicator[i.id]}</dt>
        <dd class="figure">${
          i.id === 'charte_adopted'
            ? i.date
              ? formatDate(`${i.date}T12:00:00Z`, locale, { dateStyle: 'long' })
              : t.notAdoptedYet
            : i.value
        }</dd>
        ${
          i.breakdown?.length
            ? html`<dd class="breakdown cc-muted">${breakdownText(i.breakdown, t)}</dd>`
            : nothing
        }
        <dd class="source cc-muted">${t.computed(t.source[i.source] ?? i.source, at)}</dd>
      </div>`,
    )}</dl>
  </section>`;
}

export function renderCarried(actions: CarriedAction[], c: SummaryContext): TemplateResult {
  const { t, locale } = c;
  return html`<section class="carried">
    ${heading(c.level, t.carriedTitle, { id: 'carried-title', class: 'section-title' })}
    ${
      actions.length
        ? html`<ul>${actions.map(
            (a) =>
              html`<li><strong>${a.what}</strong>${a.who ? ` — ${a.who}` : ''}${
                a.by ? `, ${formatDate(`${a.by}T12:00:00Z`, locale, { dateStyle: 'long' })}` : ''
              } : <span class="outcome">${a.outcome ? ACTION_OUTCOME_LABELS[locale][a.outcome] : t.outcomePending}</span>${
                a.outcomeNote ? html` <span class="cc-muted">(${a.outcomeNote})</span>` : nothing
              }</li>`,
          )}</ul>`
        : html`<p class="cc-muted">${t.carriedNone}</p>`
    }
  </section>`;
}
