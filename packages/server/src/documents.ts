// Versioned JSON documents for the later components (first drafts): create, read, list, update with ETag.
import { randomUUID } from 'node:crypto';
import type { Hono, MiddlewareHandler } from 'hono';
import type * as z from 'zod/mini';
import type { Db } from './db.js';
import { HttpProblem } from './problem.js';
import { idParam, jsonBody } from './http.js';

type Kind = 'questionnaires' | 'chartes' | 'bilans';

export async function saveDocument(db: Db, kind: Kind, id: string, data: object, expectedVersion?: number) {
  return db.tx(async (q) => {
    const row = await q.get<{ version: number }>(`SELECT version FROM documents WHERE kind = ? AND id = ?${db.forUpdate}`, [kind, id]);
    if (expectedVersion !== undefined && row?.version !== expectedVersion) throw new HttpProblem(412, 'version_conflict');
    const version = (row?.version ?? 0) + 1;
    const updatedAt = new Date().toISOString();
    if (row) await q.run('UPDATE documents SET version = ?, data = ?, updated_at = ? WHERE kind = ? AND id = ?', [version, JSON.stringify(data), updatedAt, kind, id]);
    else await q.run('INSERT INTO documents (kind, id, version, data, updated_at) VALUES (?, ?, ?, ?, ?)', [kind, id, version, JSON.stringify(data), updatedAt]);
    return { id, version, ...(kind === 'questionnaires' ? { status: 'published' } : {}), ...data, updatedAt };
  });
}

async function readDocument(db: Db, kind: Kind, id: string) {
  const row = await db.get<{ version: number; data: string; updated_at: string }>('SELECT * FROM documents WHERE kind = ? AND id = ?', [kind, id]);
  if (!row) throw new HttpProblem(404, 'not_found');
  return { id, version: Number(row.version), ...(kind === 'questionnaires' ? { status: 'published' } : {}), ...JSON.parse(row.data), updatedAt: row.updated_at };
}

export function documentRoutes(api: Hono, db: Db, organiser: MiddlewareHandler, schemas: Record<Kind, z.ZodMiniType<object>>, responseSchema: z.ZodMiniType<{ version: number; answers: Record<string, unknown> }>) {
  for (const kind of Object.keys(schemas) as Kind[]) {
    api.get(`/${kind}`, async (c) => {
      const rows = await db.all<{ id: string }>('SELECT id FROM documents WHERE kind = ? ORDER BY id', [kind]);
      const items = await Promise.all(rows.map((r) => readDocument(db, kind, r.id)));
      return c.json({ items, total: items.length, limit: items.length, offset: 0 });
    });
    api.get(`/${kind}/:id`, async (c) => {
      const doc = await readDocument(db, kind, idParam(c));
      c.header('ETag', `"${doc.version}"`);
      return c.json(doc);
    });
    api.post(`/${kind}`, organiser, async (c) => {
      const doc = await saveDocument(db, kind, randomUUID(), await jsonBody(c, schemas[kind]));
      c.header('ETag', `"${doc.version}"`);
      return c.json(doc, 201);
    });
    api.put(`/${kind}/:id`, organiser, async (c) => {
      const id = idParam(c);
      const ifMatch = c.req.header('If-Match');
      const expected = ifMatch ? Number(ifMatch.replace(/\D/g, '')) : undefined;
      const doc = await saveDocument(db, kind, id, await jsonBody(c, schemas[kind]), expected);
      c.header('ETag', `"${doc.version}"`);
      return c.json(doc);
    });
  }
  api.post('/questionnaires/:id/responses', async (c) => {
    const id = idParam(c);
    const current = await readDocument(db, 'questionnaires', id);
    const body = await jsonBody(c, responseSchema);
    if (body.version > current.version) throw new HttpProblem(409, 'version_conflict');
    const response = { id: randomUUID(), questionnaireId: id, version: body.version, answers: body.answers, submittedAt: new Date().toISOString() };
    await db.tx((q) => q.run('INSERT INTO questionnaire_responses (id, questionnaire_id, version, answers, submitted_at) VALUES (?, ?, ?, ?, ?)',
      [response.id, id, body.version, JSON.stringify(body.answers), response.submittedAt]));
    return c.json(response, 201);
  });
}
