// The pages and the elements cc-server serves: compressed on the wire (the .br and .gz written at build time).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { openDb, startApp, type Running } from './helpers.js';

const cdn = fileURLToPath(new URL('../../elements/dist/cdn/', import.meta.url));
const docs = fileURLToPath(new URL('../../../docs/', import.meta.url));

/** A raw GET (fetch would decompress and hide the encoding). */
function get(
  url: string,
  acceptEncoding?: string,
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('static files: the elements compressed on the wire', () => {
  let app: Running;
  let origin: string;
  before(async () => {
    app = await startApp(await openDb('sqlite'), {
      mounts: { '/elements/': cdn },
      staticDir: docs,
    });
    origin = app.base.replace('/api/v1', '');
  });
  after(() => app.close());

  it('sends elements.js as brotli to Chromium, gzip to older clients, plain to others, the same script each time', async () => {
    const raw = readFileSync(`${cdn}elements.js`);
    const br = await get(`${origin}/elements/elements.js`, 'gzip, deflate, br, zstd');
    assert.equal(br.status, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(String(br.headers['vary']), /Accept-Encoding/);
    assert.match(String(br.headers['content-type']), /javascript/);
    assert.ok(br.body.length < raw.length / 3, `brotli ${br.body.length} B for ${raw.length} B`);
    assert.deepEqual(brotliDecompressSync(br.body), raw);
    const gz = await get(`${origin}/elements/elements.js`, 'gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gz.body), raw);
    const plain = await get(`${origin}/elements/elements.js`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(plain.body, raw);
  });
});
