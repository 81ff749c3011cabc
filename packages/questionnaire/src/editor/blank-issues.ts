// What cannot stay blank in a definition (the API refuses an empty title, label or option): found as one types, named
// where it is, so the editor holds the save and says why instead of sending what the server would refuse.
import type { QuestionnaireInput } from '@conseils-citoyens/schemas';
import type { EditorStrings } from '../translations/editor-fr.js';

export interface EditorIssue {
  /** The page or item where it is. */
  at: string;
  /** The field to fix (`label`, `title`, `options`…), when it is one. */
  field?: string;
  message: string;
}

const blank = (s: string | undefined) => !s || !s.trim();

export function blankIssues(def: QuestionnaireInput, t: EditorStrings): EditorIssue[] {
  const issues: EditorIssue[] = [];
  if (blank(def.title)) issues.push({ at: 'q-title', message: t.blank(t.titleLabel) });
  for (const [n, page] of def.pages.entries()) {
    const where = t.page(n + 1, def.pages.length);
    if (blank(page.title))
      issues.push({ at: page.id, field: 'title', message: t.blank(`${where}, ${t.pageTitle}`) });
    for (const item of page.items) {
      const at = item.id;
      const name = (field: string) => `${where}, ${t.types[item.type]}, ${field}`;
      if (item.type === 'section' && blank(item.title))
        issues.push({ at, field: 'title', message: t.blank(name(t.sectionTitle)) });
      else if (item.type === 'info' && blank(item.text))
        issues.push({ at, field: 'text', message: t.blank(name(t.infoText)) });
      else if ('label' in item && blank(item.label))
        issues.push({ at, field: 'label', message: t.blank(name(t.label)) });
      if (item.type === 'consent' && blank(item.text))
        issues.push({ at, field: 'text', message: t.blank(name(t.consentText)) });
      const lists =
        'options' in item
          ? [['options', item.options] as const]
          : item.type === 'matrix'
            ? [['rows', item.rows] as const, ['columns', item.columns] as const]
            : [];
      for (const [field, list] of lists)
        if (list.some((o) => blank(o.label)))
          issues.push({ at, field, message: t.blank(name(t[field])) });
    }
  }
  return issues;
}
