// Takes the README's screenshot: the demo checkout with a condition ticked.
// Needs `npm start` running (or pass the page URL as the first argument).
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';

const url = process.argv[2] ?? 'http://localhost:5173/demo/index.html';
const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/google-chrome'].find(existsSync);
const browser = await puppeteer.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 1500 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.evaluate(async () => {
    const el = document.querySelector('care-suitability-check');
    await el.updateComplete;
    el.shadowRoot.querySelector('input[value="whiplash"]').click();
    await el.updateComplete;
    el.shadowRoot.querySelector('.result').scrollIntoView({ block: 'center' });
  });
  await page.screenshot({ path: 'docs/screenshot.png' });
} finally {
  await browser.close();
}
