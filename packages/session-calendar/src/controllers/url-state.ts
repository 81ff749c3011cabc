// Opt-in (`sync-url`): the calendar's filters and month live in the page address, so a resident can
// share or bookmark "the Masterclass sessions in Lille in December". Prefixed so the host's own
// parameters are never touched.
export const URL_KEYS = ['town', 'theme', 'kind', 'month', 'view'] as const;
export type UrlState = Partial<Record<(typeof URL_KEYS)[number], string>>;

const param = (k: string) => `cc-${k}`;

export function readUrlState(location: Pick<Location, 'search'> = window.location): UrlState {
  const q = new URLSearchParams(location.search);
  return Object.fromEntries(
    URL_KEYS.flatMap((k) => (q.has(param(k)) ? [[k, q.get(param(k))!]] : [])),
  );
}

export function writeUrlState(state: UrlState): void {
  const url = new URL(window.location.href);
  for (const k of URL_KEYS) {
    const v = state[k];
    if (v) url.searchParams.set(param(k), v);
    else url.searchParams.delete(param(k));
  }
  if (url.href !== window.location.href) history.replaceState(history.state, '', url);
}
