/**
 * Human messages for validation issues: every message names the field, so a resident knows what to fix (RGAA 11.10).
 * The wording (issue-wording*.ts) and the labels come in one language, so a page carries only its own: messages.ts
 * binds both languages and every field's label for the server.
 */
import type * as z from 'zod/mini';
import type { FieldError } from './problem.js';
import type { IssueWording } from './issue-wording.js';

/** The labels of fields by name, in one language. */
export type FieldLabels = Record<string, string>;

/** How issues are worded: the language's wording and its field labels. */
export interface Words {
  wording: IssueWording;
  labels: FieldLabels;
}

/** The label of the last named segment of a path, or the path itself. */
export function labelOf(path: readonly PropertyKey[], words: Words): string {
  const key = [...path].reverse().find((p) => typeof p === 'string');
  if (key === undefined) return words.wording.form;
  return words.labels[key] ?? key;
}

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
export function messageOf(issue: z.core.$ZodIssue, input: unknown, words: Words): string {
  const w = words.wording;
  const f = labelOf(issue.path, words);
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined || value === null || value === ''
        ? w.required(f)
        : w.wrongType(f, w.types[issue.expected] ?? issue.expected);
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return n <= 1 ? w.required(f) : w.minChars(f, n);
      return issue.origin === 'array' ? w.minItems(f, n) : w.min(f, n);
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return w.maxChars(f, n);
      return issue.origin === 'array' ? w.maxItems(f, n) : w.max(f, n);
    }
    case 'invalid_format':
      return w.format(f, w.formats[issue.format] ?? w.formats.regex!);
    case 'invalid_value':
      return w.oneOf(f, issue.values.map(String).join(', '));
    case 'unrecognized_keys':
      return w.unknownKeys(issue.keys.join(', '));
    case 'custom':
      return w.rules[String(issue.params?.rule)]?.(f) ?? w.invalid(f);
    default:
      return w.invalid(f);
  }
}

/** All issues of a failed parse, as the `errors` of a problem. */
export function errorsOf(
  error: { readonly issues: readonly z.core.$ZodIssue[] },
  input: unknown,
  words: Words,
): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    code: issue.code === 'custom' ? String(issue.params?.rule ?? 'custom') : issue.code,
    message: messageOf(issue, input, words),
  }));
}
