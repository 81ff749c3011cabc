import type { ReactiveControllerHost } from 'lit';
import { ApiError, asApiError } from '../api/errors.js';
import { SubmitAttempt } from './submit-attempt.js';

/** How an attempt ended: the server's answer, or why not. */
export type Submission<R> =
  | { kind: 'done'; result: R }
  /** Trying the very same body again may work (network, timeout, server, malformed answer): its key is kept. */
  | { kind: 'failed'; error: ApiError }
  /** The server said no and would say it again (full, closed, invalid…): the next attempt gets a new key. */
  | { kind: 'refused'; error: ApiError };

/**
 * One submission at a time, for every form of the library: repeated activation while one is in flight is ignored
 * (the button shows `aria-disabled`, never `disabled`, so the keyboard focus stays on it); each attempt carries an
 * Idempotency-Key that a retry of the same body reuses — after a network cut, a double click or a reload (persist
 * `saved` with the draft) — so the server acts once; the input is never cleared on failure.
 */
export class SubmissionController<R> {
  pending = false;
  last?: Submission<R>;
  private attempt = new SubmitAttempt();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The attempt to keep with the draft, so that a reload retries with the same key. */
  get saved(): { key: string; body: string } | undefined {
    return this.attempt.saved;
  }

  /** Takes back an attempt kept with a draft (anything unreadable is ignored: a reload never throws). */
  restore(raw: unknown): void {
    this.attempt = new SubmitAttempt(parseAttempt(raw));
  }

  /** Forgets the attempt: the next submit is a new one (the resident changed course). */
  reset(): void {
    this.attempt.reset();
    this.last = undefined;
  }

  /**
   * Sends `body` with `send`, unless an attempt is already in flight (then resolves to undefined at once).
   * `onKey` runs before sending, to save the draft with its key.
   */
  async submit(
    body: unknown,
    send: (idempotencyKey: string) => Promise<R>,
    onKey?: () => void,
  ): Promise<Submission<R> | undefined> {
    if (this.pending) return undefined;
    const key = this.attempt.keyFor(body);
    onKey?.();
    this.pending = true;
    this.host.requestUpdate();
    try {
      const result = await send(key);
      this.attempt.reset();
      this.last = { kind: 'done', result };
    } catch (err) {
      const error = asApiError(err);
      const sameAgain = error.retryable || error.kind === 'invalid_response';
      if (!sameAgain) this.attempt.reset();
      this.last = { kind: sameAgain ? 'failed' : 'refused', error };
    } finally {
      this.pending = false;
      this.host.requestUpdate();
    }
    return this.last;
  }
}

/** The saved attempt, or undefined when there is none or storage holds something else. */
function parseAttempt(raw: unknown): { key: string; body: string } | undefined {
  if (typeof raw !== 'string') return undefined;
  try {
    const a = JSON.parse(raw) as { key?: unknown; body?: unknown };
    return typeof a.key === 'string' && typeof a.body === 'string'
      ? { key: a.key, body: a.body }
      : undefined;
  } catch {
    return undefined;
  }
}
