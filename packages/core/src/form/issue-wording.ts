import { issueWordingFr, type IssueWording } from '@conseils-citoyens/schemas/issue-wording.js';
import { LocaleTable } from '../i18n/locale-table.js';

/** How every form words a validation issue, the server's wording: English only when a page is in English. */
export const issueWording = new LocaleTable<IssueWording>(issueWordingFr, () =>
  import('@conseils-citoyens/schemas/issue-wording-en.js').then((m) => m.issueWordingEn),
);
