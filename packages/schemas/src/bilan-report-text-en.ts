import type { ReportStrings } from './bilan-report-text.js';
import { summaryEn } from './bilan-summary-text-en.js';

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
  download: 'Download',
  formats: {
    odt: 'ODT (LibreOffice)',
    docx: 'DOCX (Word)',
    md: 'Markdown',
    csv: 'the items as CSV (spreadsheet)',
  },
  figure: 'Figure',
  sourceColumn: 'Source',
  csv: {
    heading: 'Heading',
    own: 'Territory’s own item',
    notes: 'Notes',
    action: 'Action',
    who: 'Who',
    by: 'By',
    answeredBy: 'Answered by',
    answeredAt: 'On',
    yes: 'yes',
    no: 'no',
  },
  missingBilan: 'Say which review to show: the bilan-id attribute, or the bilan property.',
};
