/**
 * The kit's domain: rules, plans, evidence and texts by id. No DOM, no Lit:
 * importable in Node and usable by hosts directly.
 */
export * from './content-version.js';
export * from './locale.js';
export * from './sources.js';
export * from './conditions.js';
export * from './suitability.js';
export * from './suitability-content.js';
export * from './plan-content.js';
export * from './plans.js';
export { assertId, isId } from './ids.js';
export * from './treatments.js';
export * from './treatment-comparison.js';
export * from './calendar.js';
export * from './plan-progress.js';
export * from './training-session.js';
export * from './training-log.js';
export * from './ics.js';
export * from './side-effects.js';
export * from './uses.js';
// The course history (course-history.ts) is left out: only the timer's lazily loaded history view uses it,
// and exported here it would weigh in every whole-kit bundle.
export * from './plan-adjustments.js';
export * from './session-notes.js';
