// The seed questionnaire walked through as a resident would: the required answers of each page, then the last page.
import type { QuestionnaireObject } from '../test-helpers/questionnaire-object.js';

const THEMES = [
  'politique-ville',
  'role-conseil',
  'prise-parole',
  'animation',
  'projet',
  'partenaires',
  'communication',
];

/** Answers every page of the training-needs questionnaire and stops on the last one, ready to send. */
export async function toLastPage(q: QuestionnaireObject): Promise<void> {
  await q.choose('anciennete', 'plus-1-an');
  await q.choose('college', 'habitant');
  await q.next();
  await q.choose('connaissance-contrat', '3');
  await q.choose('aise-parole', '3');
  await q.choose('deja-forme', 'no');
  await q.next();
  for (const row of THEMES) await q.choose(`interet-themes:${row}`, 'un-peu');
  await q.choose('priorites', 'projet');
  await q.next();
  await q.choose('creneaux', 'samedi');
  await q.next();
  await q.choose('recontacter', 'no');
}
