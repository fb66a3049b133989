import { expect } from '@open-wc/testing';
import { resolveLocale } from '../../src/domain/locale.js';

describe('resolveLocale', () => {
  const cases: [string | null, string][] = [
    ['sv', 'sv'], ['sv-SE', 'sv'], ['SV-fi', 'sv'],
    ['nb', 'nb'], ['no', 'nb'], ['nn', 'nb'], ['nb-NO', 'nb'], ['nn_NO', 'nb'],
    ['en', 'en'], ['en-GB', 'en'], ['de', 'en'], ['', 'en'], [null, 'en'],
  ];
  for (const [tag, locale] of cases) {
    it(`maps ${JSON.stringify(tag)} to ${locale}`, () => {
      expect(resolveLocale(tag)).to.equal(locale);
    });
  }
});
