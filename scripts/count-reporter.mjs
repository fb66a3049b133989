// A web-test-runner reporter that ends the run with one plain line per engine,
// "<engine>: N passed, N failed", which .ci/run adds to the other suites' counts.
// Skipped tests are counted apart and listed with their reasons, one line each:
// "<engine>: N skipped: <reason>". A test says why it skips through the
// 'care-skip' command (tests/helpers/engine.ts); a skip without a reason counts as
// a failure, so no test can quietly stop running.
const reasonsBySession = new Map();

/** Dev-server plugin: records the reason a test gives before it skips. */
export function skipReasonPlugin() {
  return {
    name: 'care-skip-reasons',
    executeCommand({ command, payload, session }) {
      if (command !== 'care-skip') return undefined;
      const reasons = reasonsBySession.get(session.id) ?? [];
      reasons.push(String(payload?.reason ?? ''));
      reasonsBySession.set(session.id, reasons);
      return true;
    },
  };
}

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter(engine = 'browser') {
  let lines = [];
  let failing = false;
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const reasons = new Map();
      let unexplained = 0;
      for (const session of sessions) {
        const before = totals.skipped;
        count(session.testResults, totals);
        const given = reasonsBySession.get(session.id) ?? [];
        for (const reason of given) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        unexplained += Math.max(0, totals.skipped - before - given.length);
        // A file that fails to load or throws outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      lines = [`${engine}: ${totals.passed} passed, ${totals.failed + unexplained} failed`];
      for (const [reason, n] of reasons) lines.push(`${engine}: ${n} skipped: ${reason}`);
      failing = unexplained > 0;
      if (unexplained > 0) {
        lines.push(`${engine}: ${unexplained} skipped without a reason (counted as failed)`);
      }
    },
    stop() {
      // The runner redraws its progress lines until it exits; print after that.
      process.once('exit', () => {
        process.stdout.write(`\n${lines.join('\n')}\n`);
        if (failing) process.exitCode = 1;
      });
    },
  };
}
