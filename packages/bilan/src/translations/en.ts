import type { BilanStrings } from './fr.js';
import { summaryEn } from './summary-en.js';

/** The English strings of <cc-bilan-checklist>. */
export const bilanEn: BilanStrings = {
  title: (council, year) => `${year} review — ${council}`,
  adopted: (version) =>
    `Version ${version}, adopted: it no longer changes. A change starts a new version.`,
  draft: (version) => `Version ${version}, in progress`,
  ...summaryEn,
  status: 'Status',
  levelOf: (side) => `Level according to: ${side}`,
  noLevel: 'Not answered yet',
  notes: 'Notes',
  own: 'Item added by the territory',
  action: 'Action for next year',
  evidence: {
    title: 'Supporting documents',
    attach: 'Attach a file',
    hint: 'PDF, image (PNG, JPEG), document or spreadsheet (ODT, ODS, DOCX, XLSX), CSV or text; 10 MB at most.',
    sending: (name) => `Sending “${name}”`,
    retry: (name) => `Try sending “${name}” again`,
    attached: (name) => `“${name}” is attached.`,
    removed: (name) => `“${name}” is removed.`,
    remove: 'Remove',
  },
  actionWhat: 'What?',
  actionWho: 'Who?',
  actionBy: 'By when?',
  headingNotes: 'Taking stock of this heading',
  answeredBy: (who) => `Answered by ${who}`,
  part: {
    pending: 'Changed — saving in a moment',
    saving: 'Saving…',
    saved: 'Saved',
    failed: 'Not saved — kept on this device',
    conflict: 'Changed at the same time by someone else',
  },
  overall: (c) =>
    c.conflict
      ? `${c.conflict} item${c.conflict > 1 ? 's' : ''} changed at the same time: choose the version to keep.`
      : c.failed
        ? `${c.failed} change${c.failed > 1 ? 's' : ''} not saved, kept on this device: tried again when back online.`
        : c.pending || c.saving
          ? 'Saving…'
          : 'All changes are saved.',
  retry: 'Try again',
  conflictBoth: (who) => `${who} changed this item while you were writing.`,
  theirs: 'Their version',
  mine: 'Your version',
  keepMine: 'Keep mine',
  keepTheirs: 'Take theirs',
  empty: '(empty)',
  compare: (year) => `Compare with ${year}`,
  compareLoading: 'Loading last year’s review…',
  compareFailed: 'Last year’s review could not be read.',
  trend: { up: 'up', down: 'down', same: 'same' },
  trendLine: (side, year, then, now, trend) =>
    `${side}: ${then} in ${year} → ${now}${trend ? ` (${trend})` : ''}`,
  trendCounts: (year, up, down, same) => `Since ${year}: ${up} up, ${down} down, ${same} the same`,
  outcome: 'What became of it',
  outcomeNote: 'In a few words',
  nextYear: (year) => `Prepare the ${year} review`,
  nextYearHint: 'A new review, with this year’s actions to look back on.',
  addItem: 'Add an item to this heading',
  add: 'Add',
  removeItem: (label) => `Remove the item “${label}”`,
  removed: (label) => `Item “${label}” removed, with its answer.`,
  undo: 'Undo',
  addItemBlank: '“Add an item to this heading”: write the item to add.',
  missingBilan: 'Say which review to show: the bilan-id attribute.',
};
