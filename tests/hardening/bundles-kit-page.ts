/**
 * Loads built script-tag bundles on a Swedish page, `?files=` a comma-separated
 * list of paths under dist/cdn/ (the whole kit, or the kit and plan-handoff.js),
 * and reports which of the kit's tags (custom-elements.json) they define, what
 * the checker and the plan hand-off show, the Lit copies on the page (each
 * lit-html adds its version to `litHtmlVersions`), the warnings, the errors and
 * the bundle files requested, for tests/hardening/bundles-one-language.test.ts.
 */
import { afterHostGrace } from '../helpers/grace.js';
import { bundleRequests } from '../helpers/bundle-requests.js';
import { capturePageConsole } from '../helpers/page-console.js';

const { warnings, errors } = capturePageConsole();

type Upgraded = HTMLElement & { updateComplete: Promise<boolean> };
interface Manifest {
  modules: { declarations?: { customElement?: boolean; tagName?: string }[] }[];
}

const settle = () =>
  Promise.all([...document.querySelectorAll<Upgraded>('body > *')].filter((el) => customElements.get(el.localName)).map((el) => el.updateComplete));
const textOf = (tag: string) => document.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

async function run(): Promise<void> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  const tags = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName!);
  const files = (new URLSearchParams(location.search).get('files') ?? '').split(',').filter(Boolean);
  try {
    for (const file of files) await import(/* @vite-ignore */ `/dist/cdn/${file}`);
  } catch (error) {
    errors.push(String(error));
  }
  // The language-following bundles wait for their Swedish texts before they show anything.
  const check = document.querySelector('care-suitability-check') as Upgraded;
  for (let tries = 0; tries < 100 && !check.shadowRoot?.textContent?.includes('Stämmer'); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await settle();
  await afterHostGrace();
  await settle();
  const requests = bundleRequests();
  parent.postMessage(
    {
      type: 'care-kit-page',
      files,
      tags,
      defined: tags.filter((tag) => customElements.get(tag)),
      checker: textOf('care-suitability-check'),
      handoff: textOf('care-plan-handoff'),
      qrCodes: document.querySelector('care-plan-handoff')?.shadowRoot?.querySelectorAll('svg[role="img"] path').length ?? 0,
      litCopies: ((globalThis as { litHtmlVersions?: string[] }).litHtmlVersions ?? []).length,
      warnings,
      errors,
      requests,
      trustedTypes: 'trustedTypes' in window,
    },
    '*',
  );
}

void run();
