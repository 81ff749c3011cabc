// RFC 5545 calendars in Europe/Paris, with VTIMEZONE and stable UIDs: one DOM-free writer for the server's
// feeds and the file an element makes when its backend serves none.
import type { Locale } from './primitives.js';
import type { Session } from './session.js';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const LABELS: Record<Locale, { theme: string; speakers: string }> = {
  fr: { theme: 'Thème', speakers: 'Intervenant·es' },
  en: { theme: 'Theme', speakers: 'Speakers' },
};

/** RFC 5545 text: escape \ ; , and new lines. */
const escape = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

const utf8 = new TextEncoder();
/** Lines longer than 75 octets are folded (RFC 5545 §3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = utf8.encode(ch).length;
    if (size + n > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const paris = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
/** Local wall-clock time in Paris, as `YYYYMMDDTHHMMSS`. */
function local(iso: string): string {
  const p = Object.fromEntries(paris.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
}
const stamp = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function event(s: Session, host: string, locale: Locale): string[] {
  const t = LABELS[locale];
  const town = [s.venue.postalCode, s.venue.town].filter(Boolean).join(' ');
  const place = [s.venue.name, s.venue.address, town].filter(Boolean).join(', ');
  const speakers = s.speakers.map((p) => `${p.name} (${p.role})`).join(', ');
  const description = [
    s.description,
    s.theme && `${t.theme} : ${s.theme}`,
    speakers && `${t.speakers} : ${speakers}`,
  ]
    .filter(Boolean)
    .join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${s.id}@${host}`,
    `DTSTAMP:${stamp(s.updatedAt)}`,
    `DTSTART;TZID=Europe/Paris:${local(s.start)}`,
    `DTEND;TZID=Europe/Paris:${local(s.end)}`,
    `SUMMARY:${escape(s.title)}`,
    `LOCATION:${escape(place)}`,
    ...(description ? [`DESCRIPTION:${escape(description)}`] : []),
    `SEQUENCE:${s.sequence ?? 0}`,
    `STATUS:${s.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
  ];
}

export interface IcsOptions {
  /** Makes the UIDs stable and unique: the API's host name. */
  host?: string;
  /** The calendar's name in the agenda that subscribes to it. */
  name?: string;
  locale?: Locale;
  /** `CANCEL` for the .ics of an e-mail that tells a session is cancelled; `PUBLISH` otherwise (feeds, confirmations). */
  method?: 'PUBLISH' | 'CANCEL';
}

/** An iCalendar file of these sessions. */
export function sessionsIcs(
  sessions: Session[],
  {
    host = 'conseils-citoyens',
    name = 'Conseils citoyens',
    locale = 'fr',
    method = 'PUBLISH',
  }: IcsOptions = {},
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Conseils Citoyens Elements//FR',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    `X-WR-CALNAME:${escape(name)}`,
    'X-WR-TIMEZONE:Europe/Paris',
    ...VTIMEZONE,
    ...sessions.flatMap((s) => event(s, host, locale)),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
