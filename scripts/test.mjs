#!/usr/bin/env node
// The one test command: type check, lint, build, browser tests, server tests, Storybook build.
// Ends with one plain line `N passed, N failed` and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  STORYBOOK_DISABLE_TELEMETRY: '1',
  FORCE_COLOR: '0',
};
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
check('format (Prettier, 100 columns)', 'npx', ['prettier', '--check', '.']);
check('lint (type-aware)', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('build', 'npm', ['run', '--silent', 'build:packages']);
check('packages as published (publint, attw, tarball contents)', 'node', [
  'scripts/check-packages.mjs',
]);

/** A test suite writes its counts to a file; a crash without counts is one failure. */
function suite(name, cmd, args) {
  const file = join(tmpdir(), `cc-summary-${process.pid}-${steps.length}.json`);
  const ok = run(name, cmd, args, { CC_SUMMARY_FILE: file });
  if (!existsSync(file)) return void failed++;
  const s = JSON.parse(readFileSync(file, 'utf8'));
  rmSync(file);
  passed += s.passed;
  failed += s.failed + (!ok && s.failed === 0 ? 1 : 0);
}

suite('browser tests (Chromium)', 'npx', [
  'web-test-runner',
  '--config',
  'web-test-runner.config.mjs',
]);
suite('server tests (node:test)', 'node', ['scripts/node-test.mjs']);
check('reference page against cc-server (Chromium)', 'node', ['scripts/smoke-reference-page.mjs']);
check('questionnaire end to end, keyboard only, against cc-server (Chromium)', 'node', [
  'scripts/e2e-questionnaire.mjs',
]);
check('the bilan filled by two people at once, against cc-server (Chromium)', 'node', [
  'scripts/e2e-bilan.mjs',
]);
check('a charte written and adopted, keyboard, against cc-server (Chromium)', 'node', [
  'scripts/e2e-charte.mjs',
]);
check(
  "the organiser's sessions: created, registered, cancelled with an e-mail (Chromium)",
  'node',
  ['scripts/e2e-sessions.mjs'],
);

check('Storybook static build', 'npm', ['run', '--silent', 'build-storybook']);
check('Storybook smoke test', 'node', ['scripts/smoke-storybook.mjs']);

console.log(`\n${steps.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
