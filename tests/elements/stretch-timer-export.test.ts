/**
 * Issue 16.4, for the therapist: "Export for my therapist (CSV)" and "Print a
 * summary", both in the patient's language, both made in the browser; the
 * printed page holds the summary alone.
 */
import { expect } from '@open-wc/testing';
import type { CareStretchTimer } from '../../src/elements/stretch-timer/stretch-timer.js';
import { logKey } from '../../src/domain/training-log.js';
import { followPageLanguage } from '../../src/internal/localization.js';
import { emulateMediaOrSkip, pageContentWidth, phoneWidth, resetMediaEmulation } from '../helpers/engine.js';
import { fixture, html } from '@open-wc/testing';
import { useLocale } from '../helpers/locale.js';
import { britishDate } from '../helpers/dates.js';
import { captureDownloads, clearLogs, freshKey, mountTimer, openData, part, press, textOf } from './stretch-timer-fixture.js';

/** A caution plan started Monday 17 November 2025 (today is Monday 1 December): notes, a hold and a step back. */
function storeCourse(storageKey: string): void {
  const log = {
    version: 3,
    startDate: '2025-11-17',
    days: {
      '2025-11-17': { sessions: 3, seconds: 3, plan: 'caution' },
      '2025-11-18': { sessions: 2, seconds: 3, plan: 'caution', notes: ['soreness', 'tinnitus'] },
      '2025-11-24': { sessions: 3, seconds: 3, plan: 'caution', notes: ['nothing'] },
      '2025-12-01': { sessions: 1, seconds: 3, plan: 'caution' },
    },
    adjustments: [{ date: '2025-11-24', kind: 'hold', seconds: 3 }],
    cues: { sound: true, vibration: true },
  };
  localStorage.setItem(logKey(storageKey), JSON.stringify(log));
}


/** The CSV offered for download; `text` decoded as UTF-8 (which drops the byte order mark), `bom` whether it starts with one. */
async function exportCsv(el: CareStretchTimer): Promise<{ name: string; type: string; text: string; bom: boolean }> {
  await openData(el);
  const downloads = captureDownloads();
  try {
    await press(el, '.export-csv');
  } finally {
    downloads.restore();
  }
  expect(downloads.files).to.have.length(1);
  const [file] = downloads.files;
  const head = [...new Uint8Array(await file.bytes).slice(0, 3)];
  return { name: file.name, type: file.type, text: await file.text, bom: head.join() === '239,187,191' };
}

/** Opens the summary with the browser's print dialog stubbed; returns how often it was asked for. */
async function openSummary(el: CareStretchTimer): Promise<number> {
  const print = window.print;
  let printed = 0;
  window.print = () => {
    printed += 1;
  };
  try {
    await openData(el);
    await press(el, '.print-summary');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    window.print = print;
  }
  return printed;
}

describe('<care-stretch-timer> export for the therapist (issue 16.4)', () => {
  afterEach(async () => {
    clearLogs();
    await followPageLanguage();
  });

  it('exports a CSV with one row per day from the start date, its notes and localized headers', async () => {
    const storageKey = freshKey();
    storeCourse(storageKey);
    const { el } = await mountTimer({ storageKey, attributes: { plan: 'caution' } });
    const file = await exportCsv(el);
    expect(file.name).to.equal('iqoro-training-2025-12-01.csv');
    expect(file.type).to.match(/^text\/csv/);
    expect(file.bom, 'UTF-8 byte order mark').to.equal(true);
    const lines = file.text.split('\r\n');
    expect(lines.at(-1)).to.equal('');
    expect(lines[0]).to.equal('Date,Sessions,Seconds per stretch,Notes');
    expect(lines.slice(1, -1)).to.have.length(15);
    expect(lines[1]).to.equal('2025-11-17,3,3,');
    expect(lines[2]).to.equal('2025-11-18,2,3,Training soreness; A changed tinnitus sound');
    expect(lines[3]).to.equal('2025-11-19,0,,');
    expect(lines[8]).to.equal('2025-11-24,3,3,Nothing of this');
    expect(lines[15]).to.equal('2025-12-01,1,3,');
  });

  it('writes the CSV in Swedish', async () => {
    await useLocale('sv');
    const storageKey = freshKey();
    storeCourse(storageKey);
    const { el } = await mountTimer({ storageKey, attributes: { plan: 'caution' } });
    const lines = (await exportCsv(el)).text.split('\r\n');
    expect(lines[0]).to.equal('Datum,Träningspass,Sekunder per töjning,Anteckningar');
    expect(lines[2]).to.equal('2025-11-18,2,3,Träningsvärk; Förändrat tinnitusljud');
  });

  it('shows a one-page summary and opens the print dialog; Close puts focus back on the button', async () => {
    const storageKey = freshKey();
    storeCourse(storageKey);
    const { el } = await mountTimer({ storageKey, attributes: { plan: 'caution' } });
    expect(await openSummary(el)).to.equal(1);
    const summary = textOf(el, '[part="summary"]');
    expect(summary).to.contain('Start with caution').and.to.contain(britishDate('2025-11-17', 'long'));
    expect(summary).to.contain('Seconds per stretch now 3 seconds');
    expect(summary).to.contain('Stayed at 3 seconds per stretch');
    expect(textOf(el, '[part="summary"] tbody')).to.contain('Week 1').and.to.contain('5 of 21').and.to.contain('Week 3').and.to.contain('1 of 21');
    expect(summary).to.contain('Training soreness; A changed tinnitus sound');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '[part="summary"]'));
    expect(el.shadowRoot!.querySelector('[part="summary"] h3')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await press(el, '.close-summary');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="summary"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.print-summary'));
  });

  it('the summary fits 320 px in Swedish with a wide shop font', async () => {
    await useLocale('sv');
    const restore = phoneWidth(320);
    try {
      const storageKey = freshKey();
      storeCourse(storageKey);
      const host = await fixture<HTMLDivElement>(html`<div style='font: 18px Verdana, "DejaVu Sans", sans-serif'></div>`);
      const { el } = await mountTimer({ storageKey, parent: host, attributes: { plan: 'caution' } });
      await el.updateComplete;
      await openSummary(el);
      expect(pageContentWidth()).to.be.at.most(320);
      const right = el.getBoundingClientRect().right;
      for (const node of el.shadowRoot!.querySelectorAll<Element>('[part="summary"] *')) {
        expect(node.getBoundingClientRect().right, node.getAttribute('class') ?? node.localName).to.be.at.most(right + 0.5);
      }
    } finally {
      restore();
    }
  });

  it('prints the summary alone: the timer’s other parts and the summary’s buttons are hidden on paper', async function () {
    const storageKey = freshKey();
    storeCourse(storageKey);
    const { el } = await mountTimer({ storageKey, attributes: { plan: 'caution' } });
    await openSummary(el);
    const shown = (selector: string) => getComputedStyle(part(el, selector)).display !== 'none';
    expect(shown('[part="session"]'), 'session on screen').to.equal(true);
    await emulateMediaOrSkip(this, { media: 'print' });
    try {
      expect(shown('[part="summary"]'), 'summary').to.equal(true);
      for (const selector of ['[part="plan"]', '[part="session"]', '[part="data"]', '[part="privacy"]', '[part="history"]', '.summary-actions']) {
        expect(shown(selector), selector).to.equal(false);
      }
    } finally {
      await resetMediaEmulation({ media: null as unknown as 'print' });
    }
  });
});
