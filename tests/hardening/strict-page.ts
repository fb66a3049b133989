/**
 * Runs inside an iframe served with a strict CSP (see web-test-runner.config.mjs):
 * every element's main flow, counting CSP violations and network requests, then
 * reports to the test page.
 */
import { FLOWS, mount } from './flows.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
});

async function runAll(): Promise<void> {
  const before = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
  const errors: string[] = [];
  const stored: Record<string, string[]> = {};
  // Other test files share this origin's storage; start empty so what each flow stores shows.
  localStorage.clear();
  sessionStorage.clear();
  for (const flow of FLOWS) {
    const keysBefore = new Set(Object.keys(localStorage));
    try {
      const el = await mount(flow, document.body);
      await flow.run(el);
    } catch (error) {
      errors.push(`${flow.tag}: ${String(error)}`);
    }
    stored[flow.tag] = [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) => !keysBefore.has(key));
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  // Loading the page's own modules is not the elements' doing; anything after is.
  const requests = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => !before.has(name) && !/\/(src|node_modules|tests)\/.*\.(ts|js)(\?|$)/.test(name));
  parent.postMessage({ type: 'care-strict-page', violations, errors, requests, stored, cookies: document.cookie, flows: FLOWS.length }, '*');
}

void runAll();
