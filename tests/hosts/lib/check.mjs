// Checks one host page in headless Chromium as a shopper would meet it: every
// expected tag defined and rendered (non-zero height, Swedish text), the
// checker's change event reaching the host, its value in the submitted form,
// and not one console warning or error, page error or failed request.
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../../scripts/engines.mjs';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function launch() {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Swedish text each element shows in the hosts' setup (not in its English or Bokmål). */
export const SWEDISH = {
  'care-suitability-check': 'Stämmer något av detta in på dig?',
  'care-stretch-timer': 'töjning',
  'care-evidence-card': 'Vertebroplastik',
  'care-evidence-list': 'Källa',
  'care-treatment-compare': 'akupunktur',
  'care-side-effect-guide': 'Träningsvärk',
};

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {{ tags: string[], form?: boolean }} expect
 *   `form`: the page has a form `#order` with `<care-suitability-check name="iqoro-check">`,
 *   a submit button `#submit` and a `#host-log` where the host writes what it receives.
 */
export async function checkPage(browser, url, { tags, form = false }) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (['warn', 'warning', 'error', 'assert'].includes(message.type())) problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle0' });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv', 'the page is Swedish');

    const undefinedTags = await page.evaluate(async (tags) => {
      const timeout = new Promise((resolve) => setTimeout(resolve, 5000, 'timeout'));
      const missing = [];
      for (const tag of tags) {
        if ((await Promise.race([customElements.whenDefined(tag), timeout])) === 'timeout') missing.push(tag);
      }
      return missing;
    }, tags);
    assert.deepEqual(undefinedTags, [], 'tags not defined: the build dropped their registration');

    // The kit loads Swedish lazily; wait until each element shows its Swedish text.
    await page
      .waitForFunction(
        (swedish) =>
          Object.entries(swedish).every(([tag, text]) =>
            [...document.querySelectorAll(tag)].every((el) => el.shadowRoot?.textContent?.includes(text)),
          ),
        { timeout: 10_000 },
        SWEDISH,
      )
      .catch(() => {});
    const rendered = await page.evaluate(async (tags) => {
      const result = {};
      for (const tag of tags) {
        const elements = [...document.querySelectorAll(tag)];
        await Promise.all(elements.map((el) => el.updateComplete));
        result[tag] = elements.map((el) => ({
          height: el.getBoundingClientRect().height,
          text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        }));
      }
      return result;
    }, tags);
    for (const tag of tags) {
      assert.ok(rendered[tag].length > 0, `no <${tag}> on the page`);
      for (const { height, text } of rendered[tag]) {
        assert.ok(height > 0, `<${tag}> is 0 px high`);
        assert.ok(text.includes(SWEDISH[tag]), `<${tag}> does not show "${SWEDISH[tag]}": ${text.slice(0, 160)}`);
      }
    }

    if (form) {
      await page.evaluate(() =>
        document
          .querySelector('#order care-suitability-check')
          .shadowRoot.querySelector('input[value="whiplash"]')
          .click(),
      );
      await page.waitForFunction(() => document.querySelector('#host-log')?.textContent.includes('care-suitability-change caution'), { timeout: 5000 })
        .catch(() => {});
      const afterChange = await page.$eval('#host-log', (log) => log.textContent);
      assert.match(afterChange, /care-suitability-change caution/, 'the change event did not reach the host');
      await page.click('#submit');
      await page.waitForFunction(() => document.querySelector('#host-log')?.textContent.includes('submit '), { timeout: 5000 })
        .catch(() => {});
      const afterSubmit = await page.$eval('#host-log', (log) => log.textContent);
      assert.match(afterSubmit, /submit iqoro-check=caution/, 'the form did not submit the verdict');
    }
    // Late warnings (a deferred check, a lazy chunk) count too.
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(problems, [], 'console warnings, errors or failed requests');
  } finally {
    await page.close();
  }
}
