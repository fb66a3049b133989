/**
 * A health portal's server-rendered page (tests/ssr/render-page.mjs, made with
 * care-widgets/ssr): with scripts off, the reader still gets the content and
 * who says it, in the page's language; with scripts on, the elements hydrate
 * without changing a single node of what was already shown, and then work.
 */
import { expect } from '@open-wc/testing';
import { CONDITION_CONTENT, CONDITION_IDS, compareTreatments, getTreatment, listTreatments } from '../../src/domain/index.js';

type Locale = 'sv' | 'nb';
interface PageWindow extends Window {
  __ssr?: { mutations: unknown[]; before: (string | null)[] };
  __hydrated?: boolean;
}

const SOURCE_LABEL = { sv: 'Patientinformation:', nb: 'Pasientinformasjon:' } as const;
const TAGS = ['care-evidence-card', 'care-evidence-list', 'care-treatment-compare', 'care-suitability-check'] as const;

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
let frames: HTMLIFrameElement[] = [];

async function load(locale: Locale, sandbox: string | null): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
  frame.style.cssText = 'inline-size: 60em; block-size: 40em';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/tests/ssr/page.html?locale=${locale}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

function element(frame: HTMLIFrameElement, tag: string): HTMLElement {
  return frame.contentDocument!.querySelector<HTMLElement>(tag)!;
}

function expectContent(frame: HTMLIFrameElement, locale: Locale): void {
  const card = element(frame, 'care-evidence-card').shadowRoot!;
  const vertebroplasty = getTreatment('vertebroplasty');
  const heading = card.querySelector('h3')!;
  expect(text(heading)).to.equal(vertebroplasty.name[locale]);
  expect(heading.getBoundingClientRect().height, 'the heading is laid out and visible').to.be.greaterThan(0);
  expect(card.querySelector('[lang]')!.getAttribute('lang')).to.equal(locale);
  expect(text(card.querySelector('[part="summary"]'))).to.equal(vertebroplasty.summary[locale]);
  expect(text(card.querySelector('[part="source"]'))).to.contain(`${SOURCE_LABEL[locale]} ${vertebroplasty.source.publisher[locale]}`);

  const list = element(frame, 'care-evidence-list').shadowRoot!;
  const names = [...list.querySelectorAll('[part~="name"]')].map(text);
  expect(names).to.deep.equal(listTreatments({ topic: 'neuropathic-pain' }).map((t) => t.name[locale]));

  const compare = element(frame, 'care-treatment-compare').shadowRoot!;
  const rows = compareTreatments('ims', 'acupuncture').rows;
  expect([...compare.querySelectorAll('tbody th')].map(text)).to.deep.equal(rows.map((row) => row.label[locale]));

  const checker = element(frame, 'care-suitability-check').shadowRoot!;
  const options = [...checker.querySelectorAll('[part="option"]')].map(text);
  expect(options).to.have.length(CONDITION_IDS.length);
  for (const id of CONDITION_IDS) expect(options.join(' ')).to.contain(CONDITION_CONTENT[id].label[locale]);
}

describe('a server-rendered page', function () {
  this.timeout(20_000);

  afterEach(() => {
    for (const frame of frames) frame.remove();
    frames = [];
  });

  for (const locale of ['sv', 'nb'] as const) {
    it(`shows the content in ${locale}, and who says it, with scripts off`, async () => {
      const frame = await load(locale, 'allow-same-origin');
      const win = frame.contentWindow as PageWindow;
      expect(win.__ssr, 'no script ran').to.equal(undefined);
      for (const tag of TAGS) expect(win.customElements.get(tag), `${tag} is not defined`).to.equal(undefined);
      expectContent(frame, locale);
    });

    it(`hydrates in ${locale} without changing what is shown, and then works`, async () => {
      const frame = await load(locale, null);
      const win = frame.contentWindow as PageWindow;
      for (let tries = 0; tries < 200 && !win.__hydrated; tries += 1) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(win.__hydrated, 'the elements hydrated').to.equal(true);
      for (const tag of TAGS) {
        const el = element(frame, tag) as HTMLElement & { hasUpdated: boolean };
        expect(el.hasUpdated, `${tag} upgraded and rendered`).to.equal(true);
      }
      expect(win.__ssr!.mutations, 'no node of the shadow roots added, removed or rewritten').to.deep.equal([]);
      const after = TAGS.map((tag) => element(frame, tag).shadowRoot!.textContent);
      expect(after).to.deep.equal(win.__ssr!.before);
      expectContent(frame, locale);

      // Hydrated, not just shown: the list's filter and the checker answer the reader.
      const list = element(frame, 'care-evidence-list') as HTMLElement & { updateComplete: Promise<boolean> };
      const changes: string[] = [];
      list.addEventListener('care-phase-change', (event) => changes.push((event as CustomEvent<{ phase: string }>).detail.phase));
      list.shadowRoot!.querySelector<HTMLInputElement>('input[value="persistent"]')!.click();
      await list.updateComplete;
      expect(changes).to.deep.equal(['persistent']);
      expect(list.getAttribute('phase')).to.equal('persistent');
      const checker = element(frame, 'care-suitability-check') as HTMLElement & { updateComplete: Promise<boolean>; value: string };
      checker.shadowRoot!.querySelector<HTMLInputElement>('input[value="trigeminal-neuralgia"]')!.click();
      await checker.updateComplete;
      expect(checker.value).to.equal('avoid');
    });
  }
});
