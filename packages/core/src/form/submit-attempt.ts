import { newIdempotencyKey } from '../api/api.js';

/**
 * One Idempotency-Key per attempt: the same body sent again (retry button, double click, reload after a
 * network cut) reuses its key, so the server answers it once; a changed body is a new attempt.
 */
export class SubmitAttempt {
  private current?: { key: string; body: string };

  constructor(saved?: { key: string; body: string }) {
    this.current = saved;
  }

  /** The key for this body, kept when the body is unchanged. */
  keyFor(body: unknown): string {
    const json = JSON.stringify(body);
    if (this.current?.body !== json) this.current = { key: newIdempotencyKey(), body: json };
    return this.current.key;
  }

  /** What to keep with the draft so a reload reuses the key. */
  get saved(): { key: string; body: string } | undefined {
    return this.current;
  }

  /** After an answer that settles the attempt (success, or a refusal that the same body would get again). */
  reset(): void {
    this.current = undefined;
  }
}
