// Lighthouse (mobile, its default throttling) on the reference page served by cc-server, in Debian's Chromium:
// the four scores and the metrics behind performance, with 30 and with 1,000 upcoming sessions in the database.
// Needs `npm run build`. Usage: node bench/lighthouse.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from '../scripts/chromium.mjs';
import { startReferenceServer } from '../scripts/reference-server.mjs';

const dir = mkdtempSync(join(tmpdir(), 'cc-lighthouse-'));
const cli = 'packages/server/dist/cli.js';
const port = 8700 + Math.floor(Math.random() * 200);
const base = `http://127.0.0.1:${port}`;

async function withServer(dbFile, work) {
  const server = await startReferenceServer({ db: dbFile, port });
  try {
    return await work();
  } finally {
    server.stop();
  }
}

/** Upcoming sessions through the organiser API until there are `n`, spread over the next months. */
async function fillTo(n, token) {
  const { total } = await (await fetch(`${base}/api/v1/sessions?limit=1`)).json();
  for (let i = total; i < n; i++) {
    const start = new Date(Date.now() + (2 + (i % 120)) * 86_400_000 + (i % 9) * 3_600_000);
    const res = await fetch(`${base}/api/v1/sessions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        kind: 'thematic',
        title: `Masterclass n° ${i + 1}`,
        speakers: [{ name: `Intervenant ${i}`, role: 'Professionnel' }],
        start: start.toISOString().replace('Z', '+00:00'),
        end: new Date(start.getTime() + 2 * 3_600_000).toISOString().replace('Z', '+00:00'),
        venue: {
          name: 'Maison de quartier',
          address: `${i} rue de la Paix`,
          town: ['Lille', 'Valenciennes', 'Maubeuge'][i % 3],
        },
        capacity: 20,
        waitingList: true,
      }),
    });
    if (!res.ok) throw new Error(`POST /sessions: ${res.status} ${await res.text()}`);
  }
}

function lighthouse(url) {
  const out = join(dir, 'report.json');
  execFileSync(
    'npx',
    [
      'lighthouse',
      url,
      `--chrome-flags=${CHROMIUM.args?.join(' ') ?? ''} --headless=new --no-sandbox`,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
    ],
    {
      env: { ...process.env, CHROME_PATH: CHROMIUM.executablePath ?? '/usr/bin/chromium' },
      stdio: 'inherit',
    },
  );
  return JSON.parse(readFileSync(out, 'utf8'));
}

try {
  const dbFile = join(dir, 'bench.sqlite');
  // Create the schema and the demo data once, then an organiser token for filling.
  await withServer(dbFile, async () => {});
  const token = execFileSync(process.execPath, [
    cli,
    'token',
    'create',
    '--name',
    'Bench',
    '--db',
    dbFile,
  ])
    .toString()
    .trim()
    .split('\n')
    .pop();
  // Lighthouse's total blocking time varies by hundreds of milliseconds from one run to the next on a shared machine:
  // each figure is the run with the median performance score of RUNS (all scores printed).
  const RUNS = Number(process.env.LH_RUNS ?? 3);
  const rows = [];
  for (const n of [30, 1000]) {
    const runs = await withServer(dbFile, async () => {
      await fillTo(n, token);
      const reports = [];
      for (let i = 0; i < RUNS; i++) reports.push(lighthouse(`${base}/`));
      return reports;
    });
    const perf = (r) => Math.round(r.categories.performance.score * 100);
    const sorted = [...runs].sort((a, b) => perf(a) - perf(b));
    const r = sorted[Math.floor(sorted.length / 2)];
    const score = (c) => Math.round(r.categories[c].score * 100);
    const ms = (a) => `${Math.round(r.audits[a].numericValue)} ms`;
    rows.push(
      `  ${String(n).padStart(5)} sessions: performance ${score('performance')} (runs: ${runs.map(perf).join(', ')}), accessibility ${score('accessibility')}, ` +
        `best practices ${score('best-practices')}, SEO ${score('seo')} · FCP ${ms('first-contentful-paint')}, ` +
        `LCP ${ms('largest-contentful-paint')}, TBT ${ms('total-blocking-time')}, CLS ${r.audits['cumulative-layout-shift'].numericValue.toFixed(3)}`,
    );
  }
  console.log(
    `Lighthouse ${JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version} (mobile), reference page on cc-server, median of ${RUNS} runs:\n${rows.join('\n')}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
