// What the README tells a newcomer to type works from a fresh clone: the workspace links `cc-server` at install.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('cc-server command', () => {
  it('npx cc-server --help prints the usage from the repository root', () => {
    const r = spawnSync('npx', ['--no-install', 'cc-server', '--help'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Usage :/);
    assert.match(r.stdout, /token create/);
  });

  it('the bin npm links is a committed file, not a build output', () => {
    const pkg = JSON.parse(readFileSync(`${root}packages/server/package.json`, 'utf8')) as {
      bin: Record<string, string>;
    };
    assert.doesNotMatch(pkg.bin['cc-server']!, /dist\//);
    assert.ok(
      existsSync(`${root}node_modules/.bin/cc-server`),
      'npm install links node_modules/.bin/cc-server',
    );
  });
});
