import { expect } from '@open-wc/testing';

// The XLIFF files are served by the test server from the project root.

/** Messages whose right translation is the English word itself (glossary: nb "pause", sv "vibration"). */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  sv: ['timer.cue-vibration'],
  nb: ['timer.pause'],
};
async function units(locale: string): Promise<Element[]> {
  const response = await fetch(`/locales/${locale}.xlf`);
  expect(response.ok, `locales/${locale}.xlf`).to.equal(true);
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  return [...doc.getElementsByTagName('trans-unit')];
}

describe('translations', () => {
  for (const locale of ['sv', 'nb']) {
    it(`every message has a ${locale} translation that is not the English source`, async () => {
      const all = await units(locale);
      expect(all.length).to.be.greaterThan(0);
      const missing = all
        .filter((unit) => {
          const target = unit.getElementsByTagName('target')[0]?.textContent?.trim() ?? '';
          const source = unit.getElementsByTagName('source')[0]?.textContent?.trim() ?? '';
          const sameAllowed = SAME_AS_ENGLISH[locale].includes(unit.getAttribute('id') ?? '');
          return target === '' || (target === source && !sameAllowed);
        })
        .map((unit) => unit.getAttribute('id'));
      expect(missing, `untranslated in ${locale}`).to.deep.equal([]);
    });
  }

  it('sv and nb translate the same messages', async () => {
    const ids = async (locale: string) => (await units(locale)).map((u) => u.getAttribute('id')).sort();
    expect(await ids('sv')).to.deep.equal(await ids('nb'));
  });
});
