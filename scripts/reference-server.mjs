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
