// A web-test-runner reporter that ends the run with one plain line,
// "browser: N passed, N failed", which .ci/run adds to the other suites' counts.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter() {
  const totals = { passed: 0, failed: 0 };
  return {
    onTestRunFinished({ sessions }) {
      totals.passed = 0;
      totals.failed = 0;
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that fails to load or throws outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
    },
    stop() {
      // The runner redraws its progress lines until it exits; print after that.
      process.once('exit', () => {
        process.stdout.write(`\nbrowser: ${totals.passed} passed, ${totals.failed} failed\n`);
      });
    },
  };
}
