// A bilan as a document to export — the « rapport annuel de co-construction » as <cc-bilan-report> shows it, in the
// same words: who adopted it, progress per heading, the levels of each side and the gaps, the year's figures as
// computed, last year's actions and their outcome, one table per heading with its notes, next year's actions. And
// its items as one table (CSV), one row per item, for a spreadsheet.
import type { AssociationLevel, Bilan, Locale } from '@conseils-citoyens/schemas';
import { BILAN_TEMPLATE } from '@conseils-citoyens/schemas/bilan-template.js';
import {
  ASSOCIATION_LEVELS,
  BILAN_PERSPECTIVES,
  HEADING_NOTES,
} from '@conseils-citoyens/schemas/bilan-constants.js';
import { bilanRows, bilanSummary, levelGap } from '@conseils-citoyens/schemas/bilan-progress.js';
import {
  ACTION_OUTCOME_LABELS,
  ASSOCIATION_LEVEL_WORDS,
  BILAN_HEADING_TITLES,
  HEADING_NOTE_LABELS,
  ITEM_STATUS_LABELS,
  PERSPECTIVE_LABELS,
} from '@conseils-citoyens/schemas/bilan-wording.js';
import { reportFr } from '@conseils-citoyens/schemas/bilan-report-text.js';
import { breakdownText } from '@conseils-citoyens/schemas/bilan-summary-text.js';
import { reportEn } from '@conseils-citoyens/schemas/bilan-report-text-en.js';
import { tableCsv, type TableValue } from '@conseils-citoyens/schemas/questionnaire-export.js';
import type { Block, ExportDocument } from './document.js';

export type ExportableBilan = Bilan & {
  version?: number;
  versionStatus?: string;
  updatedAt?: string;
};

const dateOf = (iso: string, locale: Locale, withTime = false) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: withTime ? 'Europe/Paris' : 'UTC',
  }).format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));

