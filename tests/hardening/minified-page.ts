/**
 * Every element on an English page, from the sources (`?from=source`) or from a
 * built script-tag bundle of the whole kit (`?from=shared`: dist/cdn/en/,
 * `standalone`: dist/cdn/en/standalone/, `following`: dist/cdn/). Reports what
 * each element's shadow tree holds and how it is laid out, after a first render
 * and after the checker's user ticks a condition, for tests/hardening/minified.test.ts.
 */
import { afterHostGrace } from '../helpers/grace.js';

const BUNDLES: Record<string, string> = {
  shared: '/dist/cdn/en/care-widgets.js',
  standalone: '/dist/cdn/en/standalone/care-widgets.js',
  following: '/dist/cdn/care-widgets.js',
};
const from = new URLSearchParams(location.search).get('from') ?? 'source';
const errors: string[] = [];
addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

type Upgraded = HTMLElement & { updateComplete: Promise<boolean> };
const elements = () => [...document.body.children].filter((el) => el.localName.startsWith('care-')) as Upgraded[];
const settle = () => Promise.all(elements().map((el) => el.updateComplete));

/** Whitespace as the HTML parser and CSS treat it: runs of it are one space. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ');
const normalize = (name: string, value: string) =>
  name === 'class' ? value.split(/\s+/).filter(Boolean).sort().join(' ') : name === 'style' ? value.replace(/\s+/g, '').replace(/;$/, '') : value;

/**
 * An element's tag, attributes, laid-out box and a few computed styles, then its
 * children. Text is squeezed, and adjacent text nodes are one (Lit's comment
 * markers, left out, split a text where a message has parts; a bundle with the
 * message inlined has it whole).
 */
function describe(node: Node, depth: number, lines: string[]): void {
  let text = '';
  const flush = () => {
    if (squeeze(text).trim()) lines.push(`${'  '.repeat(depth)}"${squeeze(text)}"`);
    text = '';
  };
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
    else if (child instanceof Element) {
      flush();
      const attributes = [...child.attributes].map((a) => `${a.name}="${normalize(a.name, a.value)}"`).sort().join(' ');
      const box = child.getBoundingClientRect();
      const style = getComputedStyle(child);
      const looks = [style.display, style.color, style.backgroundColor, style.fontSize, style.fontWeight, style.margin, style.padding, style.gap].join(' ');
      lines.push(`${'  '.repeat(depth)}<${child.localName} ${attributes}> ${Math.round(box.width)}×${Math.round(box.height)} ${looks}`);
      describe(child, depth + 1, lines);
    }
  }
  flush();
}

/** Per element: its shadow tree described, and the text as rendered (innerText of each top-level element). */
function snapshot(): Record<string, { tree: string[]; text: string }> {
  return Object.fromEntries(
    elements().map((el) => {
      const tree: string[] = [];
      describe(el.shadowRoot!, 0, tree);
      const text = [...el.shadowRoot!.children].map((child) => (child as HTMLElement).innerText ?? '').join('\n');
      return [el.localName, { tree, text }];
    }),
  );
}

async function run(): Promise<void> {
  try {
    await (from === 'source' ? import('../../src/index.js') : import(/* @vite-ignore */ BUNDLES[from]));
  } catch (error) {
    errors.push(String(error));
  }
  await Promise.all(elements().map((el) => customElements.whenDefined(el.localName)));
  await settle();
  await afterHostGrace();
  await settle();
  const first = snapshot();
  const check = document.querySelector('care-suitability-check') as Upgraded;
  check.shadowRoot!.querySelector<HTMLInputElement>('input[value="whiplash"]')!.click();
  await settle();
  parent.postMessage({ type: 'care-minified-page', from, errors, first, ticked: snapshot()['care-suitability-check'] }, '*');
}

run().catch((error) => parent.postMessage({ type: 'care-minified-page', from, errors: [...errors, String(error)], first: {}, ticked: { tree: [], text: '' } }, '*'));
