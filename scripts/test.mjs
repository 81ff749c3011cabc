#!/usr/bin/env node
// The one test command: type check, lint, build, browser tests, server tests, Storybook build.
// Ends with one plain line `N passed, N failed` and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', STORYBOOK_DISABLE_TELEMETRY: '1', FORCE_COLOR: '0' };
const steps = [];
let passed = 0;
let failed = 0;

function run(name, cmd, args, extraEnv = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const ok = r.status === 0;
  steps.push(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

/** A step that is not a test suite counts as one check. */
function check(name, cmd, args) {
  if (run(name, cmd, args)) passed++;
  else failed++;
}

check('type check', 'npx', ['tsc', '-b']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('build', 'npm', ['run', '--silent', 'build:packages']);

const summary = join(tmpdir(), `cc-wtr-${process.pid}.json`);
const wtrOk = run('browser tests (Chromium)', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], { CC_SUMMARY_FILE: summary });
if (existsSync(summary)) {
  const s = JSON.parse(readFileSync(summary, 'utf8'));
  passed += s.passed;
  failed += s.failed;
  rmSync(summary);
  if (!wtrOk && s.failed === 0) failed++;
} else failed++;

const serverSummary = join(tmpdir(), `cc-node-${process.pid}.json`);
if (existsSync('packages/server/test')) {
  const ok = run('server tests (node:test)', 'node', ['scripts/node-test.mjs'], { CC_SUMMARY_FILE: serverSummary });
  if (existsSync(serverSummary)) {
    const s = JSON.parse(readFileSync(serverSummary, 'utf8'));
    passed += s.passed;
    failed += s.failed;
    rmSync(serverSummary);
    if (!ok && s.failed === 0) failed++;
  } else failed++;
}

check('Storybook static build', 'npm', ['run', '--silent', 'build-storybook']);
check('Storybook smoke test', 'node', ['scripts/smoke-storybook.mjs']);

console.log(`\n${steps.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
