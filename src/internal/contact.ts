/** The URL schemes a host may give for its customer-support contact. */
export const CONTACT_SCHEMES = ['tel:', 'mailto:', 'http:', 'https:'] as const;

export type ContactLink =
  | { readonly ok: true; readonly href: string; readonly kind: 'phone' | 'email' | 'web'; readonly display: string }
  | { readonly ok: false };

/**
 * Parses a host-supplied contact URL. Only `tel:`, `mailto:` and `http(s):` are
 * accepted, so a `javascript:` or `data:` URL can never become a link.
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
    const display = decodeURIComponent(url.pathname);
    return /^\+?[\d\s().-]{3,}$/.test(display) ? { ok: true, href: url.href, kind: 'phone', display } : { ok: false };
  }
  if (scheme === 'mailto:') {
    const display = decodeURIComponent(url.pathname);
    return /^[^\s@]+@[^\s@]+$/.test(display) ? { ok: true, href: url.href, kind: 'email', display } : { ok: false };
  }
  return { ok: true, href: url.href, kind: 'web', display: url.host + (url.pathname === '/' ? '' : url.pathname) };
}
