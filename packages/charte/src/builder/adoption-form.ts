// The record of an adoption, as the builder asks it: the date of the meeting, the body that adopted the charte, how
// it decided (by consensus, or the votes for, against and abstaining) and who signs. Read from the form and checked
// here, each problem named with its field, before the version is adopted and frozen.
import { html, nothing, type TemplateResult } from 'lit';
import type { AdoptionRecord } from '@conseils-citoyens/schemas';
import {
  fieldId,
  renderChoiceField,
  renderTextField,
} from '@conseils-citoyens/core/form/fields.js';
import type { FormStrings } from '@conseils-citoyens/core/form/form-strings.js';
import type { BuilderStrings } from '../translations/builder-fr.js';

/** What the form holds, as typed (kept between renders and on errors). */
export interface AdoptionDraft {
  date: string;
  body: string;
  mode: 'consensus' | 'vote';
  for: string;
  against: string;
  abstentions: string;
  signatories: string;
}

export const emptyAdoption = (body: string): AdoptionDraft => ({
  date: '',
  body,
  mode: 'consensus',
  for: '',
  against: '',
  abstentions: '',
  signatories: '',
});

/** The draft once control `name` changed. */
export function readAdoptionControl(
  draft: AdoptionDraft,
  control: HTMLInputElement | HTMLTextAreaElement,
): AdoptionDraft {
  const key = control.name.replace(/^adoption-/, '') as keyof AdoptionDraft;
  return key in draft ? { ...draft, [key]: control.value } : draft;
}

const count = (text: string) => (/^\s*\d{1,5}\s*$/.test(text) ? Number(text) : undefined);

/** The record, or the problems by field (in the form's order). */
export function adoptionRecord(
  draft: AdoptionDraft,
  t: BuilderStrings,
): { record: AdoptionRecord } | { errors: Map<string, string> } {
  const errors = new Map<string, string>();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) errors.set('adoption-date', t.badDate);
  if (!draft.body.trim()) errors.set('adoption-body', t.blankField(t.adoptBody));
  const votes = {
    for: count(draft.for),
    against: count(draft.against),
    abstentions: count(draft.abstentions),
  };
  if (draft.mode === 'vote') {
    if (votes.for === undefined) errors.set('adoption-for', t.badCount(t.votesFor));
    if (votes.against === undefined) errors.set('adoption-against', t.badCount(t.votesAgainst));
    if (votes.abstentions === undefined)
      errors.set('adoption-abstentions', t.badCount(t.abstentions));
  }
  if (errors.size) return { errors };
  return {
    record: {
      date: draft.date,
      body: draft.body.trim(),
      vote:
        draft.mode === 'consensus'
          ? { consensus: true }
          : { for: votes.for!, against: votes.against!, abstentions: votes.abstentions! },
      signatories: draft.signatories
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean)
        .slice(0, 50),
    },
  };
}

export function renderAdoptionFields(
  draft: AdoptionDraft,
  errors: ReadonlyMap<string, string>,
  t: BuilderStrings,
  common: FormStrings,
): TemplateResult {
  const err = (name: string) => errors.get(name);
  const text = (name: string, label: string, value: string, extra: object = {}) =>
    renderTextField(
      {
        name,
        label,
        required: true,
        value,
        ...(err(name) ? { error: err(name)! } : {}),
        ...extra,
      },
      common,
    );
  return html`${text('adoption-date', t.adoptDate, draft.date, { type: 'date' })}
    ${text('adoption-body', t.adoptBody, draft.body, { hint: t.adoptBodyHint, maxlength: 300 })}
    ${renderChoiceField(
      {
        name: 'adoption-mode',
        label: t.voteMode,
        required: true,
        type: 'radio',
        options: [
          { value: 'consensus', label: t.byConsensus },
          { value: 'vote', label: t.byVote },
        ],
        value: draft.mode,
      },
      common,
    )}
    ${
      draft.mode === 'vote'
        ? html`<div class="votes">
          ${text('adoption-for', t.votesFor, draft.for, { inputmode: 'numeric' })}
          ${text('adoption-against', t.votesAgainst, draft.against, { inputmode: 'numeric' })}
          ${text('adoption-abstentions', t.abstentions, draft.abstentions, { inputmode: 'numeric' })}
        </div>`
        : nothing
    }
    ${renderTextField(
      {
        name: 'adoption-signatories',
        label: t.signatories,
        required: false,
        hint: t.signatoriesHint,
        value: draft.signatories,
        rows: 3,
      },
      common,
    )}`;
}

/** Where the first problem is, to move the focus there. */
export const firstField = (errors: ReadonlyMap<string, string>) =>
  errors.size ? fieldId([...errors.keys()][0]!) : undefined;
