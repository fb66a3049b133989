import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { AttributeProblem } from './care-element.js';
import { TEXT } from './property-types.js';
import type { PropertyRule } from './property-types.js';

/** The URL schemes a host may give for its customer-support contact. */
export const CONTACT_SCHEMES = ['tel:', 'mailto:', 'http:', 'https:'] as const;

export type ContactLink =
  | { readonly ok: true; readonly href: string; readonly kind: 'phone' | 'email' | 'web'; readonly display: string }
  | { readonly ok: false };

/** `text` percent-decoded, or null when its percent-encoding is malformed (a stray `%`, a cut-off UTF-8 sequence). */
function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * Parses a host-supplied contact URL. Only `tel:`, `mailto:` and `http(s):` are
 * accepted, so a `javascript:` or `data:` URL can never become a link; a
 * malformed percent-encoding is refused the same way, never thrown.
 */
export function parseContactHref(value: string): ContactLink {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false };
  }
  const scheme = url.protocol as (typeof CONTACT_SCHEMES)[number];
  if (!CONTACT_SCHEMES.includes(scheme)) return { ok: false };
  if (scheme === 'tel:') {
    const display = decode(url.pathname);
    return display !== null && /^\+?[\d\s().-]{3,}$/.test(display) ? { ok: true, href: url.href, kind: 'phone', display } : { ok: false };
  }
  if (scheme === 'mailto:') {
    const display = decode(url.pathname);
    return display !== null && /^[^\s@]+@[^\s@]+$/.test(display) ? { ok: true, href: url.href, kind: 'email', display } : { ok: false };
  }
  return { ok: true, href: url.href, kind: 'web', display: url.host + (url.pathname === '/' ? '' : url.pathname) };
}

const badContact = (): string =>
  msg('The customer-support contact given by this page is not valid, so it is not shown.', { id: 'common.bad-contact' });

/** The `supportHref` property of the elements with a contact: a string, refused like a bad URL otherwise. */
export const SUPPORT_HREF_RULE: PropertyRule<string> = {
  type: TEXT,
  fallback: '',
  attribute: 'support-href',
  valid: 'a tel:, mailto:, http: or https: URL',
  notice: badContact,
};

/** The problem with a `support-href` of `href` parsed as `link`, or null when it is a link or unset. */
export function contactProblem(href: string, link: ContactLink): AttributeProblem | null {
  if (!href || link.ok) return null;
  return {
    warning: `support-href="${href}" is refused. Give a tel:, mailto:, http: or https: URL, e.g. tel:+46101234567 or mailto:support@example.se.`,
    notice: badContact,
  };
}

/**
 * The support link of a parsed contact, labelled `label` or else the contact's
 * own display text (a web page opens in a new tab); nothing for a refused one.
 */
export function renderContactLink(link: ContactLink, label: string) {
  return link.ok
    ? html`<a href=${link.href} rel="noopener" target=${link.kind === 'web' ? '_blank' : '_self'}>${label || link.display}</a>`
    : nothing;
}
