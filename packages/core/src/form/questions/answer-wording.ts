import {
  answerWordingFr,
  type AnswerWording,
} from '@conseils-citoyens/schemas/questionnaire-wording.js';
import { LocaleTable } from '../../i18n/locale-table.js';

/** The server's words for an answer's issues, each naming its question: English only on an English page. */
export const answerWording = new LocaleTable<AnswerWording>(answerWordingFr, () =>
  import('@conseils-citoyens/schemas/questionnaire-wording-en.js').then((m) => m.answerWordingEn),
);
