/**
 * Human messages for validation issues and problems, in French (default) and English.
 * Every message names the field, so a resident knows what to fix (RGAA 11.10).
 */
import type * as z from 'zod/mini';
import type { Locale } from './primitives.js';
import type { FieldError } from './problem.js';

type Labels = Record<string, string>;

export const FIELD_LABELS: Record<Locale, Labels> = {
  fr: {
    firstName: 'Prénom',
    lastName: 'Nom',
    email: 'Adresse e-mail',
    phone: 'Téléphone',
    organisation: 'Structure',
    neighbourhood: 'Quartier',
    college: 'Collège',
    accessibilityNeeds: "Besoins d'accessibilité",
    comment: 'Commentaire',
    consents: 'Consentements',
    website: 'Site web',
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
  },
  en: {
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email address',
    phone: 'Phone',
    organisation: 'Organisation',
    neighbourhood: 'Neighbourhood',
    college: 'College',
    accessibilityNeeds: 'Accessibility needs',
    comment: 'Comment',
    consents: 'Consents',
    website: 'Website',
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
  },
};

/** The label of the last named segment of a path, or the path itself. */
export function fieldLabel(path: readonly PropertyKey[], locale: Locale = 'fr'): string {
  const key = [...path].reverse().find((p) => typeof p === 'string');
  if (key === undefined) return locale === 'fr' ? 'Formulaire' : 'Form';
  return FIELD_LABELS[locale][key] ?? key;
}

const RULES: Record<string, Record<Locale, (f: string) => string>> = {
  endAfterStart: {
    fr: (f) => `« ${f} » doit être postérieure au début.`,
    en: (f) => `“${f}” must be after the start.`,
  },
  closesAfterOpens: {
    fr: (f) => `« ${f} » doit être postérieure à l'ouverture des inscriptions.`,
    en: (f) => `“${f}” must be after registration opens.`,
  },
};

const FORMATS: Record<string, Record<Locale, string>> = {
  email: {
    fr: 'une adresse e-mail valide (exemple : nom@domaine.fr)',
    en: 'a valid email address (e.g. name@example.org)',
  },
  datetime: {
    fr: 'une date et heure ISO 8601 avec fuseau (exemple : 2026-12-03T09:00:00+01:00)',
    en: 'an ISO 8601 date-time with offset (e.g. 2026-12-03T09:00:00+01:00)',
  },
  date: { fr: 'une date au format AAAA-MM-JJ', en: 'a date as YYYY-MM-DD' },
  regex: { fr: 'dans le format attendu', en: 'in the expected format' },
};

/** Reads the value at `path`, to tell “missing” from “wrong”. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** One zod issue → one message that names its field. */
export function issueMessage(
  issue: z.core.$ZodIssue,
  input: unknown,
  locale: Locale = 'fr',
): string {
  const f = fieldLabel(issue.path, locale);
  const fr = locale === 'fr';
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined || value === null || value === '')
        return fr ? `« ${f} » est obligatoire.` : `“${f}” is required.`;
      return fr
        ? `« ${f} » n'a pas le bon type (${typeName(issue.expected, locale)} attendu).`
        : `“${f}” has the wrong type (expected ${typeName(issue.expected, locale)}).`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? fr
            ? `« ${f} » est obligatoire.`
            : `“${f}” is required.`
          : fr
            ? `« ${f} » doit contenir au moins ${issue.minimum} caractères.`
            : `“${f}” must have at least ${issue.minimum} characters.`;
      if (issue.origin === 'array')
        return fr
          ? `« ${f} » doit contenir au moins ${issue.minimum} élément(s).`
          : `“${f}” needs at least ${issue.minimum} item(s).`;
      return fr
        ? `« ${f} » doit être supérieur ou égal à ${issue.minimum}.`
        : `“${f}” must be at least ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string')
        return fr
          ? `« ${f} » ne doit pas dépasser ${issue.maximum} caractères.`
          : `“${f}” must not exceed ${issue.maximum} characters.`;
      if (issue.origin === 'array')
        return fr
          ? `« ${f} » ne doit pas contenir plus de ${issue.maximum} éléments.`
          : `“${f}” must not have more than ${issue.maximum} items.`;
      return fr
        ? `« ${f} » doit être inférieur ou égal à ${issue.maximum}.`
        : `“${f}” must be at most ${issue.maximum}.`;
    case 'invalid_format': {
      const what = FORMATS[issue.format] ?? FORMATS.regex!;
      return fr ? `« ${f} » doit être ${what.fr}.` : `“${f}” must be ${what.en}.`;
    }
    case 'invalid_value':
      return fr
        ? `« ${f} » doit valoir l'une de ces valeurs : ${issue.values.map(String).join(', ')}.`
        : `“${f}” must be one of: ${issue.values.map(String).join(', ')}.`;
    case 'unrecognized_keys':
      return fr
        ? `Champ(s) inconnu(s) : ${issue.keys.join(', ')}.`
        : `Unknown field(s): ${issue.keys.join(', ')}.`;
    case 'custom': {
      const rule = RULES[String(issue.params?.rule)];
      if (rule) return rule[locale](f);
      return fr ? `« ${f} » n'est pas valide.` : `“${f}” is not valid.`;
    }
    default:
      return fr ? `« ${f} » n'est pas valide.` : `“${f}” is not valid.`;
  }
}

function typeName(t: string, locale: Locale): string {
  const fr: Record<string, string> = {
    string: 'texte',
    number: 'nombre',
    int: 'nombre entier',
    boolean: 'vrai/faux',
    array: 'liste',
    object: 'objet',
  };
  return locale === 'fr' ? (fr[t] ?? t) : t;
}

/** All issues of a failed parse, as the `errors` of a problem. */
export function fieldErrors(
  error: { readonly issues: readonly z.core.$ZodIssue[] },
  input: unknown,
  locale: Locale = 'fr',
): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    code: issue.code === 'custom' ? String(issue.params?.rule ?? 'custom') : issue.code,
    message: issueMessage(issue, input, locale),
  }));
}
