// Runs the server's compiled node:test files, shows the spec output and records the counts.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres } from './pg-throwaway.mjs';

const dir = 'packages/server/dist-test';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.js'))
  .sort()
  .map((f) => join(dir, f));
const tap = join(tmpdir(), `cc-tap-${process.pid}.txt`);
let pg;
if (!process.env.CC_TEST_PG_URL) {
  pg = startPostgres();
  process.env.CC_TEST_PG_URL = pg.url;
}
const r = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ],
  { stdio: 'inherit', env: process.env },
);
pg?.stop();
const text = readFileSync(tap, 'utf8');
rmSync(tap);
const count = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
const summary = {
  passed: count('pass'),
  failed: count('fail') + count('cancelled'),
  skipped: count('skipped'),
};
if (process.env.CC_SUMMARY_FILE)
  writeFileSync(process.env.CC_SUMMARY_FILE, JSON.stringify(summary));
console.log(
  `server: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`,
);
process.exit(r.status ?? 1);
