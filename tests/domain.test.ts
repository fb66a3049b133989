/**
 * The domain tests (tests/domain/*.test.ts) in one page: they touch no DOM and no global state,
 * and a page per file cost the browser suites about half a second each on every engine (a new
 * page, mocha, the test helpers) for tests that take milliseconds. One file alone still runs
 * with `npx wtr --files tests/domain/plans.test.ts`; web-test-runner.config.mjs runs this file
 * instead of them, and tests/node/domain-page.test.mjs fails when a domain test file is missing here.
 */
import './domain/course-history.test.js';
import './domain/ics.test.js';
import './domain/iqoro-content.test.js';
import './domain/locale.test.js';
import './domain/log-backup.test.js';
import './domain/plan-adjustments.test.js';
import './domain/plan-handoff.test.js';
import './domain/plans.test.js';
import './domain/session-notes.test.js';
import './domain/side-effects.test.js';
import './domain/suitability.test.js';
import './domain/training-calendar.test.js';
import './domain/training-log.test.js';
import './domain/training-session.test.js';
import './domain/treatment-comparison.test.js';
import './domain/treatments.test.js';
