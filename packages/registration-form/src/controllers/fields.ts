// Which fields a site asks for, and turning what was typed into a RegistrationRequest — with French
// (or English) messages that name the field, checked against the JSON Schema generated from the zod schema the server
// uses, with the server's own messages.
import type { RegistrationField, RegistrationRequest } from '@conseils-citoyens/schemas';
import { REGISTRATION_FIELDS } from '@conseils-citoyens/schemas/session-constants.js';

/** Always asked: the schema needs them to register anyone. */
export const ALWAYS: readonly RegistrationField[] = ['firstName', 'lastName', 'email'];

/** `"phone, college"` or `["phone"]` → known fields in display order (unknown names are ignored with a warning). */
export function parseFields(
  value: string | readonly string[] | null | undefined,
  base: readonly RegistrationField[] = [],
): RegistrationField[] {
  const asked = typeof value === 'string' ? value.split(/[\s,]+/) : [...(value ?? [])];
  const unknown = asked.filter((f) => f && !(REGISTRATION_FIELDS as readonly string[]).includes(f));
  if (unknown.length)
    console.warn(
      `[conseils-citoyens] <cc-registration-form> : champ(s) inconnu(s) ignoré(s) : ${unknown.join(', ')}`,
    );
  return REGISTRATION_FIELDS.filter((f) => base.includes(f) || asked.includes(f));
}

export type FormValues = Record<string, string | boolean | string[]>;

/** The request body: trimmed text, empty optional fields left out. */
export function toRequest(
  values: FormValues,
  fields: readonly RegistrationField[],
  consents: readonly string[],
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f];
    const text = typeof v === 'string' ? v.trim() : '';
    if (text !== '' || ALWAYS.includes(f)) body[f] = text;
  }
  const agreed = consents.filter((c) => values[`consent:${c}`] === true);
  if (agreed.length) body.consents = agreed;
  if (typeof values.website === 'string' && values.website) body.website = values.website;
  return body;
}

/**
 * Field → message, in display order; empty when the request is valid. `schemaErrors` (the JSON Schema check, loaded
 * on demand) adds what the schema refuses beyond the required fields.
 */
export function validate(
  body: Record<string, unknown>,
  required: readonly RegistrationField[],
  labels: Record<string, string>,
  requiredMessage: (label: string) => string,
  schemaErrors?: (body: Record<string, unknown>) => { field: string; message: string }[],
): Map<string, string> {
  const errors = new Map<string, string>();
  for (const f of required)
    if (body[f] === undefined || body[f] === '') errors.set(f, requiredMessage(labels[f] ?? f));
  for (const e of schemaErrors?.(body) ?? []) {
    const field = e.field.split('.')[0]!;
    if (!errors.has(field)) errors.set(field, e.message);
  }
  const order = [...REGISTRATION_FIELDS, 'consents', 'website'] as string[];
  return new Map([...errors].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

export type Request = RegistrationRequest;
