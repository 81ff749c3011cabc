/**
 * Human messages for validation issues, in French (default) and English: every message names the field, so a resident
 * knows what to fix (RGAA 11.10). The labels come as a table, so a page carries only its own fields' labels
 * (registration-labels.ts); messages.ts binds them to every field's label for the server.
 */
import type * as z from 'zod/mini';
import type { Locale } from './primitives.js';
import type { FieldError } from './problem.js';

export type FieldLabels = Record<Locale, Record<string, string>>;

/** The label of the last named segment of a path, or the path itself. */
export function labelOf(path: readonly PropertyKey[], locale: Locale, labels: FieldLabels): string {
  const key = [...path].reverse().find((p) => typeof p === 'string');
  if (key === undefined) return locale === 'fr' ? 'Formulaire' : 'Form';
  return labels[locale][key] ?? key;
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
export function messageOf(
  issue: z.core.$ZodIssue,
  input: unknown,
  locale: Locale,
  labels: FieldLabels,
): string {
  const f = labelOf(issue.path, locale, labels);
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
export function errorsOf(
  error: { readonly issues: readonly z.core.$ZodIssue[] },
  input: unknown,
  locale: Locale,
  labels: FieldLabels,
): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    code: issue.code === 'custom' ? String(issue.params?.rule ?? 'custom') : issue.code,
    message: messageOf(issue, input, locale, labels),
  }));
}
