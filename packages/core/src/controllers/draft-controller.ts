import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type DraftValues = Record<string, string | string[] | boolean>;

export interface DraftOptions {
  /** Storage key; include what makes the draft unique (component, session id…). */
  key: () => string;
  /** `session` by default: the draft holds personal data. `local` only when the site opts in. */
  storage?: () => 'session' | 'local';
  /** Fields never written (tokens, honeypot). */
  exclude?: readonly string[];
  /** How long a `local` draft lives; capped at 24 h. */
  maxAgeMs?: number;
}

const DAY = 24 * 60 * 60 * 1000;
const PREFIX = 'cc-draft:';

/**
 * Keeps a form's input until it is submitted, so a reload, a network cut or a server error
 * loses nothing. Cleared after success.
 */
export class DraftController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: DraftOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.dropExpired();
  }

  private get store(): Storage | undefined {
    try {
      return this.options.storage?.() === 'local' ? localStorage : sessionStorage;
    } catch {
      return undefined; // storage blocked (private mode, sandboxed iframe): the form still works
    }
  }

  private get maxAge(): number {
    return Math.min(this.options.maxAgeMs ?? DAY, DAY);
  }

  /** The saved draft, or null. */
  load(): DraftValues | null {
    const raw = this.store?.getItem(PREFIX + this.options.key());
    if (!raw) return null;
    try {
      const { savedAt, values } = JSON.parse(raw) as { savedAt: number; values: DraftValues };
      if (Date.now() - savedAt > this.maxAge) {
        this.clear();
        return null;
      }
      return values;
    } catch {
      this.clear();
      return null;
    }
  }

  save(values: DraftValues): void {
    const kept = Object.fromEntries(
      Object.entries(values).filter(
        ([k, v]) =>
          !this.options.exclude?.includes(k) && v !== '' && !(Array.isArray(v) && !v.length),
      ),
    );
    try {
      if (Object.keys(kept).length === 0) this.clear();
      else
        this.store?.setItem(
          PREFIX + this.options.key(),
          JSON.stringify({ savedAt: Date.now(), values: kept }),
        );
    } catch {
      // quota exceeded or storage blocked: keeping the form usable matters more than the draft
    }
  }

  clear(): void {
    this.store?.removeItem(PREFIX + this.options.key());
  }

  /** Removes our expired drafts from localStorage, so personal data never outlives 24 h. */
  private dropExpired(): void {
    try {
      for (let i = localStorage.length - 1; i >= 0; i--) {
        const k = localStorage.key(i);
        if (!k?.startsWith(PREFIX)) continue;
        const savedAt =
          (JSON.parse(localStorage.getItem(k) ?? '{}') as { savedAt?: number }).savedAt ?? 0;
        if (Date.now() - savedAt > DAY) localStorage.removeItem(k);
      }
    } catch {
      /* storage unavailable */
    }
  }
}
