/** Lower case without accents, so « eloise » finds « Éloïse » and « valenciennes » finds « Valenciennes ». */
export const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Whether every word of `query` is in one of `fields`. */
export function matches(query: string, fields: readonly (string | undefined)[]): boolean {
  const words = folded(query).split(/\s+/).filter(Boolean);
  const haystack = folded(fields.filter(Boolean).join(' '));
  return words.every((w) => haystack.includes(w));
}
