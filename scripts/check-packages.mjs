#!/usr/bin/env node
// Every published package, as npm would pack it: publint (strict), arethetypeswrong (ESM-only profile), and what the
// tarball holds — nothing of the tests, no build caches. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const root = new URL('../packages/', import.meta.url).pathname;
const problems = [];
const run = (cwd, cmd, args) =>
  spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });

for (const name of readdirSync(root)) {
  const dir = `${root}${name}`;
  const publint = run(dir, 'npx', ['--no-install', 'publint', '--strict']);
  if (publint.status !== 0 || !/All good/.test(publint.stdout))
    problems.push(`${name}: publint\n${publint.stdout}${publint.stderr}`);
  const attw = run(dir, 'npx', [
    '--no-install',
    'attw',
    '--pack',
    '.',
    '--profile',
    'esm-only',
    '--format',
    'ascii',
  ]);
  if (attw.status !== 0) problems.push(`${name}: arethetypeswrong\n${attw.stdout}`);
  const pack = run(dir, 'npm', ['pack', '--dry-run', '--json']);
  const files = JSON.parse(pack.stdout)[0].files.map((f) => f.path);
  const unwanted = files.filter((f) =>
    /(^|\/)(test|test-helpers|dist-test)\/|\.test\.|tsbuildinfo|\.stories\./.test(f),
  );
  if (unwanted.length) problems.push(`${name}: ships ${unwanted.join(', ')}`);
  console.log(
    `  ${name.padEnd(20)} publint ${publint.status === 0 ? 'ok' : 'FAIL'}, attw ${attw.status === 0 ? 'ok' : 'FAIL'}, ${files.length} files packed`,
  );
}
// The React wrappers and the JSX/Vue declarations follow the manifests of this build.
const generated = run(new URL('..', import.meta.url).pathname, process.execPath, [
  'scripts/gen-framework-types.mjs',
  '--check',
]);
if (generated.status !== 0) problems.push(`framework types: ${generated.stderr}`);
console.log(`  framework types      ${generated.status === 0 ? 'up to date' : 'OUT OF DATE'}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
