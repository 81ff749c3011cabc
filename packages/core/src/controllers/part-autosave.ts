import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from '../api/errors.js';

/** Where one part stands: `pending` (changed, to be saved), `saving`, `saved`, `failed` (kept here), `conflict`. */
export type PartState = 'pending' | 'saving' | 'saved' | 'failed' | 'conflict';

/** A part as saved on the server: its revision guards concurrent edits. */
export interface Revised {
  rev?: number;
  answeredBy?: string;
}

export interface PartAutosaveOptions<A extends Revised, P extends object> {
  /** Storage key of the work not yet saved (one document); undefined while there is no document. */
  storageKey: () => string | undefined;
  /** Saves a patch written against revision `rev` (or `*`); answers the part as saved. */
  save: (key: string, patch: P, rev: number) => Promise<A>;
  /** Two patches in a row, as one. */
  merge: (earlier: P, later: P) => P;
  /**
   * After a conflict: the fields both changed differently. None means the patch is written again on top of theirs
   * (someone set the other side's level meanwhile); some means people choose.
   */
  conflicts: (key: string, base: A | undefined, theirs: A | undefined, patch: P) => string[];
  /** Quiet time after the last change (notes being typed) before saving; 600 ms by default. */
  delayMs?: number;
  onSaved?: (key: string, saved: A) => void;
  /** Someone else changed the same fields of this part: shown until the person chooses. */
  onConflict?: (key: string, fields: string[]) => void;
}

interface Part<A, P> {
  /** The part as it was when this work started (what the patch is written against). */
  base?: A;
  patch?: P;
  state: PartState;
  /** On conflict: the part as someone else saved it, and the fields at stake. */
  theirs?: A;
  fields?: string[];
  error?: ApiError;
}

/**
 * Autosave of a document one part at a time (a bilan's items and headings), for several people editing the same
 * document in one meeting: each change is kept on this device at once, then saved alone under the part's own
 * revision. Someone else's change to another part never blocks this one; a change to the same part is merged field by
 * field, and only a field both changed differently is shown to choose. Work that fails to save (offline) stays here
 * and is sent again when the browser is back online, on « Réessayer », or after a reload.
 */
export class PartAutosaveController<
  A extends Revised,
  P extends object,
