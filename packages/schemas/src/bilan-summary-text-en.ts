import type { SummaryStrings } from './bilan-summary-text.js';

/** The English strings of the bilan's summary, indicators and carried actions. */
export const summaryEn: SummaryStrings = {
  summary: 'Summary',
  answered: (n, total) => `${n} of ${total} answered`,
  jumpTo: 'Go to heading',
  levelsTitle: 'Levels of involvement',
  levelsCaption: 'Number of items at each level, according to each side',
  level: 'Level',
  gapsTitle: 'Gaps to discuss',
  gapsIn: (n) => `${n} gap${n > 1 ? 's' : ''} to discuss`,
  noGaps: 'No gap of two levels or more between the council and the institutions.',
  gap: (n) => `Gap of ${n} level${n > 1 ? 's' : ''}`,
  indicatorsTitle: 'Indicators of the year (computed)',
  indicator: {
    sessions_held: 'Sessions held',
    sessions_cancelled: 'Sessions cancelled',
    registrations_confirmed: 'Confirmed registrations to sessions held',
    attendance_present: 'People present at the sessions held (sign-in sheets)',
    questionnaire_responses: 'Questionnaire answers',
    charte_adopted: 'Charter adopted',
  },
  kinds: {
    introductory: 'introductory sessions',
    thematic: 'thematic sessions',
    network_meeting: 'network meetings',
    other: 'other sessions',
  },
  source: {
    sessions: 'session calendar',
    registrations: 'registrations',
    questionnaire_responses: 'questionnaire answers',
    chartes: 'adopted charter',
  },
  computed: (source, at) => `Source: ${source}; computed on ${at}.`,
  notAdoptedYet: 'not adopted yet',
  carriedTitle: 'Last year’s actions',
  carriedNone: 'No action carried over from last year.',
  outcomePending: 'to review',
};
