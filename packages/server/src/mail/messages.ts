// The e-mails residents receive, in French and English: plain text and a simple HTML part that says the same
// (headings, paragraphs, real links; no tracking pixel, no external image, no layout table), signed by the
// municipality. Each is composed once, when the change that causes it is written (mail/outbox.ts).
import { sessionsIcs, type Locale, type Session } from '@conseils-citoyens/schemas';
import type { MailSettings } from './settings.js';

export interface Attachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface Composed {
  subject: string;
  text: string;
  html: string;
  attachments: Attachment[];
}

/** A message is blocks of text: a heading, paragraphs, links and the facts of a session. */
type Block = { p: string } | { link: string; href: string } | { facts: string[] };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function when(s: Session, locale: Locale): string {
  const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
  const day = new Intl.DateTimeFormat(tag, { timeZone: s.timeZone, dateStyle: 'full' }).format(
    new Date(s.start),
  );
  const time = new Intl.DateTimeFormat(tag, { timeZone: s.timeZone, timeStyle: 'short' });
  return `${day}, ${time.format(new Date(s.start))} – ${time.format(new Date(s.end))}`;
}

function factsOf(s: Session, locale: Locale): string[] {
  const v = s.venue;
  const place = [v.name, v.address, [v.postalCode, v.town].filter(Boolean).join(' ')].join(', ');
  return [s.title, when(s, locale), place, ...(s.theme ? [`${W[locale].theme} : ${s.theme}`] : [])];
}

