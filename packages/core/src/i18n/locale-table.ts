import type { Locale } from '@conseils-citoyens/schemas';

/**
 * One table of strings per locale. French, the default, ships with the element; English is fetched the first time a
 * page asks for it, so a French page never downloads it. `CcElement` waits for its tables before rendering.
 */
export class LocaleTable<T> {
  private en?: T;
  private loading?: Promise<void>;

  constructor(
    readonly fr: T,
    private readonly loadEn: () => Promise<T>,
  ) {}

  /** The table for `locale`: French until the English one has arrived. */
  of(locale: Locale): T {
    return locale === 'en' && this.en ? this.en : this.fr;
  }

  /** Undefined when `locale` is ready; else a promise that settles when it is (French stays if loading fails). */
  load(locale: Locale): Promise<void> | undefined {
    if (locale !== 'en' || this.en) return undefined;
    return (this.loading ??= this.loadEn().then(
      (table) => void (this.en = table),
      () => void (this.loading = undefined), // tried again on the next render
    ));
  }
}

/** Undefined when every table is ready in `locale`; else a promise that settles when they are. */
export function loadTables(
  tables: readonly LocaleTable<unknown>[],
  locale: Locale,
): Promise<unknown> | undefined {
  const pending = tables.map((t) => t.load(locale)).filter((p) => p !== undefined);
  return pending.length ? Promise.all(pending) : undefined;
}
