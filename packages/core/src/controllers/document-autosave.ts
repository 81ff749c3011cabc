import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DocumentKind } from '@conseils-citoyens/schemas';
import type { CcApi, DocumentTypes } from '../api/api.js';
import { staffApi } from '../api/staff-client.js';
import { ApiError } from '../api/errors.js';
import { DraftController } from './draft-controller.js';

/**
 * Where an editor's work stands: `pending` (changed, to be saved), `saving`, `saved`, `held` (the editor says it cannot
 * be saved as it is), `failed` (network or server: kept here, tried again), `conflict` (someone else saved first).
 */
export type AutosaveState =
  'idle' | 'pending' | 'saving' | 'saved' | 'held' | 'failed' | 'conflict';

export interface DocumentAutosaveOptions<K extends DocumentKind> {
  kind: K;
  id: () => string | undefined;
  client: () => CcApi | undefined;
  editLink?: () => string | undefined;
  /** Quiet time after the last change before saving (1 s by default). */
  delayMs?: number;
  /** Why the current input cannot be saved yet (a blank label…), or nothing: a held input stays on this device. */
  holdReason?: (input: DocumentTypes[K]['input']) => string | undefined;
  onSaved?: (doc: DocumentTypes[K]['served']) => void;
  /** Someone else saved first: their version. */
  onConflict?: (theirs: DocumentTypes[K]['served']) => void;
}

type Served<K extends DocumentKind> = DocumentTypes[K]['served'];
type Input<K extends DocumentKind> = DocumentTypes[K]['input'];

/**
 * Autosave for every authored document (questionnaire, charte, bilan): each change is kept on this device at once
 * (a reload or a closed tab loses nothing), then saved as a new version on top of the one it was made from
 * (`If-Match`). When another editor saved first, nothing is overwritten: `conflict` holds both versions until the
 * person chooses. A failed save keeps the change and is tried again on the next change, on « Réessayer » or when the
 * browser comes back online.
 */
export class DocumentAutosaveController<K extends DocumentKind> implements ReactiveController {
  state: AutosaveState = 'idle';
  /** The version the current work is on top of. */
  base?: number;
  savedAt?: string;
  error?: ApiError;
  /** On conflict: the version someone else saved. */
  theirs?: Served<K>;
  /** Why the work is held (see `holdReason`). */
  held?: string;

  private queued?: Input<K>;
  private timer?: ReturnType<typeof setTimeout>;
  private running?: Promise<void>;
  private readonly local: DraftController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DocumentAutosaveOptions<K>,
  ) {
    host.addController(this);
    // No personal data in a document being written: kept in localStorage (24 h) so that closing the tab loses nothing.
    this.local = new DraftController(host, {
      key: () => `doc:${options.kind}/${options.id() ?? ''}`,
      storage: () => 'local',
    });
  }

  hostConnected(): void {
    addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.onOnline);
    // Leaving the page: what is queued is on this device already; save it now rather than after the delay.
    if (this.timer) void this.flush();
  }

  /**
   * Starts from the document as read. Returns the work left unsaved on this device on top of the same version, to
   * continue from; work on top of an older version comes back as a conflict with the one read.
   */
  start(doc: Served<K>): Input<K> | undefined {
    this.base = doc.version;
    this.state = 'idle';
    this.theirs = undefined;
    const kept = this.local.load();
    if (!kept || typeof kept.data !== 'string') return undefined;
    const data = JSON.parse(kept.data) as Input<K>;
    this.queued = data;
    if (Number(kept.base) !== doc.version) {
      this.base = Number(kept.base);
      this.theirs = doc;
      this.state = 'conflict';
    } else this.schedule();
    this.host.requestUpdate();
    return data;
  }

  /** The input changed: keep it here now, save it after a quiet moment. */
  change(input: Input<K>): void {
    this.queued = input;
    this.local.save({ base: String(this.base ?? ''), data: JSON.stringify(input) });
    if (this.state === 'conflict') return; // the person chooses first
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.held = this.queued ? this.options.holdReason?.(this.queued) : undefined;
    this.state = this.held ? 'held' : 'pending';
    this.host.requestUpdate();
    if (!this.held) this.timer = setTimeout(() => void this.flush(), this.options.delayMs ?? 1000);
  }

  /** Saves what is queued now (one save at a time; a change made meanwhile is saved right after). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
    const input = this.queued;
    const client = this.options.client();
    const id = this.options.id();
    if (!input || !client || !id || this.base === undefined || this.state === 'conflict') return;
    if (this.options.holdReason?.(input)) return;
    this.running = this.save(client, id, input);
    await this.running;
    this.running = undefined;
  }

  private async save(client: CcApi, id: string, input: Input<K>): Promise<void> {
    this.state = 'saving';
    this.host.requestUpdate();
    try {
      const editLink = this.options.editLink?.();
      const saved = await staffApi(client).saveDocument(this.options.kind, id, input, {
        ifMatch: this.base!,
        ...(editLink ? { editLink } : {}),
      });
      this.base = saved.version;
      this.savedAt = saved.updatedAt;
      this.error = undefined;
      if (this.queued === input) {
        this.queued = undefined;
        this.local.clear();
        this.state = 'saved';
      } else this.schedule(); // changed while saving: keep going
      this.options.onSaved?.(saved);
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError('network', { cause: e });
      const current = error.problem?.current as Served<K> | undefined;
      if (error.kind === 'conflict' && current) {
        this.theirs = current;
        this.state = 'conflict';
        this.options.onConflict?.(current);
      } else {
        this.error = error;
        this.state = 'failed';
      }
    }
    this.host.requestUpdate();
  }

  /**
   * After a conflict: `mine` saves this work on top of their version (theirs stays in the history); `theirs` takes
   * their version and drops this work (returned, for the editor to show).
   */
  async resolve(choice: 'mine' | 'theirs'): Promise<Served<K> | undefined> {
    const theirs = this.theirs;
    if (!theirs) return undefined;
    this.theirs = undefined;
    this.base = theirs.version;
    if (choice === 'theirs') {
      this.queued = undefined;
      this.local.clear();
      this.state = 'idle';
      this.host.requestUpdate();
      return theirs;
    }
    this.state = 'pending';
    if (this.queued) this.change(this.queued);
    await this.flush();
    return undefined;
  }

  /** Saves again after a failure. */
  retry(): Promise<void> {
    if (this.state !== 'failed') return Promise.resolve();
    this.state = 'pending';
    return this.flush();
  }

  /** The work is in a version of its own now (published, adopted): nothing left to save. */
  settle(doc: Served<K>): void {
    this.base = doc.version;
    this.savedAt = doc.updatedAt;
    this.queued = undefined;
    this.local.clear();
    this.state = 'saved';
    this.host.requestUpdate();
  }

  /** Something is not saved on the server yet. */
  get unsaved(): boolean {
    return this.queued !== undefined;
  }

  private readonly onOnline = (): void => void this.retry();
}
