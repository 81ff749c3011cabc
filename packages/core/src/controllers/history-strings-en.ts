import type { HistoryStrings } from './history-strings.js';

export const en: HistoryStrings = {
  history: 'Version history',
  historyEmpty: 'No other version yet.',
  versionLine: (v, status, who, when) => `Version ${v} (${status}), by ${who}, on ${when}`,
  status: { draft: 'draft', published: 'published', adopted: 'adopted' },
  compare: 'Compare',
  compareFrom: 'From version',
  compareTo: 'To version',
  diffAdded: 'Added',
  diffRemoved: 'Deleted',
  diffChanged: 'Changed',
  diffMoved: 'Moved',
  diffNone: 'No difference between these two versions.',
};
