/**
 * Loads one built script-tag bundle on a page whose language comes from the
 * query (`?lang=sv&bundle=suitability-check.js&tag=care-suitability-check`,
 * optional `attrs` as a query string for the element and `then=nb` for a live
 * change of `<html lang>` after the first render), and records every text the
 * element's shadow root ever holds: at each DOM mutation (MutationObserver,
 * which sees every state before it can be painted) and at each animation frame.
 */
const query = new URLSearchParams(location.search);
const lang = query.get('lang') ?? 'en';
const then = query.get('then');
const tag = query.get('tag') ?? 'care-suitability-check';
document.documentElement.lang = lang;

type Upgraded = HTMLElement & { updateComplete: Promise<boolean> };

/** Each text node's trimmed text, in document order. */
function textsOf(root: ShadowRoot): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.replace(/\s+/g, ' ').trim();
    if (text) texts.push(text);
  }
  return texts;
}

/** Every distinct state (text nodes joined by ' | '), with the page language at that moment. */
const seen: { lang: string; text: string }[] = [];
/** The host's smallest height while it was defined and empty (waiting for its texts), and its height with content. */
let waitingHeight = Infinity;
let shownHeight = 0;
function record(root: ShadowRoot): void {
  const text = textsOf(root).join(' | ');
  const height = root.host.getBoundingClientRect().height;
  if (!text && customElements.get(tag)) waitingHeight = Math.min(waitingHeight, height);
  if (text) shownHeight = height;
  const last = seen.at(-1);
  if (last?.text !== text || last.lang !== document.documentElement.lang) seen.push({ lang: document.documentElement.lang, text });
}

// Observe the element's shadow root from the moment it exists, before its first render.
let root: ShadowRoot | undefined;
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const shadow = attachShadow.call(this, init);
  if (this.localName === tag) {
    root = shadow;
    new MutationObserver(() => record(shadow)).observe(shadow, { subtree: true, childList: true, characterData: true });
    const sample = () => {
      record(shadow);
      if (!done) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }
  return shadow;
};
let done = false;
let shownBefore = 0;

const errors: string[] = [];
addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

/** Waits until the shadow root has held the same non-empty text for `quietMs`. */
async function settled(quietMs = 400, maxMs = 15_000): Promise<void> {
  const start = performance.now();
  let count = -1;
  let since = performance.now();
  while (performance.now() - start < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (seen.length !== count) {
      count = seen.length;
      since = performance.now();
    } else if (seen.at(-1)?.text && performance.now() - since >= quietMs) return;
  }
}

async function run(): Promise<void> {
  const el = document.createElement(tag) as Upgraded;
  for (const [name, value] of new URLSearchParams(query.get('attrs') ?? '')) el.setAttribute(name, value);
  document.body.append(el);
  try {
    await import(/* @vite-ignore */ `/dist/cdn/${query.get('bundle') ?? 'suitability-check.js'}`);
    await customElements.whenDefined(tag);
    await settled();
    if (then) {
      // From here on, the waiting height is the live change's.
      waitingHeight = Infinity;
      shownBefore = shownHeight;
      document.documentElement.lang = then;
      await settled();
    }
  } catch (error) {
    errors.push(String(error));
  }
  done = true;
  if (root) record(root);
  parent.postMessage({ type: 'care-bundles-language-page', id: query.get('id'), seen, errors, waitingHeight, shownBefore }, '*');
}

void run();
export {};
