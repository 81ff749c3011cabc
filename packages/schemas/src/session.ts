import * as z from 'zod/mini';
import { Id, IsoDateTime, NonNegativeInt, Page, TimeZone, line, text } from './primitives.js';
import { COLLEGES, SESSION_KINDS, SESSION_STATUSES } from './session-constants.js';
import { foldText } from './fold.js';
import { QUOTA_BASES } from './quotas.js';

export { SESSION_KINDS, SESSION_STATUSES };
export const SessionKind = z.enum(SESSION_KINDS);
export type SessionKind = z.infer<typeof SessionKind>;

export const SessionStatus = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof SessionStatus>;

export const Venue = z.strictObject({
  name: line(200),
  address: line(300),
  postalCode: z.optional(z.string().check(z.regex(/^[0-9]{5}$/))),
  town: line(120),
  accessibility: text(500),
});
export type Venue = z.infer<typeof Venue>;

export const Speaker = z.strictObject({
  name: line(200),
  role: line(200),
  organisation: z.optional(line(200)),
});
export type Speaker = z.infer<typeof Speaker>;

/** One group of a split: a collège or a town, and its seats. */
export const QuotaGroup = z.strictObject({
  key: line(120),
  seats: z.int().check(z.gte(1), z.lte(10000)),
});
/** The seats split by collège or by town (e.g. 20 = 10 habitants + 10 acteurs locaux); each group has its own waiting list. */
export const Quotas = z.strictObject({
  by: z.enum(QUOTA_BASES),
  groups: z.array(QuotaGroup).check(z.minLength(2), z.maxLength(12)),
});

type Split = { capacity?: number; quotas?: z.infer<typeof Quotas> | null | undefined };
const quotasFillCapacity = (s: Split) =>
  !s.quotas ||
  s.capacity === undefined ||
  s.quotas.groups.reduce((n, g) => n + g.seats, 0) === s.capacity;
const quotaKeysDistinct = (s: Split) =>
  !s.quotas ||
  new Set(s.quotas.groups.map((g) => foldText(g.key).trim())).size === s.quotas.groups.length;
const quotaCollegesKnown = (s: Split) =>
  s.quotas?.by !== 'college' ||
  s.quotas.groups.every((g) => (COLLEGES as readonly string[]).includes(g.key));
const quotaChecks = [
  z.refine<Split>(quotasFillCapacity, { path: ['quotas'], params: { rule: 'quotasFillCapacity' } }),
  z.refine<Split>(quotaKeysDistinct, { path: ['quotas'], params: { rule: 'quotaKeysDistinct' } }),
  z.refine<Split>(quotaCollegesKnown, { path: ['quotas'], params: { rule: 'quotaCollegesKnown' } }),
];

const endAfterStart = (s: { start?: string; end?: string }) =>
  !s.start || !s.end || Date.parse(s.end) > Date.parse(s.start);
const windowInOrder = (s: { registrationOpensAt?: string; registrationClosesAt?: string }) =>
  !s.registrationOpensAt ||
  !s.registrationClosesAt ||
  Date.parse(s.registrationClosesAt) > Date.parse(s.registrationOpensAt);

/** What an organiser writes: everything but the computed fields. */
const sessionFields = {
  kind: SessionKind,
  title: line(200),
  description: text(5000),
  theme: z.optional(line(120)),
  speakers: z.array(Speaker).check(z.maxLength(20)),
  start: IsoDateTime,
  end: IsoDateTime,
  timeZone: z._default(TimeZone, 'Europe/Paris'),
  venue: Venue,
  capacity: z.int().check(z.gte(1), z.lte(10000)),
  waitingList: z.boolean(),
  registrationOpensAt: z.optional(IsoDateTime),
  registrationClosesAt: z.optional(IsoDateTime),
  /** E-mail a reminder to everyone with a seat the day before (24 hours before it starts). */
  reminder: z.optional(z.boolean()),
  quotas: z.optional(Quotas),
  /**
   * A seat freed for someone on the waiting list is held for them this many hours: they confirm it with the link of
   * their e-mail, or it goes to the next person. Absent: they are confirmed at once.
   */
  confirmPromotionHours: z.optional(z.int().check(z.gte(1), z.lte(168))),
};

export const SessionInput = z.strictObject(sessionFields).check(
  z.refine(endAfterStart, { path: ['end'], params: { rule: 'endAfterStart' } }),
  z.refine(windowInOrder, {
    path: ['registrationClosesAt'],
    params: { rule: 'closesAfterOpens' },
  }),
  ...quotaChecks,
);
export type SessionInput = z.input<typeof SessionInput>;

/** The optional fields a PATCH may take away with `null` (left out, a field keeps its value). */
export const CLEARABLE_SESSION_FIELDS = [
  'description',
  'theme',
  'registrationOpensAt',
  'registrationClosesAt',
  'quotas',
  'confirmPromotionHours',
] as const;

/** PATCH body: any subset, plus a cancellation with its reason. */
export const SessionPatch = z
  .strictObject({
    ...z.partial(z.object(sessionFields)).shape,
    description: z.optional(z.nullable(z.string().check(z.maxLength(5000)))),
    theme: z.optional(z.nullable(line(120))),
    registrationOpensAt: z.optional(z.nullable(IsoDateTime)),
    registrationClosesAt: z.optional(z.nullable(IsoDateTime)),
    /** `null` takes the split away: everyone is in one list again, in the order they came. */
    quotas: z.optional(z.nullable(Quotas)),
    confirmPromotionHours: z.optional(z.nullable(z.int().check(z.gte(1), z.lte(168)))),
    status: z.optional(z.enum(['scheduled', 'cancelled'])),
    cancellationReason: text(1000),
  })
  .check(
    z.refine(endAfterStart, { path: ['end'], params: { rule: 'endAfterStart' } }),
    ...quotaChecks,
  );
export type SessionPatch = z.infer<typeof SessionPatch>;

/** A session as the API returns it, with its live capacity. */
export const Session = z.object({
  id: Id,
  ...sessionFields,
  timeZone: TimeZone,
  status: SessionStatus,
  cancellationReason: text(1000),
  confirmed: NonNegativeInt,
  waitlisted: NonNegativeInt,
  seatsLeft: NonNegativeInt,
  updatedAt: IsoDateTime,
  /** Each group's seats, when the seats are split (`quotas`). */
  quotaSeats: z.optional(
    z.array(
      z.object({
        key: z.string(),
        seats: NonNegativeInt,
        confirmed: NonNegativeInt,
        waitlisted: NonNegativeInt,
        seatsLeft: NonNegativeInt,
      }),
    ),
  ),
  /** Grows with every change (iCalendar's SEQUENCE), so subscribed agendas take the new time or place. */
  sequence: z.optional(NonNegativeInt),
});
export type Session = z.infer<typeof Session>;

export const SessionList = Page(Session);
export type SessionList = z.infer<typeof SessionList>;

/** Query string of `GET /sessions`; every value arrives as a string. */
export const SessionQuery = z.strictObject({
  from: z.optional(IsoDateTime),
  to: z.optional(IsoDateTime),
  town: z.optional(line(120)),
  theme: z.optional(line(120)),
  kind: z.optional(SessionKind),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(500)), 100),
  offset: z._default(z.coerce.number().check(z.int(), z.gte(0)), 0),
});
export type SessionQuery = z.infer<typeof SessionQuery>;
