/**
 * Loads the built script-tag bundles as a careless host might: one element's
 * bundle, then the whole kit (a second copy of everything), on a Swedish page.
 * Reports warnings, errors and what the element shows to the test page.
 */
import { capturePageConsole } from '../helpers/page-console.js';

const { warnings, errors } = capturePageConsole();

type Upgraded = HTMLElement & { updateComplete: Promise<boolean> };

async function run(): Promise<void> {
  const bundles = '/dist/cdn/';
  try {
    await import(/* @vite-ignore */ `${bundles}suitability-check.js`);
    await import(/* @vite-ignore */ `${bundles}care-widgets.js`);
  } catch (error) {
    errors.push(String(error));
  }
  const el = document.querySelector('care-suitability-check') as Upgraded;
  await customElements.whenDefined('care-suitability-check');
  // The Swedish texts arrive in lazily loaded chunks.
  for (let tries = 0; tries < 50 && !el.shadowRoot?.textContent?.includes('Stämmer'); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
  }
  el.shadowRoot!.querySelector<HTMLInputElement>('input[value="whiplash"]')!.click();
  await el.updateComplete;
  parent.postMessage(
    { type: 'care-bundles-page', warnings, errors, text: el.shadowRoot!.textContent!.replace(/\s+/g, ' ') },
    '*',
  );
}

void run();
