// npm run bench: what a page in each language downloads (requests and gzip
// bytes, one-language and language-following bundles) against the goals, each
// element's code and styles; the language-following bundles' sizes; and, in
// headless Chromium, the time to the first paint in the page's language on
// simulated slow 4G, the time from customElements.define to the first render
// of 100 instances of each element, the timer's accuracy, its whole-course view over eight months of
// history, and Lighthouse.
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import { build } from 'vite';
import { BUDGETS } from './budgets.mjs';
import { CDN_DIR, buildCdn } from './build-cdn.mjs';
import { CHROMIUM_ARGS } from './engines.mjs';
import { formatScore, lighthouseScores } from './lighthouse.mjs';
import { measureCdn, measurePages, printComposition, printPages, printSizes } from './size.mjs';
import { serve } from './static-server.mjs';

/** The element classes the whole-kit bundle (the patient kit) and plan-handoff.js export, by tag. */
const CLASSES = {
  'care-suitability-check': 'CareSuitabilityCheck',
  'care-stretch-timer': 'CareStretchTimer',
  'care-evidence-card': 'CareEvidenceCard',
  'care-evidence-list': 'CareEvidenceList',
  'care-treatment-compare': 'CareTreatmentCompare',
  'care-side-effect-guide': 'CareSideEffectGuide',
  'care-iqoro-uses': 'CareIqoroUses',
  'care-plan-handoff': 'CarePlanHandoff',
};
const INSTANCES = 100;
const RUNS = 5;

function chromePath() {
  return process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'].find(existsSync);
}

const launchChromium = () => puppeteer.launch({ executablePath: chromePath(), args: CHROMIUM_ARGS });

