/**
 * The kit's language: it marks the language its content is written in
 * (WCAG 3.1.2, language of parts), and it never sticks to a language nobody
 * asks for any more.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { followPageLanguage, getLocale } from '../../src/internal/localization.js';
import { useLocale } from '../helpers/locale.js';

type Rendered = HTMLElement & { updateComplete: Promise<boolean> };

/** Waits until the Swedish texts have certainly loaded and every element has re-rendered. */
async function settled(): Promise<void> {
  await import('../../src/generated/locales/sv.js');
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The element holding all of the shadow root's content. */
function contentRoot(el: HTMLElement): Element {
  const children = [...el.shadowRoot!.children].filter((child) => child.localName !== 'style');
  expect(children, 'one content root').to.have.length(1);
  return children[0];
}

const ELEMENTS = {
  'care-suitability-check': html`<care-suitability-check></care-suitability-check>`,
  'care-side-effect-guide': html`<care-side-effect-guide situations="blood-taste"></care-side-effect-guide>`,
  'care-stretch-timer': html`<care-stretch-timer storage-key="language-of-parts"></care-stretch-timer>`,
  'care-evidence-list': html`<care-evidence-list topic="osteoporosis-pain"></care-evidence-list>`,
  'care-treatment-compare': html`<care-treatment-compare a="ims" b="acupuncture"></care-treatment-compare>`,
};

describe('language of parts (WCAG 3.1.2)', () => {
  before(() => {
    document.documentElement.lang = 'en';
  });
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await followPageLanguage();
  });

  for (const [tag, template] of Object.entries(ELEMENTS)) {
    it(`<${tag}> marks its content's language, whatever the page's`, async () => {
      const el = await fixture<Rendered>(template);
      expect(contentRoot(el).getAttribute('lang')).to.equal('en');
      const english = contentRoot(el).textContent;
      await useLocale('sv');
      await el.updateComplete;
      expect(document.documentElement.lang).to.equal('en');
      expect(contentRoot(el).getAttribute('lang')).to.equal('sv');
      expect(contentRoot(el).textContent, 'the content is now Swedish').not.to.equal(english);
      expect(contentRoot(el).textContent).not.to.contain('This is not a medical assessment');
    });
  }
});

describe('the kit’s language does not stick', () => {
  afterEach(async () => {
    for (const el of document.body.querySelectorAll('care-suitability-check')) el.remove();
    document.documentElement.lang = 'en';
    await followPageLanguage();
    await settled();
  });

  it('<html lang> en → sv → en before the Swedish texts arrive ends in English', async () => {
    const el = await fixture<Rendered>(html`<care-suitability-check></care-suitability-check>`);
    expect(getLocale()).to.equal('en');
    document.documentElement.lang = 'sv';
    await Promise.resolve(); // the MutationObserver sees sv and starts loading it
    document.documentElement.lang = 'en';
    await settled();
    expect(getLocale()).to.equal('en');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Do any of these apply to you?');
  });

  it('an element’s lang="sv" does not outlive the element', async () => {
    const el = await fixture<Rendered>(html`<care-suitability-check lang="sv"></care-suitability-check>`);
    await settled();
    expect(getLocale()).to.equal('sv');
    el.remove();
    await settled();
    expect(getLocale()).to.equal('en');
  });

  it('an element’s lang="sv" does not outlive the attribute', async () => {
    const el = await fixture<Rendered>(html`<care-suitability-check lang="sv"></care-suitability-check>`);
    await settled();
    expect(getLocale()).to.equal('sv');
    el.removeAttribute('lang');
    await settled();
    expect(getLocale()).to.equal('en');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Do any of these apply to you?');
  });

  it('a withdrawn request falls back to <html lang>, not to English', async () => {
    document.documentElement.lang = 'nb';
    await settled();
    const el = await fixture<Rendered>(html`<care-suitability-check lang="sv"></care-suitability-check>`);
    await settled();
    expect(getLocale()).to.equal('sv');
    el.setAttribute('lang', '');
    await settled();
    expect(getLocale()).to.equal('nb');
  });
});