> implements ReactiveController {
  private readonly parts = new Map<string, Part<A, P>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PartAutosaveOptions<A, P>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.onOnline);
    for (const key of this.timers.keys()) void this.flush(key);
  }

  /**
   * Starts from the document as read (`current(key)` gives each part). Work left on this device is taken up again:
   * saved at once if nobody changed its part since, merged or shown as a conflict otherwise.
   */
  start(current: (key: string) => A | undefined): string[] {
    this.parts.clear();
    const kept = this.readKept();
    for (const [key, { base, patch }] of Object.entries(kept)) {
      const now = current(key);
      const part: Part<A, P> = { base, patch, state: 'pending' };
      this.parts.set(key, part);
      if ((now?.rev ?? 0) !== (base?.rev ?? 0)) this.rebase(key, part, now);
      if (part.state === 'pending') void this.flush(key);
    }
    this.host.requestUpdate();
    return Object.keys(kept);
  }

  /** A change to one part, on top of `base` (the part as shown): kept now, saved after a quiet moment. */
  change(key: string, patch: P, base: A | undefined, { delayMs }: { delayMs?: number } = {}): void {
    const part = this.parts.get(key);
    if (part && part.patch) part.patch = this.options.merge(part.patch, patch);
    else
      this.parts.set(key, {
        base,
        patch,
        state: 'pending',
        ...(part?.theirs ? { theirs: part.theirs } : {}),
      });
    const p = this.parts.get(key)!;
    if (p.state !== 'conflict') p.state = 'pending';
    this.keep();
    this.host.requestUpdate();
    if (p.state === 'conflict') return; // the person chooses first
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => void this.flush(key), delayMs ?? this.options.delayMs ?? 600),
    );
  }

  /** Saves one part now (one save per part at a time; a change made meanwhile is saved right after). */
  async flush(key: string): Promise<void> {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    await this.running.get(key);
    const part = this.parts.get(key);
    if (!part?.patch || part.state === 'conflict' || part.state === 'saving') return;
    const run = this.send(key, part);
    this.running.set(key, run);
    await run;
    this.running.delete(key);
  }

  /** Saves every part waiting (before publishing, or when leaving). */
  async flushAll(): Promise<void> {
    await Promise.all([...this.parts.keys()].map((k) => this.flush(k)));
  }

  private async send(key: string, part: Part<A, P>): Promise<void> {
    const patch = part.patch!;
    part.state = 'saving';
    this.host.requestUpdate();
    try {
      const saved = await this.options.save(key, patch, part.base?.rev ?? 0);
      part.base = saved;
      part.error = undefined;
      if (part.patch === patch) {
        part.patch = undefined;
        part.state = 'saved';
      } else part.state = 'pending'; // changed while saving
      this.keep();
      this.options.onSaved?.(key, saved);
      if (part.patch) void this.flush(key);
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError('network', { cause: e });
      if (error.kind === 'conflict' && error.problem?.current) {
        this.rebase(key, part, error.problem.current as A);
        if (part.state === 'pending') void Promise.resolve().then(() => this.flush(key));
      } else {
        part.error = error;
        part.state = 'failed';
      }
    }
    this.host.requestUpdate();
  }

  /** Someone saved this part since `base`: take their version as the base, and see whether our fields collide. */
  private rebase(key: string, part: Part<A, P>, theirs: A | undefined): void {
    const fields = part.patch ? this.options.conflicts(key, part.base, theirs, part.patch) : [];
    if (fields.length) {
      Object.assign(part, { state: 'conflict', theirs, fields });
      this.options.onConflict?.(key, fields);
    } else {
      Object.assign(part, { state: 'pending', base: theirs, theirs: undefined, fields: undefined });
      this.keep();
    }
    if (theirs) this.options.onSaved?.(key, theirs);
  }

  /**
   * After a conflict: `mine` writes this work on top of their version; `theirs` drops this work (theirs is kept
   * in the history either way).
   */
  resolve(key: string, choice: 'mine' | 'theirs'): void {
    const part = this.parts.get(key);
    if (!part || part.state !== 'conflict') return;
    const { theirs } = part;
    Object.assign(part, { base: theirs, theirs: undefined, fields: undefined });
    if (choice === 'theirs') {
      part.patch = undefined;
      part.state = 'saved';
      this.keep();
      this.host.requestUpdate();
      return;
    }
    part.state = 'pending';
    this.keep();
    void this.flush(key);
  }

  /** Sends again every part that failed. */
  retry(): Promise<void> {
    const failed = [...this.parts].filter(([, p]) => p.state === 'failed');
    for (const [, p] of failed) p.state = 'pending';
    return Promise.all(failed.map(([k]) => this.flush(k))).then(() => undefined);
  }

  stateOf(key: string): PartState | undefined {
    return this.parts.get(key)?.state;
  }

  /** The patch waiting for this part (shown on top of the part as saved). */
  pendingOf(key: string): P | undefined {
    return this.parts.get(key)?.patch;
  }

  conflictOf(key: string): { theirs?: A; fields: string[] } | undefined {
    const p = this.parts.get(key);
    return p?.state === 'conflict' ? { theirs: p.theirs, fields: p.fields ?? [] } : undefined;
  }

  /** How many parts are in each state, for the status line. */
  get counts(): Record<PartState, number> {
    const counts = { pending: 0, saving: 0, saved: 0, failed: 0, conflict: 0 };
    for (const p of this.parts.values()) counts[p.state]++;
    return counts;
  }

  get lastError(): ApiError | undefined {
    return [...this.parts.values()].find((p) => p.error)?.error;
  }

  private readKept(): Record<string, { base?: A; patch: P }> {
    const key = this.options.storageKey();
    try {
      return key
        ? (JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, { base?: A; patch: P }>)
        : {};
    } catch {
      return {};
    }
  }

  /** What is not saved yet, on this device (a document being written holds no personal data). */
  private keep(): void {
    const key = this.options.storageKey();
    if (!key) return;
    const unsaved = Object.fromEntries(
      [...this.parts]
        .filter(([, p]) => p.patch)
        .map(([k, p]) => [k, { base: p.base, patch: p.patch }]),
    );
    try {
      if (Object.keys(unsaved).length) localStorage.setItem(key, JSON.stringify(unsaved));
      else localStorage.removeItem(key);
    } catch {
      /* storage blocked or full: the work still saves while online */
    }
  }

  private readonly onOnline = (): void => void this.retry();
}
