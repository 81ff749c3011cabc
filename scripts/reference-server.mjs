// Starts the reference server as `npm start` does (cc-server on SQLite, the demo data, the reference page from docs/)
// on a free-ish local port, for the smoke test and the Lighthouse bench. `log()` is what it printed (its request log).
import { spawn } from 'node:child_process';

export async function startReferenceServer({
  db = ':memory:',
  port = 4700 + Math.floor(Math.random() * 300),
} = {}) {
  const server = spawn(
    process.execPath,
    [
      'packages/server/dist/cli.js',
      '--db',
      db,
      '--seed',
      'demo',
      '--static',
      'docs',
      '--port',
      String(port),
      '--rate-limit',
      '0',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  server.stderr.on('data', (d) => {
    log += d;
  });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => {
      log += d;
      if (String(d).includes('prêt')) resolve();
    });
    server.on('exit', (code) => reject(new Error(`cc-server exited ${code}\n${log}`)));
  });
  return { base: `http://127.0.0.1:${port}`, log: () => log, stop: () => server.kill() };
}

/**
 * The reference server on a database file of its own, with an organiser's token created by `cc-server token create`
 * (as an administrator does): for the end-to-end tests. `stop()` also removes the file.
 */
export async function startWithOrganiser(name) {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { execFileSync } = await import('node:child_process');
  const dir = mkdtempSync(join(tmpdir(), 'cc-e2e-'));
  const db = join(dir, 'e2e.sqlite');
  const server = await startReferenceServer({ db });
  const token = execFileSync(process.execPath, [
    'packages/server/dist/cli.js',
    'token',
    'create',
    '--name',
    name,
    '--db',
    db,
  ])
    .toString()
    .trim()
    .split('\n')[0];
  /** A call to the API as that organiser. */
  const api = async (method, path, body, auth = true) => {
    const res = await fetch(`${server.base}/api/v1${path}`, {
      method,
      headers: {
        ...(auth ? { Authorization: `Bearer ${token}` } : {}),
        'Content-Type': 'application/json',
      },
      body: body && JSON.stringify(body),
    });
    return res.json();
  };
  /** An edit link of a document for a council member (a day long): its secret goes in the page's fragment. */
  const editLink = async (kind, id, label) =>
    (
      await api('POST', `/${kind}/${id}/links`, {
        access: 'edit',
        label,
        expiresAt: new Date(Date.now() + 86400_000).toISOString(),
      })
    ).secret;
  return {
    ...server,
    token,
    api,
    editLink,
    stop: () => {
      server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
