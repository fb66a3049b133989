/**
 * Runs inside an iframe served with the Content-Security-Policy the README's
 * Security section gives hosts (see web-test-runner.config.mjs): loads two
 * built element bundles, each with its own copy of Lit, and reports whether
 * both elements defined and rendered.
 */
const violations: string[] = [];
const errors: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

const BUNDLES = ['suitability-check', 'side-effect-guide'];
const TAGS = ['care-suitability-check', 'care-side-effect-guide'];

async function run(): Promise<void> {
  for (const bundle of BUNDLES) {
    try {
      await import(/* @vite-ignore */ `/dist/cdn/${bundle}.js`);
    } catch (error) {
      errors.push(`${bundle}: ${String(error)}`);
    }
  }
  const rendered: Record<string, string> = {};
  for (const tag of TAGS) {
    const el = document.querySelector(tag) as (HTMLElement & { updateComplete?: Promise<boolean> }) | null;
    if (!customElements.get(tag) || !el?.updateComplete) continue;
    await el.updateComplete;
    rendered[tag] = el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }
  parent.postMessage(
    { type: 'care-trusted-types-page', violations, errors, rendered },
    '*',
  );
}

void run();

export {};