/** Runs `fn(...args)` on the bench page (dist/cdn/bench.html) in a fresh headless Chromium and returns its result. */
async function onBenchPage(url, fn, ...args) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/bench.html`);
    return await page.evaluate(fn, ...args);
  } finally {
    await browser.close();
  }
}

function renderTimes(url) {
  return onBenchPage(
    url,
    async (classes, instances, runs) => {
      // The script-tag kit is the patient kit; the clinician's element has its own bundle.
      const kit = { ...(await import('./care-widgets.js')), ...(await import('./plan-handoff.js')) };
      const results = {};
      for (const [tag, className] of Object.entries(classes)) {
        const samples = [];
        for (let run = 0; run < runs; run += 1) {
          const benchTag = `bench-${run}-${tag}`;
          const host = document.createElement('div');
          host.innerHTML = `<${benchTag}></${benchTag}>`.repeat(instances);
          document.body.append(host);
          const start = performance.now();
          customElements.define(benchTag, class extends kit[className] {});
          await Promise.all([...host.children].map((el) => el.updateComplete));
          samples.push(performance.now() - start);
          host.remove();
        }
        samples.sort((a, b) => a - b);
        results[tag] = { median: samples[Math.floor(runs / 2)], min: samples[0], max: samples[runs - 1] };
      }
      return results;
    },
    CLASSES,
    INSTANCES,
    RUNS,
  );
}

/**
 * The stretch timer over a 100,000-day stored log (issue 13.9: it blocked the
 * page for 1.3 s): mounting it, and handling another tab's `storage` event.
 * Best of RUNS each, in milliseconds.
 */
function hugeLogTimes(url) {
  return onBenchPage(url, async (runs) => {
    await import('./care-widgets.js');
    const key = 'care-widgets:stretch-timer:v3:bench-huge-log';
    const days = {};
    const day = new Date();
    for (let i = 0; i < 100_000; i += 1) {
      days[day.toISOString().slice(0, 10)] = { sessions: 2 };
      day.setDate(day.getDate() - 1);
    }
    const value = JSON.stringify({ version: 3, startDate: '1752-01-01', days, adjustments: [] });
    localStorage.setItem(key, value);
    let mount = Infinity;
    let event = Infinity;
    for (let run = 0; run < runs; run += 1) {
      const el = document.createElement('care-stretch-timer');
      el.setAttribute('storage-key', 'bench-huge-log');
      let start = performance.now();
      document.body.append(el);
      await el.updateComplete;
      mount = Math.min(mount, performance.now() - start);
      start = performance.now();
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: value }));
      await el.updateComplete;
      event = Math.min(event, performance.now() - start);
      el.remove();
    }
    localStorage.removeItem(key);
    return { mount, event };
  }, RUNS);
}

/**
 * The stretch timer's whole-course view over eight months of daily training
 * (issue 16.2: 243 days, about 720 sessions, notes and a step back): its stored
 * size, and the time from opening the disclosure (the toggle event) to the view
 * rendered, the view's chunk already loaded once. Best and median of RUNS, in ms.
 */
function courseHistoryTimes(url) {
  return onBenchPage(url, async (runs) => {
    await import('./care-widgets.js');
    const key = 'care-widgets:stretch-timer:v3:bench-course';
    const day = new Date();
    day.setDate(day.getDate() - 242);
    const iso = (date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    const start = iso(day);
    const days = {};
    for (let i = 0; i < 243; i += 1) {
      days[iso(day)] = { sessions: i % 9 === 8 ? 2 : 3, seconds: Math.min(10, 3 + Math.floor(i / 14)), plan: 'caution', ...(i < 30 ? { notes: ['soreness'] } : {}) };
      day.setDate(day.getDate() + 1);
    }
    const value = JSON.stringify({ version: 3, startDate: start, days, adjustments: [{ date: start, kind: 'hold', seconds: 3 }], cues: { sound: true, vibration: true } });
    localStorage.setItem(key, value);
    const open = async () => {
      const el = document.createElement('care-stretch-timer');
      el.setAttribute('storage-key', 'bench-course');
      el.setAttribute('plan', 'caution');
      el.setAttribute('start-date', start);
      document.body.append(el);
      await el.updateComplete;
      const details = el.shadowRoot.querySelector('[part="course"]');
      const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
      details.open = true;
      await toggled;
      const begin = performance.now();
      await el.course.loaded;
      await el.updateComplete;
      const ms = performance.now() - begin;
      const rows = el.shadowRoot.querySelectorAll('.course-table tbody tr').length;
      el.remove();
      return { ms, rows };
    };
    await open(); // loads the chunk
    const samples = [];
    let rows = 0;
    for (let run = 0; run < runs; run += 1) {
      const result = await open();
      samples.push(result.ms);
      rows = result.rows;
    }
    localStorage.removeItem(key);
    samples.sort((a, b) => a - b);
    return { best: samples[0], median: samples[Math.floor(runs / 2)], rows, chars: value.length };
  }, RUNS);
}

/**
 * The stretch timer on the real clock, in the foreground: how late each
 * stretch's end event comes against the schedule (start + n × (hold + rest) + hold).
 */
function timerDrift(url) {
  return onBenchPage(url, async () => {
    await import('./care-widgets.js');
    const hold = 10;
    const rest = 2;
    const el = document.createElement('care-stretch-timer');
    el.setAttribute('plan', 'standard');
    el.setAttribute('rest-seconds', String(rest));
    el.setAttribute('storage-key', `bench-${Date.now()}`);
    document.body.append(el);
    await el.updateComplete;
    const ends = [];
    const done = new Promise((resolve) =>
      el.addEventListener('care-stretch-end', () => {
        ends.push(performance.now());
        if (ends.length === 3) resolve();
      }),
    );
    const start = performance.now();
    el.shadowRoot.querySelector('.controls button').click();
    await done;
    return ends.map((end, index) => end - (start + (index * (hold + rest) + hold) * 1000));
  });
}

/** What each language's checker shows first, and what a frame in another language would contain. */
const PAINT = {
  sv: { html: 'sv', expect: 'Stämmer något av detta in på dig?' },
  nb: { html: 'nb', expect: 'Gjelder noe av dette for deg?' },
};

/**
 * A page in `language` with the checker from `bundle`, over simulated slow 4G
 * (gzip served): the time from navigation to the first frame whose shadow root
 * holds the language's title, and how many frames before it showed any other text.
 */
async function firstPaint(url, language, bundle) {
  const { html, expect } = PAINT[language];
  const file = `bench-paint-${language}-${bundle.replace(/\W/g, '-')}.html`;
  writeFileSync(
    resolve(CDN_DIR, file),
    `<!doctype html><html lang="${html}"><meta charset="utf-8"><title>paint</title><script>
      window.paint = { wrong: 0, at: null };
      const sample = () => {
        const text = document.querySelector('care-suitability-check')?.shadowRoot?.textContent ?? '';
        if (text.includes(${JSON.stringify(expect)})) { window.paint.at = performance.now(); return; }
        if (text.trim()) window.paint.wrong += 1;
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    </script><script type="module" src="./${bundle}"></script><body><care-suitability-check></care-suitability-check></body></html>`,
  );
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.emulateNetworkConditions(PredefinedNetworkConditions['Slow 4G']);
    await page.goto(`${url}/${file}`);
    await page.waitForFunction(() => window.paint.at !== null, { timeout: 60_000 });
    return await page.evaluate(() => window.paint);
  } finally {
    await browser.close();
  }
}

await buildCdn();
printPages(measurePages());
console.log('');
const sizes = measureCdn();
printSizes(sizes);
printComposition(sizes);
console.log(
  `language-following budgets (gzip): element ≤ ${BUDGETS.element.limit} KB (goal ${BUDGETS.element.goal}), kit ≤ ${BUDGETS.kit.limit} KB (goal ${BUDGETS.kit.goal}), lazy chunk ≤ ${BUDGETS.lazyChunk.limit} KB (goal ${BUDGETS.lazyChunk.goal})`,
);

mkdirSync(CDN_DIR, { recursive: true });
writeFileSync(resolve(CDN_DIR, 'bench.html'), '<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title><body></body></html>');
const server = await serve(CDN_DIR, { gzip: true });
try {
  console.log('\nfirst paint in the page\'s language, checker, simulated slow 4G (gzip), goal: no frame in another language');
  for (const language of Object.keys(PAINT)) {
    for (const bundle of [`${language}/standalone/suitability-check.js`, `${language}/suitability-check.js`, 'suitability-check.js']) {
      const { at, wrong } = await firstPaint(server.url, language, bundle);
      console.log(`${language} page, dist/cdn/${bundle.padEnd(35)} ${at.toFixed(0).padStart(6)} ms   frames in another language before it: ${wrong}`);
    }
  }
  const times = await renderTimes(server.url);
  console.log(`\ndefine → first render of ${INSTANCES} instances (median of ${RUNS}, min–max)`);
  for (const [tag, t] of Object.entries(times)) {
    console.log(`${tag.padEnd(40)} ${t.median.toFixed(1).padStart(7)} ms   (${t.min.toFixed(1)}–${t.max.toFixed(1)})`);
  }
  const huge = await hugeLogTimes(server.url);
  console.log(`\ncare-stretch-timer with a 100,000-day stored log (best of ${RUNS}, goal < 50 ms each): mount ${huge.mount.toFixed(1)} ms, another tab's storage event ${huge.event.toFixed(1)} ms`);
  const course = await courseHistoryTimes(server.url);
  console.log(
    `\ncare-stretch-timer whole-course view, 8 months of daily training (${course.rows} weeks, ${(course.chars / 1000).toFixed(1)} KB stored; goals < 50 ms, < 20 KB): opened → rendered best ${course.best.toFixed(1)} ms, median ${course.median.toFixed(1)} ms of ${RUNS}`,
  );
  const drift = await timerDrift(server.url);
  console.log(`\ncare-stretch-timer end-of-stretch error, 3 stretches of 10 s with 2 s rests (goal ≤ 20 ms late)`);
  console.log(drift.map((ms, index) => `stretch ${index + 1}: ${ms >= 0 ? '+' : ''}${ms.toFixed(1)} ms`).join('   '));
} finally {
  await server.close();
}

await build({ mode: 'demo', logLevel: 'warn' });
console.log('\nLighthouse (mobile, simulated slow 4G), goal 100 / 100, CLS 0; the standalone demo pages (not the embed preview frame)');
for (const row of await lighthouseScores(chromePath())) console.log(formatScore(row));
