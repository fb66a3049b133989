/**
 * Waits until the moment a host framework gets to set properties has passed
 * for every element connected before the call (see src/internal/host-grace.ts:
 * the next animation frame, then an idle moment). Registered after the
 * elements' own callbacks, these run after them.
 */
export async function afterHostGrace(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(resolve, { timeout: 500 }) : setTimeout(resolve, 0),
  );
}
