import type { Session } from '@conseils-citoyens/schemas';
import type { CcApi } from '../api/api.js';

const stamp = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
/** RFC 5545 text: escape \ ; , and new lines. */
const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
/** Lines longer than 75 octets are folded (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (size + n > (out.length ? 74 : 75)) { out.push(current); current = ''; size = 0; }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** An iCalendar file made in the browser, for backends that serve none (times in UTC, which every agenda reads). */
export function sessionIcs(s: Session, now = new Date()): string {
  const place = [s.venue.name, s.venue.address, [s.venue.postalCode, s.venue.town].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Conseils Citoyens Elements//FR', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    'BEGIN:VEVENT', `UID:${s.id}@conseils-citoyens`, `DTSTAMP:${stamp(now.toISOString())}`,
    `DTSTART:${stamp(s.start)}`, `DTEND:${stamp(s.end)}`, `SUMMARY:${esc(s.title)}`, `LOCATION:${esc(place)}`,
    ...(s.description ? [`DESCRIPTION:${esc(s.description)}`] : []),
    `STATUS:${s.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT', 'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** The link behind “Ajouter à mon agenda”: the API's file when it has one, else one made here. */
export function calendarHref(api: CcApi | undefined, s: Session): string {
  return api?.sessionIcsUrl(s.id) ?? `data:text/calendar;charset=utf-8,${encodeURIComponent(sessionIcs(s))}`;
}
