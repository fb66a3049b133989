/**
 * For the test pages that load built bundles in a frame and report back: what
 * the page's scripts warn (console.warn, still passed on) and which errors and
 * unhandled rejections reach the window. Call once, at the top of the page.
 */
export function capturePageConsole(): { warnings: string[]; errors: string[] } {
  const warnings: string[] = [];
  const errors: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
  addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  return { warnings, errors };
}
