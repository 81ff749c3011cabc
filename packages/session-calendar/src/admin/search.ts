import { foldText as folded } from '@conseils-citoyens/schemas/fold.js';

/** Whether every word of `query` is in one of `fields`. */
export function matches(query: string, fields: readonly (string | undefined)[]): boolean {
  const words = folded(query).split(/\s+/).filter(Boolean);
  const haystack = folded(fields.filter(Boolean).join(' '));
  return words.every((w) => haystack.includes(w));
}