const W = {
  fr: {
    hello: (name?: string) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    theme: 'Thème',
    footer: (org: string) =>
      `Ce message vous est envoyé par ${org} parce que vous avez fait cette démarche. Il ne contient aucun suivi de lecture.`,
    contact: (c: string) => `Une question ? ${c}`,
    calendar: 'Le fichier joint (seance.ics) ajoute la séance à votre agenda.',
    cancelAt: 'Vous ne pourrez pas venir ? Annulez pour libérer votre place :',
    cancelLink: 'Annuler mon inscription',
    keepFirst:
      'Pour annuler, utilisez le lien reçu lors de votre inscription (ou écrivez-nous) : votre place ira à la personne suivante.',
    confirmed: {
      subject: (t: string) => `Inscription confirmée : ${t}`,
      lead: 'Votre inscription est confirmée.',
    },
    waitlisted: {
      subject: (t: string) => `Liste d'attente : ${t}`,
      lead: (n: number) =>
        `La séance est complète : vous êtes sur la liste d'attente, en position ${n}. Si une place se libère, vous êtes inscrit·e automatiquement et nous vous prévenons par e-mail.`,
    },
    promoted: {
      subject: (t: string) => `Une place s'est libérée : ${t}`,
      lead: "Une place s'est libérée : vous étiez sur la liste d'attente, votre inscription est maintenant confirmée.",
      held: (until: string) =>
        `Une place s'est libérée : vous étiez sur la liste d'attente, elle vous est réservée jusqu'au ${until}. Confirmez-la avec ce lien ; sans réponse, elle ira à la personne suivante.`,
      heldNoLink: (until: string) =>
        `Une place s'est libérée : vous étiez sur la liste d'attente, elle vous est réservée jusqu'au ${until}. Écrivez-nous pour la confirmer ; sans réponse, elle ira à la personne suivante.`,
      confirmLink: 'Je confirme ma place',
    },
    offerExpired: {
      subject: (t: string) => `Place non confirmée : ${t}`,
      lead: "Le délai pour confirmer la place qui vous était réservée est passé : elle est allée à la personne suivante. Vous pouvez vous réinscrire s'il reste des places.",
    },
    cancelled: {
      subject: (t: string) => `Inscription annulée : ${t}`,
      lead: 'Votre inscription est annulée. Merci de nous avoir prévenus : votre place peut servir à quelqu’un d’autre.',
    },
    changed: {
      subject: (t: string) => `Séance modifiée : ${t}`,
      lead: 'La séance à laquelle vous êtes inscrit·e a changé. Voici ce qu’il faut retenir :',
      calendar: 'Le fichier joint (seance.ics) met à jour votre agenda.',
    },
    reminder: {
      subject: (t: string) => `Rappel : ${t}, demain`,
      lead: 'Nous vous attendons demain à la séance à laquelle vous êtes inscrit·e :',
      cancel:
        'Si vous ne pouvez plus venir, annulez avec le lien reçu dans votre confirmation : votre place ira à une autre personne.',
    },
    sessionCancelled: {
      subject: (t: string) => `Séance annulée : ${t}`,
      lead: 'La séance à laquelle vous étiez inscrit·e est annulée. Nous sommes désolés de ce changement.',
      reason: (r: string) => `Motif : ${r}`,
      calendar: 'Le fichier joint (seance.ics) la retire de votre agenda.',
    },
    confirm: {
      subject: (t: string) => `Confirmez votre réponse : ${t}`,
      lead: (until: string) =>
        `Merci d'avoir répondu. Pour que votre réponse compte, confirmez-la avec ce lien, valable jusqu'au ${until} :`,
      link: 'Confirmer ma réponse',
      ignore:
        "Vous n'avez pas répondu à ce questionnaire ? Ignorez ce message : la réponse non confirmée sera effacée.",
    },
    resume: {
      subject: (t: string) => `Reprendre le questionnaire : ${t}`,
      lead: (until: string) =>
        `Vos réponses sont enregistrées jusqu'au ${until}. Ce lien vous ramène là où vous en étiez :`,
      link: 'Reprendre mes réponses',
      secret: 'Ce lien est personnel : ne le transférez pas.',
    },
  },
  en: {
    hello: (name?: string) => (name ? `Hello ${name},` : 'Hello,'),
    theme: 'Theme',
    footer: (org: string) =>
      `${org} sends you this message because of what you did on its site. It contains no read tracking.`,
    contact: (c: string) => `A question? ${c}`,
    calendar: 'The attached file (seance.ics) adds the session to your calendar.',
    cancelAt: "Can't come? Cancel to free your seat:",
    cancelLink: 'Cancel my registration',
    keepFirst:
      'To cancel, use the link you received when you registered (or write to us): your seat will go to the next person.',
    confirmed: {
      subject: (t: string) => `Registration confirmed: ${t}`,
      lead: 'Your registration is confirmed.',
    },
    waitlisted: {
      subject: (t: string) => `Waiting list: ${t}`,
      lead: (n: number) =>
        `The session is full: you are on the waiting list, in position ${n}. If a seat frees up, you are registered automatically and we tell you by e-mail.`,
    },
    promoted: {
      subject: (t: string) => `A seat has freed up: ${t}`,
      lead: 'A seat has freed up: you were on the waiting list, your registration is now confirmed.',
      held: (until: string) =>
        `A seat has freed up: you were on the waiting list, and it is held for you until ${until}. Confirm it with this link; without an answer, it goes to the next person.`,
      heldNoLink: (until: string) =>
        `A seat has freed up: you were on the waiting list, and it is held for you until ${until}. Write to us to confirm it; without an answer, it goes to the next person.`,
      confirmLink: 'I confirm my seat',
    },
    offerExpired: {
      subject: (t: string) => `Seat not confirmed: ${t}`,
      lead: 'The time to confirm the seat held for you has passed: it went to the next person. You may register again if seats are left.',
    },
    cancelled: {
      subject: (t: string) => `Registration cancelled: ${t}`,
      lead: 'Your registration is cancelled. Thank you for telling us: your seat can go to someone else.',
    },
    changed: {
      subject: (t: string) => `Session changed: ${t}`,
      lead: 'The session you registered for has changed. Here is what to remember:',
      calendar: 'The attached file (seance.ics) updates your calendar.',
    },
    reminder: {
      subject: (t: string) => `Reminder: ${t}, tomorrow`,
      lead: 'We look forward to seeing you tomorrow at the session you registered for:',
      cancel:
        'If you can no longer come, cancel with the link in your confirmation: your seat will go to someone else.',
    },
    sessionCancelled: {
      subject: (t: string) => `Session cancelled: ${t}`,
      lead: 'The session you had registered for is cancelled. We are sorry for this change.',
      reason: (r: string) => `Reason: ${r}`,
      calendar: 'The attached file (seance.ics) removes it from your calendar.',
    },
    confirm: {
      subject: (t: string) => `Confirm your answer: ${t}`,
      lead: (until: string) =>
        `Thank you for answering. For your answer to count, confirm it with this link, valid until ${until}:`,
      link: 'Confirm my answer',
      ignore:
        'You did not answer this questionnaire? Ignore this message: the unconfirmed answer will be erased.',
    },
    resume: {
      subject: (t: string) => `Resume the questionnaire: ${t}`,
      lead: (until: string) =>
        `Your answers are saved until ${until}. This link takes you back where you were:`,
      link: 'Resume my answers',
      secret: 'This link is personal: do not forward it.',
    },
  },
} as const;

