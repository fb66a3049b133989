import { svg } from 'lit';

/** Decorative icons: every use sits beside text that says the same. */
const frame = (content: ReturnType<typeof svg>) =>
  svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${content}</svg>`;

export const icons = {
  stop: frame(svg`<circle cx="12" cy="12" r="10"/><path d="M5 5l14 14"/>`),
  clock: frame(svg`<circle cx="12" cy="12" r="10"/><path d="M12 6v6l4 2"/>`),
  person: frame(svg`<circle cx="12" cy="7" r="4"/><path d="M4 21a8 8 0 0 1 16 0"/>`),
  caution: frame(svg`<path d="M12 3l10 18H2z"/><path d="M12 10v5M12 18h.01"/>`),
  check: frame(svg`<circle cx="12" cy="12" r="10"/><path d="M7 12l3 3 7-7"/>`),
  info: frame(svg`<circle cx="12" cy="12" r="10"/><path d="M12 11v6M12 7h.01"/>`),
  question: frame(svg`<circle cx="12" cy="12" r="10"/><path d="M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.7M12 17h.01"/>`),
};
