// A web-test-runner reporter that times each test file, from the moment its page
// starts loading to the moment its results are in (the runner loads one page at a
// time, so the times add up to the run). Off unless CARE_TIMINGS names a folder: it
// then writes <folder>/<engine>.json, { engine, files: [{ file, ms, tests, slowest }] }
// with the slowest files and each one's ten slowest tests first, and prints the ten
// slowest files. Used to find what makes the browser suites slow:
//   CARE_TIMINGS=/tmp/timings npm run test:browser
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every test in `suite` as [name, duration in ms]. */
function testsOf(suite, prefix = '') {
  const here = prefix ? `${prefix} > ` : '';
  return [
    ...(suite?.tests ?? []).map((test) => [`${here}${test.name}`, test.duration ?? 0]),
    ...(suite?.suites ?? []).flatMap((child) => testsOf(child, `${here}${child.name}`)),
  ];
}

export function timingReporter(engine = 'browser', out = process.env.CARE_TIMINGS) {
  if (!out) return {};
  const started = new Map();
  const files = new Map();
  let lastFinish;
  return {
    start({ sessions, startTime }) {
      // The first page may start loading before this listener is added.
      lastFinish = startTime;
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING') started.set(session.id, Date.now());
        if (session.status === 'FINISHED') {
          const now = Date.now();
          files.set(session.testFile, {
            file: relative(process.cwd(), session.testFile),
            ms: now - (started.get(session.id) ?? lastFinish),
            tests: testsOf(session.testResults).length,
            slowest: testsOf(session.testResults)
              .sort((a, b) => b[1] - a[1])
              .slice(0, 10),
          });
          lastFinish = now;
        }
      });
    },
    onTestRunFinished() {
      const list = [...files.values()].sort((a, b) => b.ms - a.ms);
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, `${engine}.json`), `${JSON.stringify({ engine, files: list }, null, 1)}\n`);
      process.once('exit', () => {
        const top = list.slice(0, 10).map((f) => `  ${(f.ms / 1000).toFixed(1)} s  ${f.tests} tests  ${f.file}`);
        process.stdout.write(`\n${engine}: slowest files\n${top.join('\n')}\n`);
      });
    },
  };
}
