/**
 * The whole kit: every element, the locale controls and the domain API; that is,
 * the patient kit (./patient-kit.ts) and the clinician's `<care-plan-handoff>`.
 */
export * from './patient-kit.js';
export * from './elements/plan-handoff/define.js';
