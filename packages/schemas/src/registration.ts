import * as z from 'zod/mini';
import { foldText } from './fold.js';
import {
  Email,
  Id,
  IsoDateTime,
  NonNegativeInt,
  Phone,
  PageUrl,
  PositiveInt,
  line,
  text,
} from './primitives.js';
import {
  COLLEGES,
  HONEYPOT_FIELD,
  REGISTRATION_FIELDS,
  REGISTRATION_STATUSES,
  type RegistrationField,
} from './session-constants.js';

export { COLLEGES, REGISTRATION_FIELDS, HONEYPOT_FIELD, type RegistrationField };
export const College = z.enum(COLLEGES);
export type College = z.infer<typeof College>;

/** Who registers, as the public form and an organiser's entry both ask it. */
const personFields = {
  firstName: line(100),
  lastName: line(100),
  email: Email,
  phone: z.optional(Phone),
  organisation: z.optional(line(200)),
  neighbourhood: z.optional(line(200)),
  college: z.optional(College),
  /** The town the person comes from: asked when a session splits its seats by town. */
  town: z.optional(line(120)),
  accessibilityNeeds: text(1000),
  comment: text(2000),
};

export const RegistrationRequest = z.strictObject({
  ...personFields,
  /** Optional uses the person agreed to (e.g. `newsletter`); never needed to register. */
  consents: z.optional(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(10))),
  [HONEYPOT_FIELD]: z.optional(z.string().check(z.maxLength(500))),
  /** The page the form is on: the confirmation e-mail's cancellation link leads there (never stored). */
  pageUrl: z.optional(PageUrl),
});
export type RegistrationRequest = z.infer<typeof RegistrationRequest>;

/** How a registration arrived: the public form, or an organiser typing one taken by phone or on paper. */
export const REGISTRATION_SOURCES = ['online', 'phone', 'paper'] as const;
export const RegistrationSource = z.enum(REGISTRATION_SOURCES);
export type RegistrationSource = z.infer<typeof RegistrationSource>;

/**
 * `POST /sessions/{id}/entries` (organisers): a registration taken by phone or on paper, into the same seats, with
 * the same duplicate guard (the address, or without one the name and phone). The address is optional — the person
 * gets the same e-mails when there is one — but there must be a way to reach them: an address or a phone.
 */
export const StaffEntry = z
  .strictObject({
    ...personFields,
    email: z.optional(Email),
    source: z.enum(['phone', 'paper']),
    /** The public page of the form: the confirmation e-mail's cancellation link leads there (never stored). */
    pageUrl: z.optional(PageUrl),
  })
  .check(
    z.refine((e) => !!(e.email || e.phone), {
      path: ['phone'],
      params: { rule: 'emailOrPhone' },
    }),
  );
export type StaffEntry = z.infer<typeof StaffEntry>;

/**
 * Who a registration is, for the duplicate guard: the address, or without one the name and phone (an entry taken by
 * phone). Lower case, without accents or spaces in the phone, so « AMINA.D@… » and « amina.d@… » are one person.
 */
export function registrantKey(p: {
  email?: string | undefined;
  firstName: string;
  lastName: string;
  phone?: string | undefined;
}): string {
  if (p.email) return p.email.trim().toLowerCase();
  const key = (v: string) => foldText(v).trim();
  return `name:${key(p.lastName)}|${key(p.firstName)}|${(p.phone ?? '').replace(/\D/g, '')}`;
}

export { REGISTRATION_STATUSES };
/**
 * Who came, ticked by the organiser after (or at the door of) a session: it feeds the bilan's indicators. (Not in
 * constants.ts: every resident's page loads that module, and only staff pages need this.)
 */
export const ATTENDANCES = ['present', 'excused', 'absent'] as const;
export const RegistrationStatus = z.enum(REGISTRATION_STATUSES);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;

/** présent·e, absent·e excusé·e, absent·e. */
export const Attendance = z.enum(ATTENDANCES);
export type Attendance = z.infer<typeof Attendance>;

/**
 * `POST /registrations/{id}/resend` (organisers): the person's confirmation again, with a new cancellation link (the
 * old one stops working: only a hash of a token is kept, so a lost link cannot be sent again) that leads to `pageUrl`.
 */
export const ResendRequest = z.strictObject({ pageUrl: z.optional(PageUrl) });
export type ResendRequest = z.infer<typeof ResendRequest>;

/** `POST /registrations/{id}/confirm` (public): the secret of the e-mail that offered a freed seat. */
export const OfferConfirmation = z.strictObject({
  token: z.string().check(z.minLength(16), z.maxLength(200)),
});
export type OfferConfirmation = z.infer<typeof OfferConfirmation>;

/** `POST /registrations/{id}/move` (organisers): one place up (-1) or down (1) on the waiting list. */
export const WaitlistMove = z.strictObject({ by: z.union([z.literal(-1), z.literal(1)]) });
export type WaitlistMove = z.infer<typeof WaitlistMove>;

/** `PUT /registrations/{id}/attendance` (organisers): who came; `null` takes the mark back. */
export const AttendanceInput = z.strictObject({ attendance: z.nullable(Attendance) });
export type AttendanceInput = z.infer<typeof AttendanceInput>;

export const Registration = z.object({
  id: Id,
  sessionId: Id,
  status: RegistrationStatus,
  /** 1-based place on the waiting list; null unless waitlisted. */
  waitlistPosition: z.nullable(PositiveInt),
  firstName: z.string(),
  lastName: z.string(),
  /** Absent only for a registration an organiser took by phone or on paper without one. */
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  organisation: z.optional(z.string()),
  neighbourhood: z.optional(z.string()),
  college: z.optional(College),
  town: z.optional(z.string()),
  /** The group of the session's split the person's seat (or place on the waiting list) is in. */
  quota: z.optional(z.string()),
  accessibilityNeeds: z.optional(z.string()),
  comment: z.optional(z.string()),
  consents: z.optional(z.array(z.string())),
  createdAt: IsoDateTime,
  cancelledAt: z.optional(IsoDateTime),
  /** A seat freed from the waiting list, held until then: confirmed with the e-mail's link, or given to the next. */
  confirmBy: z.optional(IsoDateTime),
  /** Ticked by the organiser; absent until then. */
  attendance: z.optional(Attendance),
  /** Absent for the public form (`online`); `phone` or `paper` when an organiser typed it. */
  source: z.optional(RegistrationSource),
});
export type Registration = z.infer<typeof Registration>;

/** The answer to a new registration: the only time the cancellation token is shown. */
export const RegistrationReceipt = z.object({
  ...Registration.shape,
  cancellationToken: z.string().check(z.minLength(16)),
});
export type RegistrationReceipt = z.infer<typeof RegistrationReceipt>;

/** What a resident sees about their registration (no token, no other people). */
export const RegistrationList = z.object({ items: z.array(Registration), total: z.int() });
export type RegistrationList = z.infer<typeof RegistrationList>;

/** GDPR: everything held about one person (organiser route). */
export const PersonExport = z.object({ email: z.string(), registrations: z.array(Registration) });
export type PersonExport = z.infer<typeof PersonExport>;

/** GDPR: how many registrations were erased. */
export const PersonErasure = z.object({ erased: NonNegativeInt });
export type PersonErasure = z.infer<typeof PersonErasure>;
