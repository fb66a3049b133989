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

/**
 * The summary lines of one engine's run, and whether it must fail for a reason the
 * runner does not see (a skip without a reason).
 */
export function summarize(engine, sessions, reasons = reasonsBySession) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const byReason = new Map();
  let unexplained = 0;
  for (const session of sessions) {
    const before = totals.skipped;
    count(session.testResults, totals);
    const given = reasons.get(session.id) ?? [];
    for (const reason of given) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    unexplained += Math.max(0, totals.skipped - before - given.length);
    // A file that fails to load or throws outside a test counts as a failure.
    if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
  }
  const lines = [`${engine}: ${totals.passed} passed, ${totals.failed + unexplained} failed`];
  for (const [reason, n] of byReason) lines.push(`${engine}: ${n} skipped: ${reason}`);
  if (unexplained > 0) lines.push(`${engine}: ${unexplained} skipped without a reason (counted as failed)`);
  return { lines, failing: unexplained > 0 };
}

export function countReporter(engine = 'browser') {
  let summary = { lines: [], failing: false };
  return {
    onTestRunFinished({ sessions }) {
      summary = summarize(engine, sessions);
    },
    stop() {
      // The runner redraws its progress lines until it exits; print after that.
      process.once('exit', () => {
        process.stdout.write(`\n${summary.lines.join('\n')}\n`);
        if (summary.failing) process.exitCode = 1;
      });
    },
  };
}
