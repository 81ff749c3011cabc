// Starts a throwaway PostgreSQL cluster (Debian's postgresql package) for the tests and the bench.
// Root may not run initdb, so the cluster belongs to the postgres user. Returns its URL and a stop().
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function pgBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const v = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  return v && existsSync(join(root, v, 'bin/initdb')) ? join(root, v, 'bin') : undefined;
}

export function startPostgres(port = 54329) {
  const bin = pgBin();
  if (!bin) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql');
  const dir = mkdtempSync(join(tmpdir(), 'cc-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const asPostgres = (cmd) => {
    const isRoot = process.getuid?.() === 0;
    return isRoot
      ? execFileSync('su', ['postgres', '-c', cmd], { stdio: 'pipe' })
      : execFileSync('sh', ['-c', cmd], { stdio: 'pipe' });
  };
  asPostgres(`${bin}/initdb -D ${data} -U postgres --auth=trust -E UTF8 >/dev/null`);
  asPostgres(
    `${bin}/pg_ctl -D ${data} -l ${data}/log -w -o "-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null`,
  );
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        asPostgres(`${bin}/pg_ctl -D ${data} -m immediate -w stop >/dev/null`);
      } catch {
        /* already stopped */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
