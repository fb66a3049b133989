/** Dispatches a typed, bubbling, composed `care-…` event from `target`. */
export function emit<K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }),
  );
}
