// Writes the browser suite's counts to a file and a plain line, for scripts/test.mjs and CI.
import { writeFileSync, writeSync } from 'node:fs';

export function summaryReporter() {
  let line = '';
  return {
    start() {
      process.on('exit', () => {
        if (line) writeSync(1, `${line}\n`);
      });
    },
    onTestRunFinished({ sessions }) {
      let passed = 0,
        failed = 0,
        skipped = 0;
      const walk = (s) => {
        for (const t of s.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const c of s.suites) walk(c);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        failed += (s.errors ?? []).length; // a file that fails to load counts as a failure
      }
      line = `browser: ${passed} passed, ${failed} failed, ${skipped} skipped`;
      if (process.env.CC_SUMMARY_FILE)
        writeFileSync(process.env.CC_SUMMARY_FILE, JSON.stringify({ passed, failed, skipped }));
    },
  };
}
