import type { ReportStrings } from './report-fr.js';
import { summaryEn } from './summary-en.js';

/** The English strings of <cc-bilan-report>. */
export const reportEn: ReportStrings = {
  ...summaryEn,
  title: (year, council) => `${year} co-construction report — ${council}`,
  adoptedOn: (date, version) => `Review adopted on ${date} (version ${version}).`,
  notAdopted: 'Working version: this review is not adopted yet.',
  item: 'Item',
  status: 'Status',
  gapColumn: 'Gap',
  noStatus: '—',
  noLevel: '—',
  own: '(item added by the territory)',
  nextYear: 'Actions for next year',
  noActions: 'No action decided for next year.',
  print: 'Print the report',
  missingBilan: 'Say which review to show: the bilan-id attribute, or the bilan property.',
};
