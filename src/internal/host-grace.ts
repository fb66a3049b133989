/**
 * Runs `then` once a host framework has had its moment to set properties.
 *
 * React 19 wrappers, Next.js client components and Vue create or upgrade a tag,
 * connect it, and set its properties a moment later (in a layout effect, a
 * microtask, the next task; a hydrating React app over several tasks). The
 * moment ends at the first animation frame after the call, then the page's
 * first idle moment: a framework's scheduler running in back-to-back tasks
 * finishes first (at most 500 ms; where there are no idle callbacks, as in
 * Safari, the next task). A DOM without frames (jsdom) goes straight on.
 */
export function afterHostMoment(then: () => void): void {
  // Only ever called in a DOM (an element connecting), where `self` is the window; Safari and jsdom lack some.
  const page: Partial<Window> = self;
  const idle = () => (page.requestIdleCallback ? requestIdleCallback(then, { timeout: 500 /* ms: the longest a busy page makes it wait */ }) : setTimeout(then));
  if (page.requestAnimationFrame) requestAnimationFrame(idle);
  else idle();
}
