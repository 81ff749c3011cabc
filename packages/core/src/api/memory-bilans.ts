// The memory adapter's bilan calls, with the server's rules: one item or heading saved under its own revision, and
// the year's indicators counted from the sessions, registrations and answers the adapter holds.
import {
  BILAN_TEMPLATE,
  OwnItemInput,
  fieldErrors,
  applyCarriedPatch,
  applyHeadingPatch,
  nextYearBilan,
  ownItemId,
  applyItemPatch,
  evidencePrecheck,
  type Bilan,
  type BilanData,
  type BilanIndicator,
  type Charte,
  type Registration,
  type Session,
} from '@conseils-citoyens/schemas';
import type { CcStaffApi, PartOptions } from './api.js';
import { ApiError } from './errors.js';

type BilanCalls = Pick<
  CcStaffApi,
  | 'patchBilanItem'
  | 'patchBilanHeading'
  | 'patchBilanCarried'
  | 'addBilanItem'
  | 'removeBilanItem'
  | 'startNextBilan'
  | 'getBilanIndicators'
  | 'uploadEvidence'
  | 'downloadEvidence'
>;

export interface MemoryBilanStore {
  head(id: string): Bilan;
  /** The last adopted version of a charte, if any. */
  adoptedCharte(id: string): Charte | undefined;
  /** A new draft version of the bilan on top of its head. */
  save(id: string, bilan: Bilan, note: string): Bilan;
  /** Every bilan's head (to find next year's). */
  all(): Bilan[];
  /** A new bilan, version 1. */
  create(data: BilanData): Bilan;
  sessions(): Session[];
  registrations(): Registration[];
  answers(): { questionnaireId: string; submittedAt: string }[];
  now(): Date;
  /** The language of the adapter's answers. */
  locale: 'fr' | 'en';
  /** Runs a call as the adapter does (latency, injected failures, copies). */
  call<T>(work: () => T): Promise<T>;
  conflict(current: object): ApiError;
  /** Next year's bilan exists already: its id. */
  nextYearExists(id: string): ApiError;
  notFound(): ApiError;
}

const yearStart = (year: number) => Date.parse(`${year}-01-01T00:00:00+01:00`);

/** As the server does: a blank label or an unknown heading is refused, the field named. */
function parsedOwnItem(input: unknown): OwnItemInput {
  const r = OwnItemInput.safeParse(input);
  if (!r.success)
    throw new ApiError('validation', {
      status: 422,
      problem: {
        type: 'about:blank',
        title: 'validation',
        status: 422,
        errors: fieldErrors(r.error, input, 'fr'),
      },
    });
  return r.data;
}

