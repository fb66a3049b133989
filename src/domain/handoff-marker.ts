/**
 * Whether a URL fragment holds a hand-off link (see plan-handoff.ts), without
 * reading it: all the timer's first file needs of the link's format, so the
 * parser and encoder come only with the offer, when the address holds one.
 * Pure: no DOM, usable in Node.
 */

/** The key that marks a fragment as a hand-off and gives its version. */
export const HANDOFF_MARKER = 'care-plan';

/** Splits a fragment (with or without its `#`) into its `&`-separated parts. */
export function partsOf(fragment: string): string[] {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  return text === '' ? [] : text.split('&');
}

/** The part's key, percent-decoded; null when it cannot be decoded. */
export function keyOf(part: string): string | null {
  const raw = part.split('=', 1)[0];
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** Whether a fragment holds a hand-off at all (a `care-plan` key), without checking it. */
export function hasHandoff(fragment: string): boolean {
  return partsOf(fragment).some((part) => keyOf(part) === HANDOFF_MARKER);
}
