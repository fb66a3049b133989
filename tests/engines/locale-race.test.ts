import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/side-effect-guide/define.js';
import { followPageLanguage, getLocale } from '../../src/internal/localization.js';

describe('the kit’s locale when requests overlap', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await followPageLanguage();
  });

  // Firefox showed this as a locale leaking from one test into the next.
  it('a page language change that follows an unfinished one wins', async () => {
    const el = await fixture(html`<care-side-effect-guide></care-side-effect-guide>`);
    document.documentElement.lang = 'nb';
    await Promise.resolve();
    document.documentElement.lang = 'en';
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(getLocale()).to.equal('en');
    expect(el.shadowRoot!.textContent).to.contain('What do you notice since you started training?');
  });
});
