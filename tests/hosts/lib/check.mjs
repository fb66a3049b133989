// Checks one host page in headless Chromium as a shopper or a clinician would
// meet it: every expected tag defined and rendered (non-zero height, Swedish
// text), who says the content visible beside it, the checker's change event
// reaching the host and its value in the submitted form, the hand-off element's
// link event reaching the host when the clinician changes a field, and not one
// console warning or error, page error or failed request.
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
  'care-iqoro-uses': 'Vad IQoro används till',
  'care-plan-handoff': 'Länk till träningsplanen för patienten',
};

/**
 * Who says each element's content, as its visible source line names them in Swedish (the seeds' publishers).
 * `<care-plan-handoff>` has no medical content of its own (it sets up the timer's plans), so no source line.
 */
export const ATTRIBUTION = {
  'care-suitability-check': 'Tillverkaren av IQoro',
  'care-stretch-timer': 'Tillverkaren av IQoro',
  'care-evidence-card': 'Svensk patientinformation',
  'care-evidence-list': 'Svensk patientinformation',
  'care-treatment-compare': 'IMS Norge',
  'care-side-effect-guide': 'Tillverkaren av IQoro',
  'care-iqoro-uses': 'Tillverkaren av IQoro',
};

/** The patient's page the hosts' `<care-plan-handoff patient-url="/din-traningsplan">` links to. */
export const PATIENT_PATH = '/din-traningsplan';

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {{ tags: string[], form?: boolean }} expect
 *   `form`: the page has a form `#order` with `<care-suitability-check name="iqoro-check">`,
 *   a submit button `#submit` and a `#host-log` where the host writes what it receives.
 *   A page with `<care-plan-handoff patient-url="/din-traningsplan" plan="gentle-start">` writes
 *   `care-handoff-link <url>` to `#host-log` for each link the element makes.
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
          // Source lines a reader can see: laid out, not in a closed disclosure, not visually hidden.
          sources: [...(el.shadowRoot?.querySelectorAll('[part~="source"]') ?? [])]
            .filter((line) => line.checkVisibility({ visibilityProperty: true }) && line.getBoundingClientRect().height > 1)
            .map((line) => line.textContent.replace(/\s+/g, ' ').trim()),
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
    for (const tag of tags.filter((t) => ATTRIBUTION[t])) {
      for (const { sources } of rendered[tag]) {
        assert.ok(
          sources.some((line) => line.includes(ATTRIBUTION[tag])),
          `<${tag}> shows no visible source line naming "${ATTRIBUTION[tag]}" (visible: ${JSON.stringify(sources)})`,
        );
      }
    }

    if (tags.includes('care-plan-handoff')) {
      // The link is made for the host's patient page, in Swedish; a clinician's change makes a new one, which the host receives.
      const origin = new URL(url).origin;
      const first = await page.$eval('care-plan-handoff', (el) => el.url);
      assert.match(first, new RegExp(`^${origin}${PATIENT_PATH}#care-plan=1&plan=gentle-start&start=\\d{4}-\\d{2}-\\d{2}&rest=10&reminders=08:00,13:00,19:00$`));
      await page.evaluate(() => {
        const rest = document.querySelector('care-plan-handoff').shadowRoot.querySelector('input[name="rest"]');
        rest.focus();
        rest.value = '20';
        rest.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      });
      const changed = first.replace('rest=10', 'rest=20');
      await page.waitForFunction((line) => document.querySelector('#host-log')?.textContent.includes(line), { timeout: 5000 }, `care-handoff-link ${changed}`)
        .catch(() => {});
      assert.ok(
        (await page.$eval('#host-log', (log) => log.textContent)).includes(`care-handoff-link ${changed}`),
        'the link event did not reach the host after the rest field changed',
      );
      const shown = await page.$eval('care-plan-handoff', (el) => el.shadowRoot.querySelector('[part~="link"]')?.textContent.trim());
      assert.equal(shown, changed, 'the element shows the new link');
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
