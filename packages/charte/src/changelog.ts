// The changelog of a charte: what each adopted version changed from the one adopted before it, written from the two
// texts as adopted — articles added, removed, reworded, by number and title (never by colour). Loaded only when a
// resident opens « Versions adoptées », so <cc-charte> stays light.
import { html, nothing, type TemplateResult } from 'lit';
import type { AdoptedText } from '@conseils-citoyens/schemas';
import { charteDiff, type CharteDiff } from '@conseils-citoyens/schemas/charte-diff.js';
import type { CharteStrings } from './translations/fr.js';

/** The versions (newest first), each with what changed since the next one in the list. */
export function withChanges<V extends { version: number }>(
  adopted: readonly V[],
  texts: readonly (AdoptedText | undefined)[],
): (V & { since?: number; diff?: CharteDiff })[] {
  return adopted.map((v, i) => {
    const [now, before, since] = [texts[i], texts[i + 1], adopted[i + 1]?.version];
    return { ...v, ...(now && before && since ? { since, diff: charteDiff(before, now) } : {}) };
  });
}

export function renderChanges(
  since: number,
  d: CharteDiff,
  t: CharteStrings,
  colon: string,
): TemplateResult {
  const ref = (a: { number: number; title: string }) => `${t.article(a.number)} — ${a.title}`;
  const kinds = [
    ['added', d.added.map(ref)],
    ['removed', d.removed.map(ref)],
    ['changed', d.changed.map((c) => ref(c.after))],
  ] as const;
  const said = kinds.filter(([, refs]) => refs.length);
  return html`<div class="changes"><p>${t.changesSince(since)}</p>${
    said.length || d.renumbered.length
      ? html`<ul>${said.map(([kind, refs]) => html`<li>${t.changeKinds[kind]}${colon}${refs.join(' ; ')}.</li>`)}${
          d.renumbered.length ? html`<li>${t.renumbered(d.renumbered.length)}</li>` : nothing
        }</ul>`
      : html`<p>${t.sameText}</p>`
  }</div>`;
}
