// A health portal's page, rendered on the server with care-widgets/ssr (the
// built dist/ssr.js, as a host installs it): served by the test runner at
// /tests/ssr/page.html?locale=sv|nb (see web-test-runner.config.mjs). Its one
// module script hydrates the elements; a small classic script before it records
// every change to their shadow roots, so a test can tell hydration changed nothing.
import { existsSync } from 'node:fs';
import { html } from 'lit';

const RECORDER = `
  window.__ssr = { mutations: [], before: [] };
  for (const el of document.querySelectorAll('main > *')) {
    const root = el.shadowRoot;
    window.__ssr.before.push(root ? root.textContent : null);
    if (!root) continue;
    new MutationObserver((records) => {
      for (const r of records) {
        window.__ssr.mutations.push({
          tag: el.localName,
          type: r.type,
          removed: [...r.removedNodes].map((n) => n.nodeName + ':' + (n.textContent || '').trim().slice(0, 40)),
          added: [...r.addedNodes].map((n) => n.nodeName + ':' + (n.textContent || '').trim().slice(0, 40)),
        });
      }
    }).observe(root, { childList: true, characterData: true, subtree: true });
  }`;

export async function renderPage({ locale = 'sv' } = {}) {
  const built = new URL('../../dist/ssr.js', import.meta.url);
  if (!existsSync(built)) throw new Error('dist/ssr.js is missing: run `npm run build:test` before the browser tests.');
  const { renderToString } = await import(built.href);
  const body = await renderToString(
    html`<care-evidence-card treatment="vertebroplasty"></care-evidence-card>
      <care-evidence-list topic="neuropathic-pain"></care-evidence-list>
      <care-treatment-compare a="ims" b="acupuncture"></care-treatment-compare>
      <care-suitability-check name="suitability"></care-suitability-check>`,
    { locale },
  );
  return `<!doctype html>
<html lang="${locale}">
  <head><meta charset="utf-8"><title>care-widgets, server-rendered</title></head>
  <body>
    <h1>Hälsoportal</h1>
    <main>${body}</main>
    <script>${RECORDER}</script>
    <script type="module" src="/tests/ssr/hydrate.ts"></script>
  </body>
</html>`;
}
