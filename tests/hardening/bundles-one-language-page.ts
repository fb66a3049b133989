/**
 * Loads two built one-language bundles (dist/cdn/sv/, or with `?folder=sv/standalone`
 * the self-contained ones) on a page whose `<html lang>` is English (the page
 * bundles-one-language-page.html is served with a Trusted Types policy that
 * allows one `lit-html` policy; bundles-standalone-page.html has none). Reports what the elements show, before and after the page's
 * language changes, the warnings, the errors and the bundle files requested.
 */
import { afterHostGrace } from '../helpers/grace.js';
import { bundleRequests } from '../helpers/bundle-requests.js';
import { capturePageConsole } from '../helpers/page-console.js';

const { warnings, errors } = capturePageConsole();

type Upgraded = HTMLElement & { updateComplete: Promise<boolean> };
const texts = () =>
  Object.fromEntries(
    [...document.querySelectorAll<Upgraded>('body > *')].map((el) => [el.id || el.localName, el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? null]),
  );
const settle = () => Promise.all([...document.querySelectorAll<Upgraded>('body > *')].map((el) => el.updateComplete));

async function run(): Promise<void> {
  try {
    const bundles = `/dist/cdn/${new URLSearchParams(location.search).get('folder') ?? 'sv'}/`;
    await Promise.all(['suitability-check.js', 'stretch-timer.js'].map((file) => import(/* @vite-ignore */ `${bundles}${file}`)));
  } catch (error) {
    errors.push(String(error));
  }
  const defined = ['care-suitability-check', 'care-stretch-timer'].filter((tag) => customElements.get(tag));
  await settle();
  await afterHostGrace(); // a notice waits for the moment a host framework gets to set properties
  await settle();
  const before = texts();
  document.documentElement.lang = 'nb';
  await new Promise((resolve) => setTimeout(resolve, 100));
  await settle();
  const requests = bundleRequests();
  parent.postMessage(
    { type: 'care-one-language-page', defined, before, after: texts(), warnings, errors, requests, trustedTypes: 'trustedTypes' in window },
    '*',
  );
}

void run();
