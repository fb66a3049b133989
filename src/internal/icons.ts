import { svg } from 'lit';

/**
 * Decorative icons: every use sits beside text that says the same. Each is its
 * own export, made in a call marked pure (a tagged template cannot be marked), so
 * a bundle keeps only the icons its element shows.
 */

/**
 * A 24 × 24 line icon of `content`, hidden from assistive technology. (No
 * `focusable="false"`: only Internet Explorer, which Lit 3 does not run in,
 * made an SVG focusable.)
 */
export const frame = (content: ReturnType<typeof svg>) =>
  svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${content}</svg>`;

export const stopIcon = /* @__PURE__ */ (() => frame(svg`<circle cx="12" cy="12" r="10"/><path d="M5 5l14 14"/>`))();
export const clockIcon = /* @__PURE__ */ (() => frame(svg`<circle cx="12" cy="12" r="10"/><path d="M12 6v6l4 2"/>`))();
export const personIcon = /* @__PURE__ */ (() => frame(svg`<circle cx="12" cy="7" r="4"/><path d="M4 21a8 8 0 0 1 16 0"/>`))();
export const cautionIcon = /* @__PURE__ */ (() => frame(svg`<path d="M12 3l10 18H2z"/><path d="M12 10v5M12 18h.01"/>`))();
export const checkIcon = /* @__PURE__ */ (() => frame(svg`<circle cx="12" cy="12" r="10"/><path d="M7 12l3 3 7-7"/>`))();
export const infoIcon = /* @__PURE__ */ (() => frame(svg`<circle cx="12" cy="12" r="10"/><path d="M12 11v6M12 7h.01"/>`))();
export const questionIcon = /* @__PURE__ */ (() => frame(svg`<circle cx="12" cy="12" r="10"/><path d="M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.7M12 17h.01"/>`))();

/** Every icon by name (the timer's views pick from it). */
export const icons = {
  stop: stopIcon,
  clock: clockIcon,
  person: personIcon,
  caution: cautionIcon,
  check: checkIcon,
  info: infoIcon,
  question: questionIcon,
};
