// The memory adapter's consultation of a charte, with the server's rules: opened on the version seen, one at a time,
// comments taken on an article of that version while it is open and kept with it.
import {
  CHARTE_LIBRARY,
  CommentInput,
  ConsultationInput,
  assembleCharte,
  charteText,
  fieldErrors,
  type Charte,
  type Consultation,
  type FieldError,
  type DocumentComment,
  type Locale,
} from '@conseils-citoyens/schemas';
import type * as z from 'zod/mini';
import type { CcStaffApi } from './api.js';
import { ApiError } from './errors.js';

type ConsultationCalls = Pick<
  CcStaffApi,
  | 'openConsultation'
  | 'getConsultation'
  | 'closeConsultation'
  | 'getCharteText'
  | 'listComments'
  | 'addComment'
>;

export interface MemoryConsultationStore {
  head(id: string): Charte;
  version(id: string, version: number): Charte;
  now(): Date;
  locale: Locale;
  call<T>(work: () => T): Promise<T>;
  conflict(current: object): ApiError;
  /** A 409 with this code. */
  refused(code: 'consultation_closed' | 'not_a_draft'): ApiError;
  notFound(): ApiError;
}

type Stored = Omit<Consultation, 'open' | 'comments'> & { id: string };

export function memoryConsultationCalls(store: MemoryConsultationStore): ConsultationCalls {
  const consultations = new Map<string, Stored>();
  const comments: (DocumentComment & { charte: string })[] = [];
  let seq = 0;

  const refuse = (errors: FieldError[]) =>
    new ApiError('validation', {
      status: 422,
      problem: { type: 'about:blank', title: 'validation', status: 422, errors },
    });
  const invalid = (field: string, message: string) => refuse([{ field, code: 'invalid', message }]);
  /** As the server does: each problem named with its field. */
  function checked<T>(schema: z.ZodMiniType<T>, input: unknown): T {
    const r = schema.safeParse(input);
    if (!r.success) throw refuse(fieldErrors(r.error, input, store.locale));
    return r.data;
  }
  const isOpen = (c: Stored) => !c.closedAt && Date.parse(c.closesAt) > store.now().getTime();
  const view = (charte: string, c: Stored): Consultation => {
    const { id: _, ...rest } = c;
    return {
      ...rest,
      open: isOpen(c),
      comments: comments.filter((x) => x.charte === charte && x.version === c.version).length,
    };
  };
  const current = (id: string) => {
    const c = consultations.get(id);
    if (!c) throw store.notFound();
    return c;
  };

  return {
    openConsultation: (id, input, o) =>
      store.call(() => {
        const body = checked(ConsultationInput, input);
        if (Date.parse(body.closesAt) <= store.now().getTime())
          throw invalid(
            'closesAt',
            store.locale === 'fr'
              ? '« Date de clôture » doit être à venir.'
              : '“Closing date” must be in the future.',
          );
        const head = store.head(id);
        if (o.ifMatch !== '*' && o.ifMatch !== head.version) throw store.conflict(head);
        if (head.versionStatus !== 'draft') throw store.refused('not_a_draft');
        const at = store.now().toISOString();
        const previous = consultations.get(id);
        if (previous && !previous.closedAt) previous.closedAt = at;
        const made: Stored = {
          id: `consultation-${++seq}`,
          version: head.version,
          openedAt: at,
          openedBy: 'Démonstration',
          closesAt: new Date(body.closesAt).toISOString(),
          ...(body.message?.trim() ? { message: body.message.trim() } : {}),
        };
        consultations.set(id, made);
        const secret = Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) =>
          (b % 36).toString(36),
        ).join('');
        return {
          ...view(id, made),
          link: {
            id: `link-${seq}`,
            documentKind: 'chartes' as const,
            documentId: id,
            access: 'view' as const,
            label:
              store.locale === 'fr'
                ? `Consultation des membres — version ${made.version}`
                : `Members’ consultation — version ${made.version}`,
            expiresAt: made.closesAt,
            createdAt: at,
            createdBy: 'Démonstration',
            secret,
          },
        };
      }),
    getConsultation: (id) =>
      store.call(() => {
        store.head(id); // an unknown charte is not found; a charte never consulted has none
        const c = consultations.get(id);
        return c ? view(id, c) : null;
      }),
    closeConsultation: (id) =>
      store.call(() => {
        const c = current(id);
        c.closedAt ??= store.now().toISOString();
        return view(id, c);
      }),
    getCharteText: (id, version) =>
      store.call(() =>
        charteText(CHARTE_LIBRARY, id, version, store.version(id, version), store.locale),
      ),
    listComments: (id, version) =>
      store.call(() => {
        store.version(id, version);
        const items = comments
          .filter((c) => c.charte === id && c.version === version)
          .map(({ charte: _, ...c }) => c);
        return { items, total: items.length, limit: items.length, offset: 0 };
      }),
    addComment: (id, version, input) =>
      store.call(() => {
        const charte = store.version(id, version);
        const body = checked(CommentInput, input);
        const c = consultations.get(id);
        if (!c || c.version !== version || !isOpen(c)) throw store.refused('consultation_closed');
        const articles = assembleCharte(CHARTE_LIBRARY, charte, store.locale).sections.flatMap(
          (s) => s.articles,
        );
        if (!articles.some((a) => a.id === body.article))
          throw invalid(
            'article',
            store.locale === 'fr'
              ? `« Article » : ${body.article} n’est pas un article de la version ${version}.`
              : `“Article”: ${body.article} is not an article of version ${version}.`,
          );
        const comment: DocumentComment = {
          id: `comment-${++seq}`,
          version,
          article: body.article,
          author: body.author.trim(),
          body: body.body.trim(),
          createdAt: store.now().toISOString(),
        };
        comments.push({ ...comment, charte: id });
        return comment;
      }),
  };
}
