// The registration request checked against the JSON Schema generated from the server's zod schema, worded like the
// server's messages. Fetched when the resident enters the form and awaited on « S'inscrire »
// (registration-form.ts): a visitor who only reads the session never downloads it.
import type { Locale } from '@conseils-citoyens/schemas';
import { registrationRequest } from '@conseils-citoyens/schemas/json-schemas.js';
import { errorsOf } from '@conseils-citoyens/schemas/issue-messages.js';
import { issueWording } from '@conseils-citoyens/core/form/issue-wording.js';
import { checkAgainst } from '@conseils-citoyens/core/form/json-schema-check.js';

export const tables = [issueWording];

/** Field path → message for what the schema refuses, in the page's language. */
export function schemaErrors(
  body: Record<string, unknown>,
  locale: Locale,
  labels: Record<string, string>,
): { field: string; message: string }[] {
  const issues = checkAgainst(registrationRequest, body);
  return errorsOf({ issues }, body, { wording: issueWording.of(locale), labels });
}
