/**
 * The embedding recipes of docs/embedding.md, tried: each page is the recipe's own file (the doc's
 * code blocks equal these files: tests/node/embedding-docs.test.mjs), served by
 * tests/recipes/serve-recipes.mjs as its site would serve it, with the built script-tag bundles.
 * Each must show its element, defined, in the bundle's language, with the options the recipe
 * chose, without an error; and the space the recipe reserves must be there before the element is
 * defined, so nothing below it moves when it appears.
 */
import { expect } from '@open-wc/testing';

interface Pending {
  tag: string;
  defined: boolean;
  height: number;
}
type RecipeWindow = Window & typeof globalThis & { carePending: Pending[] };
type Rendered = HTMLElement & { updateComplete: Promise<boolean> };

interface Loaded {
  doc: Document;
  win: RecipeWindow;
  errors: string[];
  /** The element, defined and rendered. */
  el(tag: string): Promise<Rendered>;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Loads `/recipe-page/<file>?<query>` in a frame of phone width and waits for its load event. */
async function load(file: string, query: Record<string, string> = {}): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 400px; block-size: 900px; border: 0';
  const url = new URL(`/recipe-page/${file}`, location.href);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  const errors: string[] = [];
  frames.push(frame);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${file} did not load`)), 20_000);
    frame.addEventListener('load', () => {
      clearTimeout(timer);
      resolve();
    });
    frame.src = url.href;
    document.body.append(frame);
    frame.contentWindow!.addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
  });
  const win = frame.contentWindow as RecipeWindow;
  win.addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
  const doc = frame.contentDocument!;
  return {
    doc,
    win,
    errors,
    async el(tag) {
      await Promise.race([
        win.customElements.whenDefined(tag),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`<${tag}> was never defined`)), 15_000)),
      ]);
      const el = doc.querySelector(tag) as Rendered;
      await el.updateComplete;
      return el;
    },
  };
}

/** The element's content root (its first child that is not a style) and its text. */
function content(el: Rendered): { lang: string | null; text: string } {
  const root = [...el.shadowRoot!.children].find((child) => child.localName !== 'style')!;
  return { lang: root.getAttribute('lang'), text: root.textContent!.replace(/\s+/g, ' ') };
}

function heading(el: Rendered): string {
  return el.shadowRoot!.querySelector('h2, h3, h4, h5, h6')!.localName;
}

/** The height the page's CSS reserved for `tag` while undefined (recorded during parsing). */
function pendingHeight(page: Loaded, tag: string): Pending {
  const pending = page.win.carePending.find((entry) => entry.tag === tag);
  expect(pending, `<${tag}> recorded while the page was parsed`).to.exist;
  return pending!;
}

/**
 * The kit's files the page has fetched so far (paths as the site serves them): a page with one
 * element loads one self-contained file; a page with several loads the folder's shared runtime once.
 */
function kitFiles(page: Loaded): string[] {
  return page.win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /^\/(wp-content\/uploads\/care-widgets|care-widgets|shopify-assets)\//.test(path));
}

const em = (n: number, page: Loaded) => n * parseFloat(page.win.getComputedStyle(page.doc.body).fontSize);

describe('docs/embedding.md recipes, tried with the built bundles', function () {
  this.timeout(60_000);

  it('a plain HTML page: the Swedish list and checker, with their options, and their space reserved', async () => {
    const page = await load('plain/index.html');
    const list = await page.el('care-evidence-list');
    const check = await page.el('care-suitability-check');
    expect(content(list).lang).to.equal('sv');
    expect(content(check).lang).to.equal('sv');
    expect(content(check).text).to.contain('Stämmer något av detta in på dig?');
    expect(heading(list)).to.equal('h2');
    // The checker shows its contact link with a result that needs advice.
    check.shadowRoot!.querySelector<HTMLInputElement>('input[value="tinnitus"]')!.click();
    await check.updateComplete;
    const contact = check.shadowRoot!.querySelector<HTMLAnchorElement>('.contact a')!;
    expect(contact.textContent!.trim()).to.equal('Ring kundtjänst: 010-123 45 67');
    expect(contact.getAttribute('href')).to.equal('tel:+46101234567');
    for (const [tag, size] of [
      ['care-evidence-list', 60],
      ['care-suitability-check', 70],
    ] as const) {
      const pending = pendingHeight(page, tag);
      expect(pending.defined, `${tag} not yet defined while parsing`).to.equal(false);
      expect(pending.height, `${tag}: reserved height`).to.be.closeTo(em(size, page), 1);
    }
    // Two elements: their two bundles and the folder's runtime they share (one Lit), nothing self-contained.
    expect(kitFiles(page).sort()).to.deep.equal([
      '/care-widgets/sv/care-runtime.js',
      '/care-widgets/sv/evidence-list.js',
      '/care-widgets/sv/suitability-check.js',
    ]);
    expect(page.errors).to.deep.equal([]);
  });

  it('WordPress, the Custom HTML block: the Swedish evidence card for IMS, h3, its space reserved', async () => {
    const page = await load('wordpress/custom-html-block.html', { lang: 'sv' });
    const card = await page.el('care-evidence-card');
    expect(content(card).lang).to.equal('sv');
    expect(content(card).text).to.contain('IMS');
    expect(heading(card)).to.equal('h3');
    const pending = pendingHeight(page, 'care-evidence-card');
    expect(pending.defined).to.equal(false);
    expect(pending.height).to.be.closeTo(em(40, page), 1);
    // One element: one request, the self-contained file.
    expect(kitFiles(page)).to.deep.equal(['/wp-content/uploads/care-widgets/sv/standalone/evidence-card.js']);
    expect(page.errors).to.deep.equal([]);
  });

  it('Shopify, the section with its defaults (Swedish assets): the evidence card for IMS, h2', async () => {
    const page = await load('shopify/sections/care-widget.liquid', { lang: 'sv', assets: 'sv' });
    const card = await page.el('care-evidence-card');
    expect(content(card).lang).to.equal('sv');
    expect(content(card).text).to.contain('IMS');
    expect(heading(card)).to.equal('h2');
    expect(pendingHeight(page, 'care-evidence-card').height).to.be.closeTo(em(40, page), 1);
    // A theme may hold several sections: each loads its bundle and they share the runtime beside it.
    expect(kitFiles(page).sort()).to.deep.equal(['/shopify-assets/sv/care-runtime.js', '/shopify-assets/sv/evidence-card.js']);
    expect(page.errors).to.deep.equal([]);
  });

  it('Shopify, the merchant picks the checker, a contact and h3 (Norwegian assets)', async () => {
    const page = await load('shopify/sections/care-widget.liquid', {
      lang: 'nb',
      assets: 'nb',
      's.widget': 'suitability-check',
      's.support_href': 'tel:+4722334455',
      's.support_label': 'Ring kundeservice "Apotek 1"',
      's.heading_level': '3',
      's.pending_height': '70',
    });
    const check = await page.el('care-suitability-check');
    expect(content(check).lang).to.equal('nb');
    check.shadowRoot!.querySelector<HTMLInputElement>('input[value="tinnitus"]')!.click();
    await check.updateComplete;
    expect(heading(check)).to.equal('h3');
    const contact = check.shadowRoot!.querySelector<HTMLAnchorElement>('.contact a')!;
    expect(contact.textContent!.trim()).to.equal('Ring kundeservice "Apotek 1"');
    expect(contact.getAttribute('href')).to.equal('tel:+4722334455');
    expect(pendingHeight(page, 'care-suitability-check').height).to.be.closeTo(em(70, page), 1);
    expect(page.errors).to.deep.equal([]);
  });

  it('Shopify, the merchant picks the timer with the gentle start (English assets)', async () => {
    const page = await load('shopify/sections/care-widget.liquid', { lang: 'en', assets: 'en', 's.widget': 'stretch-timer', 's.plan': 'gentle-start' });
    const timer = await page.el('care-stretch-timer');
    expect(content(timer).lang).to.equal('en');
    expect(timer.getAttribute('plan')).to.equal('gentle-start');
    expect(content(timer).text).to.contain('Gentle start');
    expect(page.errors).to.deep.equal([]);
  });

  it('consent: the timer loads with Cookiebot’s data-cookieconsent="ignore" (without Cookiebot itself)', async () => {
    const page = await load('consent/cookiebot.html', { lang: 'sv' });
    const timer = await page.el('care-stretch-timer');
    expect(page.doc.querySelector('script[data-cookieconsent="ignore"]')).to.exist;
    expect(content(timer).lang).to.equal('sv');
    // One element: one request, the self-contained file (its lazy views load only when opened).
    expect(kitFiles(page)).to.deep.equal(['/care-widgets/sv/standalone/stretch-timer.js']);
    expect(page.errors).to.deep.equal([]);
  });
});
