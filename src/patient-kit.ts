/**
 * The patient kit: every element a patient's page shows (a pharmacy's, a clinic's
 * web site, a health portal), the locale controls and the domain API; all of the
 * kit but the clinician's `<care-plan-handoff>` (and its QR encoder), which a
 * patient's page never shows. The script-tag bundles' whole kit
 * (`dist/cdn/care-widgets.js`, `dist/cdn/<lang>/care-widgets.js` and
 * `dist/cdn/<lang>/standalone/care-widgets.js`, scripts/build-cdn.mjs) is built
 * from this file; `<care-plan-handoff>` has its own bundles (`plan-handoff.js`).
 * The npm package's `care-widgets` (src/index.ts) is this and `<care-plan-handoff>`.
 */
export * from './domain/index.js';
export { setLocale, getLocale, followPageLanguage } from './internal/localization.js';
export * from './elements/suitability-check/define.js';
export * from './elements/stretch-timer/define.js';
export * from './elements/evidence-card/define.js';
export * from './elements/evidence-list/define.js';
export * from './elements/treatment-compare/define.js';
export * from './elements/side-effect-guide/define.js';
export * from './elements/iqoro-uses/define.js';
