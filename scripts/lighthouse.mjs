// Lighthouse performance and accessibility scores of every built demo page,
// run with the installed Chromium against a local static server.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from './static-server.mjs';

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Scores (0–100) per page of dist/demo/demo/*.html. */
export async function lighthouseScores(chromePath, demoDir = resolve('dist/demo')) {
  const pages = readdirSync(resolve(demoDir, 'demo')).filter((file) => file.endsWith('.html'));
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
        below,
      });
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return scores;
}
