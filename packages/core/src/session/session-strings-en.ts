import type { SessionStrings } from './session-strings.js';

export const en: SessionStrings = {
  kinds: {
    introductory: 'Introductory session',
    thematic: 'Thematic session',
    network_meeting: 'Network meeting',
    other: 'Session',
  },
  seatsLeft: (n) => (n === 1 ? '1 seat left' : `${n} seats left`),
  full: 'Full',
  waitingList: (w) =>
    w === 0
      ? 'Full – waiting list open'
      : `Full – waiting list: ${w} ${w === 1 ? 'person' : 'people'}`,
  cancelled: 'Session cancelled',
  speaker: 'Speaker',
  place: 'Place',
  when: 'Date',
  theme: 'Theme',
  addToCalendar: 'Add to my calendar',
  cancelledNoRegistration: 'This session is cancelled: registration is no longer possible.',
  past: 'This session has already taken place.',
  opensOn: (date) => `Registration opens on ${date}.`,
  closedSince: (date) => `Registration closed on ${date}.`,
  fullNoWaitlist: 'This session is full and has no waiting list. Please choose another session.',
  notOpen: 'Registration is not open yet.',
  closed: 'Registration for this session is closed.',
  alreadyRegistered:
    'You are already registered for this session with this email address. To cancel, use the link you received when registering.',
};