/** Puts the blocks into a plain-text part and an HTML part, with the greeting and the signature. */
function assemble(
  settings: MailSettings,
  locale: Locale,
  subject: string,
  name: string | undefined,
  blocks: Block[],
  attachments: Attachment[] = [],
): Composed {
  const w = W[locale];
  const footer = [
    { p: `— ${settings.organisation}` },
    ...(settings.contact ? [{ p: w.contact(settings.contact) }] : []),
    { p: w.footer(settings.organisation) },
  ];
  const all: Block[] = [{ p: w.hello(name) }, ...blocks];
  const asText = (b: Block) =>
    'p' in b ? b.p : 'link' in b ? `${b.link} : ${b.href}` : b.facts.join('\n');
  const text = [...all, ...footer].map(asText).join('\n\n') + '\n';
  const asHtml = (b: Block) =>
    'p' in b
      ? `<p>${escapeHtml(b.p)}</p>`
      : 'link' in b
        ? `<p><a href="${escapeHtml(b.href)}">${escapeHtml(b.link)}</a></p>`
        : `<ul>${b.facts.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>`;
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em">
<h1 style="font-size: 1.25em">${escapeHtml(subject)}</h1>
${all.map(asHtml).join('\n')}
<hr>
<footer style="color: #444">${footer.map(asHtml).join('\n')}</footer>
</body></html>
`;
  return { subject, text, html, attachments };
}

const icsOf = (
  s: Session,
  settings: MailSettings,
  locale: Locale,
  method: 'PUBLISH' | 'CANCEL' = 'PUBLISH',
): Attachment => ({
  filename: 'seance.ics',
  contentType: `text/calendar; charset=utf-8; method=${method}`,
  content: sessionsIcs([s], { host: settings.host, name: s.title, locale, method }),
});

/** A session moved or cancelled, to each person registered for it. */
/** The day before: where and when, the calendar file, and how to give the seat back. */
export function reminderMail(
  m: { session: Session; firstName: string },
  locale: Locale,
  settings: MailSettings,
): Composed {
  const s = m.session;
  const w = W[locale].reminder;
  return assemble(
    settings,
    locale,
    w.subject(s.title),
    m.firstName,
    [{ p: w.lead }, { facts: factsOf(s, locale) }, { p: w.cancel }],
    [icsOf(s, settings, locale)],
  );
}

export function sessionMail(
  m: { kind: 'session_changed' | 'session_cancelled'; session: Session; firstName: string },
  locale: Locale,
  settings: MailSettings,
): Composed {
  const s = m.session;
  const facts: Block = { facts: factsOf(s, locale) };
  if (m.kind === 'session_changed') {
    const w = W[locale].changed;
    return assemble(
      settings,
      locale,
      w.subject(s.title),
      m.firstName,
      [{ p: w.lead }, facts, { p: w.calendar }],
      [icsOf(s, settings, locale)],
    );
  }
  const w = W[locale].sessionCancelled;
  return assemble(
    settings,
    locale,
    w.subject(s.title),
    m.firstName,
    [
      { p: w.lead },
      ...(s.cancellationReason ? [{ p: w.reason(s.cancellationReason) }] : []),
      facts,
      { p: w.calendar },
    ],
    [icsOf(s, settings, locale, 'CANCEL')],
  );
}

export interface RegistrationMail {
  kind:
    | 'registration_confirmed'
    | 'registration_waitlisted'
    | 'registration_promoted'
    | 'registration_cancelled'
    | 'offer_expired';
  session: Session;
  firstName: string;
  waitlistPosition?: number | null;
  /** Present only when the e-mail is written with the registration (the token is never stored). */
  cancelUrl?: string;
  /** A freed seat held for the person: until when, and the link that confirms it (when their page is known). */
  offer?: { until: string; confirmUrl?: string | undefined };
}

export function registrationMail(
  m: RegistrationMail,
  locale: Locale,
  settings: MailSettings,
): Composed {
  const w = W[locale];
  const s = m.session;
  const facts: Block = { facts: factsOf(s, locale) };
  const cancel: Block[] = m.cancelUrl
    ? [{ p: w.cancelAt }, { link: w.cancelLink, href: m.cancelUrl }]
    : [{ p: w.keepFirst }];
  const seat = (lead: string, subject: string) =>
    assemble(
      settings,
      locale,
      subject,
      m.firstName,
      [{ p: lead }, facts, { p: w.calendar }, ...cancel],
      [icsOf(s, settings, locale)],
    );
  switch (m.kind) {
    case 'registration_confirmed':
      return seat(w.confirmed.lead, w.confirmed.subject(s.title));
    case 'registration_promoted': {
      if (!m.offer) return seat(w.promoted.lead, w.promoted.subject(s.title));
      const until = dateTime(m.offer.until, locale);
      return assemble(
        settings,
        locale,
        w.promoted.subject(s.title),
        m.firstName,
        [
          ...(m.offer.confirmUrl
            ? [
                { p: w.promoted.held(until) },
                { link: w.promoted.confirmLink, href: m.offer.confirmUrl },
              ]
            : [{ p: w.promoted.heldNoLink(until) }]),
          facts,
          { p: w.calendar },
        ],
        [icsOf(s, settings, locale)],
      );
    }
    case 'offer_expired':
      return assemble(settings, locale, w.offerExpired.subject(s.title), m.firstName, [
        { p: w.offerExpired.lead },
        facts,
      ]);
    case 'registration_waitlisted':
      return assemble(settings, locale, w.waitlisted.subject(s.title), m.firstName, [
        { p: w.waitlisted.lead(m.waitlistPosition ?? 1) },
        facts,
        ...cancel,
      ]);
    case 'registration_cancelled':
      return assemble(settings, locale, w.cancelled.subject(s.title), m.firstName, [
        { p: w.cancelled.lead },
        facts,
      ]);
  }
}

/** « 12 décembre 2026 à 18:00 », Paris time. */
const dateTime = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: 'Europe/Paris',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));

const longDate = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: 'Europe/Paris',
    dateStyle: 'long',
  }).format(new Date(iso));

export function resumeMail(
  m: { title: string; resumeUrl: string; expiresAt: string },
  locale: Locale,
  settings: MailSettings,
): Composed {
  const w = W[locale].resume;
  return assemble(settings, locale, w.subject(m.title), undefined, [
    { p: w.lead(longDate(m.expiresAt, locale)) },
    { link: w.link, href: m.resumeUrl },
    { p: w.secret },
  ]);
}

export function confirmMail(
  m: { title: string; confirmUrl: string; expiresAt: string },
  locale: Locale,
  settings: MailSettings,
): Composed {
  const w = W[locale].confirm;
  return assemble(settings, locale, w.subject(m.title), undefined, [
    { p: w.lead(longDate(m.expiresAt, locale)) },
    { link: w.link, href: m.confirmUrl },
    { p: w.ignore },
  ]);
}
