import type { Locale } from '@conseils-citoyens/schemas';
import { loadTables, type LocaleTable } from './locale-table.js';

/**
 * A module most visits never need (a view after sending, a check run on entering a form), fetched the first time it
 * is asked for, with its strings in the page's language. A failed fetch (offline) is tried again on the next call, so
 * a caller can ask at each render without a retry loop of its own.
 */
export class OnDemand<M> {
  /** The module once it has arrived (with its strings in the last locale asked). */
  value?: M;
  private loading?: Promise<M>;

  constructor(
    private readonly fetch: () => Promise<M>,
    private readonly tables: (module: M) => readonly LocaleTable<unknown>[] = () => [],
  ) {}

  /**
   * For a render: the module when it is here with its strings in `locale`; else undefined, and `arrived` is called
   * once it is (not at all while offline: the next render asks again).
   */
  get(locale: Locale, arrived: () => void): M | undefined {
    const module = this.value;
    if (module && !loadTables(this.tables(module), locale)) return module;
    void this.load(locale).then((m) => m && arrived());
    return undefined;
  }

  /** The module with its strings in `locale`, or undefined when it could not be fetched this time. */
  async load(locale: Locale): Promise<M | undefined> {
    this.loading ??= this.fetch();
    try {
      const module = await this.loading;
      await loadTables(this.tables(module), locale);
      return (this.value = module);
    } catch {
      this.loading = undefined;
      return undefined;
    }
  }
}
