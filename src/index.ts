/** The whole kit: every element, the locale controls and the domain API. */
export * from './domain/index.js';
export { setLocale, getLocale, followPageLanguage } from './internal/localization.js';
export * from './elements/suitability-check/define.js';
export * from './elements/stretch-timer/define.js';
export * from './elements/evidence-card/define.js';
export * from './elements/evidence-list/define.js';
export * from './elements/treatment-compare/define.js';
export * from './elements/side-effect-guide/define.js';
export * from './elements/iqoro-uses/define.js';
export * from './elements/plan-handoff/define.js';
