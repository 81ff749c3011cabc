// A bilan's evidence files on SQLite and PostgreSQL: size, type and content checked, named errors in French, stored
// in the database, and served only as downloads — to the bilan's authors, and to everyone once it is adopted.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as S from '@conseils-citoyens/schemas';
import { PG_URL, auth, call, openDb, startApp, type Running } from './helpers.js';

const TEMPLATE = { id: S.BILAN_TEMPLATE.id, version: S.BILAN_TEMPLATE.version };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1');

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`evidence files on ${kind}`, { skip: kind === 'postgres' && !PG_URL }, () => {
    let app: Running;
    let bilan: string;
    before(async () => {
      app = await startApp(await openDb(kind));
      const made = await call(app.base, 'POST', '/bilans', auth, {
        council: 'Conseil citoyen de Moulins',
        year: 2026,
        template: TEMPLATE,
      });
      bilan = made.body.id as string;
    });
    after(() => app.close());

    const upload = (body: Buffer, type: string, name: string, headers = auth) =>
      fetch(`${app.base}/bilans/${bilan}/evidence`, {
        method: 'POST',
        headers: {
          ...headers,
          'Content-Type': type,
          [S.FILE_NAME_HEADER]: encodeURIComponent(name),
        },
        body,
      });

    it('stores a PDF, which an item then points at, and serves it back as a download that never runs', async () => {
      const res = await upload(PDF, 'application/pdf', 'Compte rendu — 12 mars.pdf');
      assert.equal(res.status, 201);
      const evidence = S.Evidence.parse(await res.json());
      assert.ok(evidence.kind === 'file');
      assert.deepEqual(
        [evidence.name, evidence.type, evidence.size],
        ['Compte rendu — 12 mars.pdf', 'application/pdf', PDF.length],
      );
      const saved = await call(
        app.base,
        'PATCH',
        `/bilans/${bilan}/items/pp-programmation`,
        { ...auth, 'If-Match': '*' },
        { evidence: [evidence] },
      );
      assert.equal(saved.status, 200, JSON.stringify(saved.body));

      const got = await fetch(`${app.base}/bilans/${bilan}/evidence/${evidence.fileId}`, {
        headers: auth,
      });
      assert.equal(got.status, 200);
      assert.deepEqual(Buffer.from(await got.arrayBuffer()), PDF);
      assert.equal(got.headers.get('Content-Type'), 'application/pdf');
      assert.equal(
        got.headers.get('Content-Disposition'),
        `attachment; filename*=UTF-8''${encodeURIComponent('Compte rendu — 12 mars.pdf')}`,
      );
      assert.equal(got.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.match(got.headers.get('Content-Security-Policy') ?? '', /^sandbox/);
      // A draft's files are its authors' only; another bilan's id does not reach them.
      assert.equal(
        (await fetch(`${app.base}/bilans/${bilan}/evidence/${evidence.fileId}`)).status,
        404,
      );
      assert.equal(
        (await fetch(`${app.base}/bilans/autre/evidence/${evidence.fileId}`, { headers: auth }))
          .status,
        404,
      );
    });

    it('refuses, naming the file: a page or a program, a file whose bytes are not its type, an empty name, too large', async () => {
      const html = await upload(Buffer.from('<script>alert(1)</script>'), 'text/html', 'a.html');
      assert.equal(html.status, 415);
      const htmlBody = (await html.json()) as { errors: { field: string; message: string }[] };
      assert.deepEqual(htmlBody.errors[0], {
        field: 'file',
        code: 'file',
        message:
          '« Fichier » : ce type de fichier n’est pas accepté ; envoyez un fichier PDF, PNG, JPEG, ODT, ODS, DOCX, XLSX, CSV, TXT.',
      });
      const fake = await upload(Buffer.from('MZ\x90\x00 not a pdf'), 'application/pdf', 'x.pdf');
      assert.equal(fake.status, 415);
      assert.equal(
        ((await fake.json()) as { errors: { message: string }[] }).errors[0]!.message,
        '« Fichier » : son contenu n’est pas celui d’un fichier PDF.',
      );
      const unnamed = await upload(PDF, 'application/pdf', '');
      assert.equal(unnamed.status, 422);
      const big = await upload(
        Buffer.concat([PDF, Buffer.alloc(S.EVIDENCE_MAX_BYTES)]),
        'application/pdf',
        'gros.pdf',
      );
      assert.equal(big.status, 413);
      assert.match(
        ((await big.json()) as { errors: { message: string }[] }).errors[0]!.message,
        /^« Fichier » : 10 Mo, c’est plus que la limite de 10 Mo\.$/,
      );
      const english = await fetch(`${app.base}/bilans/${bilan}/evidence`, {
        method: 'POST',
        headers: {
          ...auth,
          'Accept-Language': 'en',
          'Content-Type': 'image/png',
          [S.FILE_NAME_HEADER]: 'photo.png',
        },
        body: PDF,
      });
      assert.equal(
        ((await english.json()) as { errors: { message: string }[] }).errors[0]!.message,
        '“File”: its content is not that of a PNG file.',
      );
      // Without a credential, nothing is stored.
      assert.equal((await upload(PDF, 'application/pdf', 'a.pdf', {} as typeof auth)).status, 401);
      const count = await app.db.get<{ n: number | string }>(
        'SELECT COUNT(*) AS n FROM evidence_files WHERE bilan_id = ?',
        [bilan],
      );
      assert.equal(Number(count?.n), 1);
    });

    it('once the bilan is adopted, its files are public, still as downloads', async () => {
      const res = await upload(
        Buffer.from('date;présents\n2026-03-12;14\n'),
        'text/csv',
        'présences.csv',
      );
      const evidence = S.Evidence.parse(await res.json());
      assert.ok(evidence.kind === 'file');
      const head = await call(app.base, 'GET', `/bilans/${bilan}`, auth);
      const adopted = await call(
        app.base,
        'POST',
        `/bilans/${bilan}/publish`,
        { ...auth, 'If-Match': `"${String(head.body.version)}"` },
        {},
      );
      assert.equal(adopted.status, 201, JSON.stringify(adopted.body));
      const got = await fetch(`${app.base}/bilans/${bilan}/evidence/${evidence.fileId}`);
      assert.equal(got.status, 200);
      assert.equal(await got.text(), 'date;présents\n2026-03-12;14\n');
    });
  });
}
