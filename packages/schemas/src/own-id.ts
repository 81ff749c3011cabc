/**
 * An id for something a council writes itself (a bilan's item, a charte's clause): `propre-` and the label's first
 * whole words, readable and under the 64 characters an id may have, never one of `taken`
 * (`propre-reunions-du-samedi-2`).
 */
export function ownId(label: string, taken: ReadonlySet<string>, fallback: string): string {
  const words = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > 48) break;
    slug = next;
  }
  const base = `propre-${slug || words[0]?.slice(0, 48) || fallback}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
