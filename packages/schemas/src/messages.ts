/**
 * Human messages for validation issues and problems, in French (default) and English.
 * Every message names the field, so a resident knows what to fix (RGAA 11.10).
 */
import type * as z from 'zod/mini';
import type { Locale } from './primitives.js';
import { registrationLabelsFr } from './registration-labels.js';
import { registrationLabelsEn } from './registration-labels-en.js';
import { errorsOf, labelOf, messageOf, type Words } from './issue-messages.js';
import { issueWordingFr } from './issue-wording.js';
import { issueWordingEn } from './issue-wording-en.js';

type Labels = Record<string, string>;

export const FIELD_LABELS: Record<Locale, Labels> = {
  fr: {
    ...registrationLabelsFr,
    kind: 'Type de séance',
    title: 'Titre',
    description: 'Description',
    theme: 'Thème',
    speakers: 'Intervenants',
    name: 'Nom',
    role: 'Fonction',
    start: 'Début',
    end: 'Fin',
    timeZone: 'Fuseau horaire',
    venue: 'Lieu',
    address: 'Adresse',
    postalCode: 'Code postal',
    town: 'Commune',
    accessibility: 'Accessibilité du lieu',
    capacity: 'Nombre de places',
    waitingList: "Liste d'attente",
    registrationOpensAt: 'Ouverture des inscriptions',
    registrationClosesAt: 'Clôture des inscriptions',
    status: 'Statut',
    cancellationReason: "Motif d'annulation",
    attendance: 'Présence',
    reminder: 'Rappel la veille',
    source: 'Prise par',
    from: 'Du',
    to: 'Au',
    limit: 'Nombre par page',
    offset: 'Décalage',
    id: 'Identifiant',
    version: 'Version',
    answers: 'Réponses',
    pages: 'Pages',
    questions: 'Questions',
    label: 'Libellé',
    hint: 'Aide',
    options: 'Options',
    council: 'Conseil citoyen',
    year: 'Année',
    items: 'Éléments',
    heading: 'Rubrique',
    level: "Niveau d'association",
    done: 'Réalisé',
    clauses: 'Clauses',
    variables: 'Variables',
    body: 'Texte',
    section: 'Section',
    token: "Jeton d'annulation",
    access: "Droit d'accès",
    expiresAt: "Date d'expiration",
    note: 'Note de version',
    changeNote: 'Note de version',
    closesAt: 'Date de clôture',
    message: 'Message aux membres',
    article: 'Article',
    author: 'Votre nom',
  },
  en: {
    ...registrationLabelsEn,
    kind: 'Session type',
    title: 'Title',
    description: 'Description',
    theme: 'Theme',
    speakers: 'Speakers',
    name: 'Name',
    role: 'Role',
    start: 'Start',
    end: 'End',
    timeZone: 'Time zone',
    venue: 'Venue',
    address: 'Address',
    postalCode: 'Postcode',
    town: 'Town',
    accessibility: 'Venue accessibility',
    capacity: 'Number of seats',
    waitingList: 'Waiting list',
    registrationOpensAt: 'Registration opens',
    registrationClosesAt: 'Registration closes',
    status: 'Status',
    cancellationReason: 'Reason for cancelling',
    attendance: 'Attendance',
    reminder: 'Reminder the day before',
    source: 'Taken by',
    from: 'From',
    to: 'To',
    limit: 'Page size',
    offset: 'Offset',
    id: 'Identifier',
    version: 'Version',
    answers: 'Answers',
    pages: 'Pages',
    questions: 'Questions',
    label: 'Label',
    hint: 'Hint',
    options: 'Options',
    council: 'Citizen council',
    year: 'Year',
    items: 'Items',
    heading: 'Heading',
    level: 'Level of association',
    done: 'Done',
    clauses: 'Clauses',
    variables: 'Variables',
    body: 'Text',
    section: 'Section',
    token: 'Cancellation token',
    access: 'Access',
    expiresAt: 'Expiry date',
    note: 'Version note',
    changeNote: 'Version note',
    closesAt: 'Closing date',
    message: 'Message to the members',
    article: 'Article',
    author: 'Your name',
  },
};

/** Both languages' wording with every field's label: what the server (and the memory adapter) answers with. */
const WORDS: Record<Locale, Words> = {
  fr: { wording: issueWordingFr, labels: FIELD_LABELS.fr },
  en: { wording: issueWordingEn, labels: FIELD_LABELS.en },
};

export const fieldLabel = (path: readonly PropertyKey[], locale: Locale = 'fr') =>
  labelOf(path, WORDS[locale]);
export const issueMessage = (issue: z.core.$ZodIssue, input: unknown, locale: Locale = 'fr') =>
  messageOf(issue, input, WORDS[locale]);
export const fieldErrors = (
  error: { readonly issues: readonly z.core.$ZodIssue[] },
  input: unknown,
  locale: Locale = 'fr',
) => errorsOf(error, input, WORDS[locale]);
