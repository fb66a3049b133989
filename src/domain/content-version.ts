/**
 * The version of the kit's medical texts: every statement, label and note in
 * `src/domain/` that a patient reads. It changes with every change to such a
 * text, and docs/content-changelog.md lists what changed under this version,
 * with its seed and why, so a pharmacy that pins a version knows what its
 * patients read. Every element shows it as `data-content-version` on its host.
 */
export const CONTENT_VERSION = '2026-11-26';
