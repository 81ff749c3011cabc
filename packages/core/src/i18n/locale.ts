import type { Locale } from '@conseils-citoyens/schemas';
import { TIME_ZONE } from '@conseils-citoyens/schemas/constants.js';

export const DEFAULT_LOCALE: Locale = 'fr';

/** `fr-FR`, `en-GB`… → a supported locale, French when unknown. */
export function toLocale(value: string | null | undefined): Locale | undefined {
  const lang = value?.trim().toLowerCase().slice(0, 2);
  return lang === 'fr' || lang === 'en' ? lang : undefined;
}

/** The nearest `lang` attribute, crossing shadow roots. */
export function closestLang(el: Element): Locale | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang'))
      return toLocale(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

const BCP47: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Dates and times always in Europe/Paris, whatever the visitor's device says. */
export function formatDate(
  iso: string | Date,
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
): string {
  const key = locale + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(BCP47[locale], { timeZone: TIME_ZONE, ...options });
    formatters.set(key, f);
  }
  const text = f.format(typeof iso === 'string' ? new Date(iso) : iso);
  // French writes the first of the month as an ordinal: « mardi 1er décembre » (Intl gives « 1 décembre »).
  return locale === 'fr' && (options.day || options.dateStyle)
    ? text.replace(/(^|\s)1(?= \p{L})/u, '$11er')
    : text;
}

export const formatDateTime = (iso: string | Date, locale: Locale) =>
  formatDate(iso, locale, { dateStyle: 'full', timeStyle: 'short' });

/** “jeudi 3 décembre 2026, 09:00 – 12:00” */
export function formatTimeRange(start: string, end: string, locale: Locale): string {
  const day = formatDate(start, locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const time = (d: string) => formatDate(d, locale, { hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time(start)} – ${time(end)}`;
}