export function memoryBilanCalls(store: MemoryBilanStore): BilanCalls {
  const by = () => ({ author: 'Démonstration', at: store.now().toISOString() });
  const files = new Map<string, { bilanId: string; file: File }>();
  const check = (rev: number | undefined, o: PartOptions, current: object | undefined) => {
    if (o.ifMatch !== '*' && o.ifMatch !== (rev ?? 0)) throw store.conflict(current ?? { rev: 0 });
  };
  return {
    patchBilanItem: (id, item, patch, o) =>
      store.call(() => {
        const bilan = store.head(id);
        const items = bilan.template.id === BILAN_TEMPLATE.id ? BILAN_TEMPLATE.items : [];
        if (![...items, ...bilan.ownItems].some((i) => i.id === item)) throw store.notFound();
        check(bilan.items[item]?.rev, o, bilan.items[item]);
        const answer = applyItemPatch(bilan.items[item], patch, by());
        const saved = store.save(
          id,
          { ...bilan, items: { ...bilan.items, [item]: answer } },
          `Point ${item}`,
        );
        return { item, answer, version: saved.version };
      }),
    patchBilanHeading: (id, heading, patch, o) =>
      store.call(() => {
        const bilan = store.head(id);
        check(bilan.headings[heading]?.rev, o, bilan.headings[heading]);
        const notes = applyHeadingPatch(bilan.headings[heading], patch, by());
        const saved = store.save(
          id,
          { ...bilan, headings: { ...bilan.headings, [heading]: notes } },
          `Rubrique ${heading}`,
        );
        return { heading, notes, version: saved.version };
      }),
    patchBilanCarried: (id, item, patch, o) =>
      store.call(() => {
        const bilan = store.head(id);
        const index = bilan.carriedActions.findIndex((a) => a.item === item);
        if (index < 0) throw store.notFound();
        const current = bilan.carriedActions[index]!;
        check(current.rev, o, current);
        const action = applyCarriedPatch(current, patch, by());
        const carriedActions = bilan.carriedActions.map((a, i) => (i === index ? action : a));
        const saved = store.save(
          id,
          { ...bilan, carriedActions },
          `Action de l’an dernier ${item}`,
        );
        return { item, action, version: saved.version };
      }),
    addBilanItem: (id, input) =>
      store.call(() => {
        const bilan = store.head(id);
        const input_ = parsedOwnItem(input);
        const taken = new Set([...BILAN_TEMPLATE.items, ...bilan.ownItems].map((i) => i.id));
        const { restore, ...fields } = input_;
        const itemId =
          restore && !taken.has(restore.id) ? restore.id : ownItemId(input_.label, taken);
        const item = { id: itemId, ...fields };
        const items = restore?.answer ? { ...bilan.items, [itemId]: restore.answer } : bilan.items;
        const saved = store.save(
          id,
          { ...bilan, ownItems: [...bilan.ownItems, item], items },
          `Point ajouté : ${item.label}`,
        );
        return { item, version: saved.version };
      }),
    removeBilanItem: (id, itemId) =>
      store.call(() => {
        const bilan = store.head(id);
        const item = bilan.ownItems.find((i) => i.id === itemId);
        if (!item) throw store.notFound();
        const { [itemId]: answer, ...items } = bilan.items;
        const saved = store.save(
          id,
          { ...bilan, ownItems: bilan.ownItems.filter((i) => i.id !== itemId), items },
          `Point retiré : ${item.label}`,
        );
        return { item, ...(answer ? { answer } : {}), version: saved.version };
      }),
    startNextBilan: (id) =>
      store.call(() => {
        const existing = store.all().find((b) => b.previous === id);
        if (existing) throw store.nextYearExists(existing.id);
        const {
          id: _i,
          version: _v,
          versionStatus: _s,
          updatedAt: _u,
          updatedBy: _b,
          indicators: _f,
          ...data
        } = store.head(id);
        return store.create(nextYearBilan(BILAN_TEMPLATE, data, id));
      }),
    // Files kept in memory, checked as the server does (what a browser can tell: size and type).
    uploadEvidence: (bilanId, file, o) =>
      store.call(() => {
        store.head(bilanId);
        const refusal = evidencePrecheck(file, store.locale);
        if (refusal)
          throw new ApiError('validation', {
            status: 422,
            problem: {
              type: 'about:blank#validation',
              title: refusal,
              status: 422,
              code: 'validation',
              errors: [{ field: 'file', code: 'file', message: refusal }],
            },
            titleLocale: store.locale,
          });
        const fileId = `f${files.size + 1}`;
        files.set(fileId, { bilanId, file });
        o?.onProgress?.(1);
        return { kind: 'file' as const, fileId, name: file.name, type: file.type, size: file.size };
      }),
    downloadEvidence: (bilanId, fileId) =>
      store.call(() => {
        const kept = files.get(fileId);
        if (!kept || kept.bilanId !== bilanId) throw store.notFound();
        return { blob: kept.file, filename: kept.file.name };
      }),
    getBilanIndicators: (id) =>
      store.call(() => {
        const bilan = store.head(id);
        const [from, to] = [yearStart(bilan.year), yearStart(bilan.year + 1)];
        const now = store.now();
        const towns = bilan.scope?.towns;
        const ofYear = store
          .sessions()
          .filter((s) => Date.parse(s.start) >= from && Date.parse(s.start) < to)
          .filter((s) => !towns?.length || towns.includes(s.venue.town));
        const held = ofYear.filter(
          (s) => s.status !== 'cancelled' && Date.parse(s.end) <= now.getTime(),
        );
        const heldIds = new Set(held.map((s) => s.id));
        const count = (keys: string[]) =>
          [...new Set(keys)]
            .sort()
            .map((key) => ({ key, value: keys.filter((k) => k === key).length }));
        const questionnaires = bilan.scope?.questionnaires ?? [];
        const answers = store
          .answers()
          .filter((a) => questionnaires.includes(a.questionnaireId))
          .filter((a) => Date.parse(a.submittedAt) >= from && Date.parse(a.submittedAt) < to);
        const confirmed = store
          .registrations()
          .filter((r) => r.status === 'confirmed' && heldIds.has(r.sessionId));
        const present = store
          .registrations()
          .filter(
            (r) =>
              r.status !== 'cancelled' && r.attendance === 'present' && heldIds.has(r.sessionId),
          );
        const sessionOf = (id: string) => held.find((s) => s.id === id);
        const charte = bilan.scope?.charte ? store.adoptedCharte(bilan.scope.charte) : undefined;
        const indicators: BilanIndicator[] = [
          {
            id: 'sessions_held',
            value: held.length,
            breakdown: [
              ...count(held.map((s) => `kind:${s.kind}`)),
              ...count(held.map((s) => `town:${s.venue.town}`)),
            ],
            source: 'sessions',
          },
          {
            id: 'sessions_cancelled',
            value: ofYear.filter((s) => s.status === 'cancelled').length,
            source: 'sessions',
          },
          {
            id: 'registrations_confirmed',
            value: confirmed.length,
            source: 'registrations',
          },
          {
            id: 'attendance_present',
            value: present.length,
            breakdown: [
              ...count(present.map((r) => `kind:${sessionOf(r.sessionId)?.kind ?? ''}`)),
              ...count(present.map((r) => `town:${sessionOf(r.sessionId)?.venue.town ?? ''}`)),
            ],
            source: 'registrations',
          },
          {
            id: 'questionnaire_responses',
            value: answers.length,
            breakdown: count(answers.map((a) => `questionnaire:${a.questionnaireId}`)),
            source: 'questionnaire_responses',
          },
        ];
        if (bilan.scope?.charte)
          indicators.push({
            id: 'charte_adopted',
            value: null,
            ...(charte?.adoption ? { date: charte.adoption.date } : {}),
            source: 'chartes',
          });
        return { bilanId: id, year: bilan.year, computedAt: now.toISOString(), indicators };
      }),
  };
}
