/**
 * Issue 15.3: the language-following script-tag bundles (dist/cdn/*.js) never
 * paint a language other than the page's. The test server delays every lazily
 * loaded chunk (web-test-runner.config.mjs), as a slow network does; the page
 * records every text the element's shadow root ever holds.
 */
import { expect } from '@open-wc/testing';

interface Seen {
  lang: string;
  text: string;
}
interface Report {
  seen: Seen[];
  errors: string[];
  /** The host's smallest height while defined and waiting for texts (Infinity when it never waited). */
  waitingHeight: number;
  /** On the live page, the host's height with its Swedish content, before the change. */
  shownBefore: number;
}

function loadPage(params: Record<string, string>): Promise<Report> {
  const id = Math.random().toString(36).slice(2);
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error(`the page ${JSON.stringify(params)} did not report`)), 40_000);
    addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.data?.type !== 'care-bundles-language-page' || event.data.id !== id) return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(event.data as Report);
    });
    const url = new URL('./bundles-language-page.html', import.meta.url);
    for (const [name, value] of Object.entries({ ...params, id })) url.searchParams.set(name, value);
    frame.src = url.href;
    document.body.append(frame);
  });
}

const nodes = (seen: Seen) => (seen.text ? seen.text.split(' | ') : []);
const final = (report: Report) => new Set(nodes(report.seen.at(-1)!));
/** Text nodes of `a`'s final state that `b` and `c` never show: text only that language has. */
const textsOnlyIn = (a: Report, ...others: Report[]) => [...final(a)].filter((text) => /\p{L}{3}/u.test(text) && others.every((other) => !final(other).has(text)));

const ELEMENTS = [
  { name: 'the checker', bundle: 'suitability-check.js', tag: 'care-suitability-check', attrs: '' },
  { name: 'the IMS card', bundle: 'evidence-card.js', tag: 'care-evidence-card', attrs: 'treatment=ims' },
];

for (const { name, bundle, tag, attrs } of ELEMENTS) {
  describe(`${name} from the language-following bundle (dist/cdn/${bundle}), its texts slow to arrive`, function () {
    this.timeout(120_000);
    const pages: Record<string, Report> = {};
    before(async () => {
      // The four pages load side by side (each in its own frame, reporting by its id): one slow
      // chunk's wait instead of four in a row.
      const [en, sv, nb, live] = await Promise.all([
        ...['en', 'sv', 'nb'].map((lang) => loadPage({ lang, bundle, tag, attrs })),
        loadPage({ lang: 'sv', then: 'nb', bundle, tag, attrs }),
      ]);
      Object.assign(pages, { en, sv, nb, live });
    });

    it('loads without an error and shows its content in each language', () => {
      for (const [page, report] of Object.entries(pages)) {
        expect(report.errors, page).to.deep.equal([]);
        expect(final(report).size, page).to.be.greaterThan(3);
      }
      expect(textsOnlyIn(pages.sv!, pages.en!, pages.nb!)).not.to.be.empty;
      expect(textsOnlyIn(pages.nb!, pages.en!, pages.sv!)).not.to.be.empty;
    });

    for (const lang of ['sv', 'nb']) {
      it(`on a lang="${lang}" page never shows English, and renders once`, () => {
        const english = textsOnlyIn(pages.en!, pages.sv!, pages.nb!);
        expect(english).not.to.be.empty;
        const shown = pages[lang]!.seen.filter((seen) => seen.text);
        for (const seen of shown) expect(nodes(seen).filter((text) => english.includes(text))).to.deep.equal([]);
        expect(new Set(shown.map((seen) => seen.text)).size, 'distinct texts shown').to.equal(1);
      });

      it(`on a lang="${lang}" page keeps some height while it waits, so the page moves less`, () => {
        expect(pages[lang]!.waitingHeight).to.be.greaterThan(100);
      });
    }

    it('keeps its height while a live change of <html lang> loads the new texts, so the page does not move', () => {
      expect(pages.live!.shownBefore).to.be.greaterThan(100);
      expect(pages.live!.waitingHeight).to.be.closeTo(pages.live!.shownBefore, 1);
    });

    it('after a live change of <html lang> from sv to nb shows no Swedish or English on the Norwegian page', () => {
      const foreign = [...textsOnlyIn(pages.sv!, pages.nb!), ...textsOnlyIn(pages.en!, pages.nb!)];
      const afterChange = pages.live!.seen.filter((seen) => seen.lang === 'nb');
      expect(afterChange.at(-1)!.text).to.equal(pages.nb!.seen.at(-1)!.text);
      for (const seen of afterChange) expect(nodes(seen).filter((text) => foreign.includes(text))).to.deep.equal([]);
    });
  });
}
