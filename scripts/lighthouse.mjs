// Lighthouse performance and accessibility scores, and layout shift, of every
// built standalone demo page, run with the installed Chromium against a local
// static server. `node scripts/lighthouse.mjs [page.html …]` scores the given
// pages (default: all) of an existing dist/demo (`npm run build:demo` first).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from './static-server.mjs';

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Demo pages that are not pages a visitor opens: the embed builder's preview
 * frame shows nothing until the builder (its parent) sets an element in it, so
 * alone it scores 0 / 0 and says nothing about the kit.
 */
export const NOT_STANDALONE = ['embed-preview.html'];

/** The standalone pages of dist/demo/demo/. */
export function demoPages(demoDir = resolve('dist/demo')) {
  return readdirSync(resolve(demoDir, 'demo')).filter((file) => file.endsWith('.html') && !NOT_STANDALONE.includes(file));
}

/** Scores (0–100) and cumulative layout shift per page of dist/demo/demo/*.html (or of `pages`). */
export async function lighthouseScores(chromePath, demoDir = resolve('dist/demo'), pages = demoPages(demoDir)) {
  const server = await serve(demoDir);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  const scores = [];
  try {
    for (const page of pages) {
      const { lhr } = await lighthouse(`${server.url}/demo/${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const below = Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode))
        .map((audit) => audit.id);
      scores.push({
        page,
        performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        below,
      });
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return scores;
}

/** One line per page, as the bench prints them. */
export function formatScore(row) {
  const notes = row.below.length ? `   below 90: ${row.below.join(', ')}` : '';
  return `${row.page.padEnd(30)} performance ${String(row.performance).padStart(3)}   accessibility ${String(row.accessibility).padStart(3)}   CLS ${row.cls.toFixed(3)}${notes}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const pages = process.argv.slice(2);
  for (const row of await lighthouseScores(chromePath, undefined, pages.length ? pages : undefined)) console.log(formatScore(row));
}