export function bilanDocument(b: ExportableBilan, locale: Locale = 'fr'): ExportDocument {
  const t = locale === 'en' ? reportEn : reportFr;
  const titles = BILAN_HEADING_TITLES[locale];
  const levelWord = (l: AssociationLevel | undefined) =>
    l ? ASSOCIATION_LEVEL_WORDS[locale][l].label : t.noLevel;
  const summary = bilanSummary(BILAN_TEMPLATE, b);
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text:
        b.versionStatus === 'adopted' && b.updatedAt && b.version
          ? t.adoptedOn(dateOf(b.updatedAt, locale), b.version)
          : t.notAdopted,
    },
    { type: 'heading', level: 1, text: t.summary },
    {
      type: 'list',
      items: summary.headings.map(
        (h) =>
          `${titles[h.heading]} : ${t.answered(h.answered, h.total)}${h.gaps ? ` · ${t.gapsIn(h.gaps)}` : ''}`,
      ),
    },
    { type: 'heading', level: 2, text: t.levelsTitle },
    {
      type: 'table',
      header: [t.level, ...BILAN_PERSPECTIVES.map((p) => PERSPECTIVE_LABELS[locale][p])],
      rows: ASSOCIATION_LEVELS.map((l) => [
        levelWord(l),
        ...BILAN_PERSPECTIVES.map((p) => String(summary.levels[p][l])),
      ]),
    },
    { type: 'heading', level: 2, text: t.gapsTitle },
    summary.gaps.length
      ? { type: 'list', items: summary.gaps.map((g) => `${g.item.label} — ${t.gap(g.gap)}`) }
      : { type: 'paragraph', text: t.noGaps },
  ];
  if (b.indicators) {
    const at = dateOf(b.indicators.computedAt, locale, true);
    blocks.push(
      { type: 'heading', level: 1, text: t.indicatorsTitle },
      {
        type: 'table',
        header: [t.item, t.figure, t.sourceColumn],
        rows: b.indicators.indicators.map((i) => [
          t.indicator[i.id] ?? i.id,
          i.id === 'charte_adopted'
            ? i.date
              ? dateOf(i.date, locale)
              : t.notAdoptedYet
            : `${i.value ?? ''}${i.breakdown?.length ? ` (${breakdownText(i.breakdown, t)})` : ''}`,
          t.computed(t.source[i.source] ?? i.source, at),
        ]),
      },
    );
  }
  if (b.previous || b.carriedActions.length)
    blocks.push(
      { type: 'heading', level: 1, text: t.carriedTitle },
      b.carriedActions.length
        ? {
            type: 'list',
            items: b.carriedActions.map(
              (a) =>
                `${a.what}${a.who ? ` — ${a.who}` : ''}${a.by ? `, ${dateOf(a.by, locale)}` : ''} : ${
                  a.outcome ? ACTION_OUTCOME_LABELS[locale][a.outcome] : t.outcomePending
                }${a.outcomeNote ? ` (${a.outcomeNote})` : ''}`,
            ),
          }
        : { type: 'paragraph', text: t.carriedNone },
    );
  const notes = HEADING_NOTE_LABELS[locale];
  for (const [h, rows] of bilanRows(BILAN_TEMPLATE, b)) {
    blocks.push(
      { type: 'heading', level: 1, text: titles[h] },
      {
        type: 'table',
        header: [
          t.item,
          t.status,
          ...BILAN_PERSPECTIVES.map((p) => PERSPECTIVE_LABELS[locale][p]),
          t.gapColumn,
        ],
        rows: rows.map(({ item, own, answer }) => {
          const gap = levelGap(answer);
          return [
            `${item.label}${own ? ` ${t.own}` : ''}${answer?.notes ? ` — ${answer.notes}` : ''}`,
            answer?.status ? ITEM_STATUS_LABELS[locale][answer.status] : t.noStatus,
            ...BILAN_PERSPECTIVES.map((p) => levelWord(answer?.levels?.[p])),
            gap ? t.gap(gap) : gap === 0 ? '0' : '—',
          ];
        }),
      },
    );
    for (const n of HEADING_NOTES) {
      const text = b.headings[h]?.[n];
      if (text)
        blocks.push({ type: 'heading', level: 3, text: notes[n] }, { type: 'paragraph', text });
    }
  }
  const actions = [...bilanRows(BILAN_TEMPLATE, b).values()]
    .flat()
    .filter((r) => r.answer?.action)
    .map(({ item, answer }) => {
      const a = answer!.action!;
      return `${a.what}${a.who ? ` — ${a.who}` : ''}${a.by ? `, ${dateOf(a.by, locale)}` : ''} (${item.label})`;
    });
  blocks.push(
    { type: 'heading', level: 1, text: t.nextYear },
    actions.length ? { type: 'list', items: actions } : { type: 'paragraph', text: t.noActions },
  );
  return { lang: locale, title: t.title(b.year, b.council), blocks };
}

/** Every item as one row (heading, item, status, each side's level, gap, notes, action, who answered): for a spreadsheet. */
export function bilanItemsCsv(
  b: ExportableBilan,
  locale: Locale = 'fr',
  separator: ';' | ',' = ';',
): string {
  const t = locale === 'en' ? reportEn : reportFr;
  const c = t.csv;
  const header = [
    c.heading,
    t.item,
    c.own,
    t.status,
    ...BILAN_PERSPECTIVES.map((p) => PERSPECTIVE_LABELS[locale][p]),
    t.gapColumn,
    c.notes,
    c.action,
    c.who,
    c.by,
    c.answeredBy,
    c.answeredAt,
  ];
  const rows: TableValue[][] = [];
  for (const [h, items] of bilanRows(BILAN_TEMPLATE, b))
    for (const { item, own, answer } of items)
      rows.push([
        BILAN_HEADING_TITLES[locale][h],
        item.label,
        own ? c.yes : c.no,
        answer?.status ? ITEM_STATUS_LABELS[locale][answer.status] : '',
        ...BILAN_PERSPECTIVES.map((p) => {
          const l = answer?.levels?.[p];
          return l ? ASSOCIATION_LEVEL_WORDS[locale][l].label : '';
        }),
        levelGap(answer) ?? '',
        answer?.notes ?? '',
        answer?.action?.what ?? '',
        answer?.action?.who ?? '',
        answer?.action?.by ?? '',
        answer?.answeredBy ?? '',
        answer?.answeredAt ?? '',
      ]);
  return tableCsv({ header, rows }, separator);
}
