// What changed between two versions of a charte, article by article (by id, whatever their numbers): added, removed,
// reworded (title or text), and the articles whose number moved — for the history, and for a council that revises
// its charte to see what it is about to adopt.
import type { AdoptedText } from './charte.js';

type Article = AdoptedText['sections'][number]['articles'][number];

export interface CharteDiff {
  added: Article[];
  removed: Article[];
  changed: { before: Article; after: Article }[];
  /** Same words, another number (an article added or removed before it, or moved). */
  renumbered: { before: Article; after: Article }[];
}

const articles = (t: AdoptedText) => t.sections.flatMap((s) => s.articles);

export function charteDiff(before: AdoptedText, after: AdoptedText): CharteDiff {
  const old = new Map(articles(before).map((a) => [a.id, a]));
  const now = new Map(articles(after).map((a) => [a.id, a]));
  const diff: CharteDiff = { added: [], removed: [], changed: [], renumbered: [] };
  for (const a of now.values()) {
    const b = old.get(a.id);
    if (!b) diff.added.push(a);
    else if (b.title !== a.title || b.text !== a.text) diff.changed.push({ before: b, after: a });
    else if (b.number !== a.number) diff.renumbered.push({ before: b, after: a });
  }
  for (const b of old.values()) if (!now.has(b.id)) diff.removed.push(b);
  return diff;
}
