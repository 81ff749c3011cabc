// « Inscrire une personne » in <cc-session-admin>: a registration taken by phone or on paper, typed by the organiser
// into the same seats. What was typed (flat values, kept as a draft), the request it makes, and its fields.
import { html, type TemplateResult } from 'lit';
import { COLLEGES } from '@conseils-citoyens/schemas/session-constants.js';
import { renderChoiceField, renderTextField } from '@conseils-citoyens/core/form/fields.js';
import type { FormStrings } from '@conseils-citoyens/core/form/form-strings.js';
import type { Session } from '@conseils-citoyens/schemas';
import type { AdminStrings } from '../translations/admin-fr.js';

export type EntryValues = Record<string, string>;

const TEXT = ['firstName', 'lastName', 'email', 'phone', 'accessibilityNeeds'] as const;

/** The request body (not yet checked): trimmed text, empty optional fields left out. */
export function entryOf(v: EntryValues): Record<string, unknown> {
  const body: Record<string, unknown> = { source: v.source || 'phone' };
  for (const k of [...TEXT, 'college', 'town'] as const) {
    const value = (v[k] ?? '').trim();
    if (value || k === 'firstName' || k === 'lastName') body[k] = value;
  }
  return body;
}

/** The fields of an entry; a session that splits its seats asks the group (its collège or town), required. */
export function renderEntryFields(
  v: EntryValues,
  errors: ReadonlyMap<string, string>,
  t: AdminStrings,
  common: FormStrings,
  split?: Session['quotas'],
): TemplateResult {
  const text = (
    name: (typeof TEXT)[number],
    options: Partial<Parameters<typeof renderTextField>[0]> = {},
  ) => {
    const error = errors.get(name);
    const hint = t.entryHints[name];
    return renderTextField(
      {
        name,
        label: t.entryLabels[name]!,
        required: name === 'firstName' || name === 'lastName',
        value: v[name] ?? '',
        autocomplete: 'off',
        ...(hint ? { hint } : {}),
        ...(error ? { error } : {}),
        ...options,
      },
      common,
    );
  };
  const choice = (
    name: 'source' | 'college' | 'town',
    options: readonly string[],
    required: boolean,
  ) => {
    const error = errors.get(name);
    return renderChoiceField(
      {
        name,
        label: t.entryLabels[name]!,
        required,
        type: 'radio',
        value: v[name] ?? (name === 'source' ? 'phone' : ''),
        options: options.map((o) => ({ value: o, label: t.entryChoices[o] ?? o })),
        ...(error ? { error } : {}),
      },
      common,
    );
  };
  return html`${choice('source', ['phone', 'paper'], true)}
    ${text('firstName', { maxlength: 100 })} ${text('lastName', { maxlength: 100 })}
    ${text('email', { type: 'email', spellcheck: false })}
    ${text('phone', { type: 'tel', inputmode: 'tel' })}
    ${choice('college', split?.by === 'college' ? split.groups.map((g) => g.key) : COLLEGES, split?.by === 'college')}
    ${
      split?.by === 'town'
        ? choice(
            'town',
            split.groups.map((g) => g.key),
            true,
          )
        : ''
    }
    ${text('accessibilityNeeds', { rows: 2, maxlength: 1000 })}`;
}
