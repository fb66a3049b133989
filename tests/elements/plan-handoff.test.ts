import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import decodeQR from '@paulmillr/qr/decode.js';
import '../../src/elements/plan-handoff/define.js';
import type { CarePlanHandoff } from '../../src/elements/plan-handoff/plan-handoff.js';
import { parseHandoff } from '../../src/domain/plan-handoff.js';
import { planKey } from '../../src/elements/stretch-timer/handoff-controller.js';
import { followPageLanguage } from '../../src/internal/localization.js';
import { afterHostGrace } from '../helpers/grace.js';
import { currentEngine, pageContentWidth, phoneWidth, skipBecause } from '../helpers/engine.js';
import { captureWarnings, useLocale } from '../helpers/locale.js';
import { clearLogs, freshKey, mountTimer, part as timerPart, textOf as timerText } from './stretch-timer-fixture.js';

const PATIENT = 'https://apotek.example.se/din-traningsplan.html';

async function mount(attributes: Record<string, string>): Promise<{ el: CarePlanHandoff; warnings: string[] }> {
  let el!: CarePlanHandoff;
  const warnings = await captureWarnings(async () => {
    el = document.createElement('care-plan-handoff');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    await fixture(html`<div>${el}</div>`);
    await afterHostGrace();
    await el.updateComplete;
  });
  return { el, warnings };
}

const $ = <T extends Element = HTMLElement>(el: CarePlanHandoff, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: CarePlanHandoff, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Types `value` into a control as a user does: the value, then input and change events. */
async function type(el: CarePlanHandoff, name: string, value: string): Promise<void> {
  const control = $<HTMLInputElement>(el, `[name="${name}"]`)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Reads the QR code the element drew: rasterizes its SVG path and decodes it with an independent decoder. */
function decodeDrawnQr(el: CarePlanHandoff): string {
  const svg = $<SVGSVGElement>(el, 'svg[part="qr"]')!;
  const modules = Number(svg.dataset.modules);
  const scale = 4;
  const quiet = 4;
  const side = (modules + 2 * quiet) * scale;
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, side, side);
  context.setTransform(scale, 0, 0, scale, quiet * scale, quiet * scale);
  context.fillStyle = '#000';
  context.fill(new Path2D(svg.querySelector('path')!.getAttribute('d')!));
  const image = context.getImageData(0, 0, side, side);
  return decodeQR({ width: side, height: side, data: image.data });
}

describe('<care-plan-handoff>', () => {
  beforeEach(() => useLocale('en'));
  afterEach(async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    clearLogs();
    await followPageLanguage();
  });

  it('makes the link from its starting values, with the hand-off in the fragment', async () => {
    const { el, warnings } = await mount({
      'patient-url': PATIENT,
      plan: 'gentle-start',
      'start-date': '2025-11-24',
      'rest-seconds': '15',
      'reminder-times': '19:00, 07:30',
    });
    expect(warnings).to.deep.equal([]);
    expect(el.url).to.equal(`${PATIENT}#care-plan=1&plan=gentle-start&start=2025-11-24&rest=15&reminders=07:30,19:00`);
    expect(text(el, '[part="link"]')).to.equal(el.url);
    await expect(el).to.be.accessible();
  });

  it('follows the form: a new link and a care-handoff-link event on each change', async () => {
    const { el } = await mount({ 'patient-url': PATIENT, 'start-date': '2025-11-24' });
    const select = $<HTMLSelectElement>(el, 'select[name="plan"]')!;
    select.value = 'caution';
    const event = oneEvent(el, 'care-handoff-link');
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    const { detail } = await event;
    expect(detail.handoff.plan).to.equal('caution');
    expect(detail.url).to.contain('plan=caution');
    await type(el, 'rest', '0');
    await type(el, 'time-1', '');
    await type(el, 'time-2', '');
    expect(el.url).to.match(/rest=0&reminders=08:00$/);
  });

  it('makes no link while a field is wrong, and says which', async () => {
    const { el } = await mount({ 'patient-url': PATIENT, 'start-date': '2025-11-24' });
    await type(el, 'rest', '601');
    expect(el.url).to.equal('');
    expect($(el, 'svg[part="qr"]')).to.equal(null);
    expect(text(el, '#rest-error')).to.contain('0 to 600');
    expect($(el, '[name="rest"]')!.getAttribute('aria-invalid')).to.equal('true');
    await type(el, 'rest', '10');
    await type(el, 'time-1', '08:00');
    expect(text(el, '#times-error')).to.contain('different');
    await type(el, 'time-0', '');
    await type(el, 'time-1', '');
    await type(el, 'time-2', '');
    expect(text(el, '#times-error')).to.contain('at least one');
    await expect(el).to.be.accessible();
  });

  it('draws a QR code with an accessible name that encodes the link', async () => {
    const { el } = await mount({ 'patient-url': PATIENT, plan: 'caution', 'start-date': '2025-11-24' });
    const svg = $<SVGSVGElement>(el, 'svg[part="qr"]')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.contain('Start with caution');
    expect(decodeDrawnQr(el)).to.equal(el.url);
    await type(el, 'rest', '45');
    expect(decodeDrawnQr(el)).to.equal(el.url);
    expect(el.url).to.contain('rest=45');
  });

  for (const [name, value] of [
    ['missing', null],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/html,hi'],
    ['a mailto: URL', 'mailto:a@example.se'],
    ['markup, not an address', '<img src=x onerror="alert(1)">'],
  ] as const) {
    it(`refuses a patient-url that is ${name}: a notice, one warning naming the valid values, no link`, async () => {
      const { el, warnings } = await mount(value === null ? {} : { 'patient-url': value });
      expect(el.url).to.equal('');
      expect($(el, '[part="link"]')).to.equal(null);
      expect(text(el, '[part="notice"]')).to.match(/no link can be made/);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('http: or https:');
    });
  }

  it('takes a patient-url relative to the page', async () => {
    const { el } = await mount({ 'patient-url': 'plan.html?p=1', 'start-date': '2025-11-24' });
    expect(el.url.startsWith(new URL('plan.html?p=1', document.baseURI).href + '#care-plan=1&')).to.equal(true);
  });

  it('refuses bad starting values with a notice and one warning each, and starts with the defaults', async () => {
    const { el, warnings } = await mount({ 'patient-url': PATIENT, plan: 'daily', 'rest-seconds': '900', 'reminder-times': '25:00' });
    expect(warnings).to.have.length(3);
    expect(warnings.join('\n')).to.contain('standard, gentle-start, caution');
    expect(text(el, '[part="notice"]')).to.contain('starting value');
    expect(el.url).to.match(/plan=standard&start=\d{4}-\d\d-\d\d&rest=10&reminders=08:00,13:00,19:00$/);
  });

  it('copies the link and says so in a live region; says how to copy when the browser refuses', async () => {
    const { el } = await mount({ 'patient-url': PATIENT, 'start-date': '2025-11-24' });
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      $(el, '.copy')!.click();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(copied).to.equal(el.url);
      expect(text(el, '[role="status"]')).to.equal('Link copied.');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });
      $(el, '.copy')!.click();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(text(el, '[role="status"]')).to.contain('could not be copied');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('makes a link that the timer reads, offers and stores (round trip)', async () => {
    const { el } = await mount({ 'patient-url': PATIENT, plan: 'gentle-start', 'start-date': '2025-11-24', 'rest-seconds': '20' });
    await type(el, 'time-2', '21:15');
    const fragment = new URL(el.url).hash;
    expect(parseHandoff(fragment).kind).to.equal('ok');
    history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment}`);
    const storageKey = freshKey();
    const { el: timer } = await mountTimer({ storageKey });
    const offered = timerText(timer, '[part="handoff"]');
    expect(offered).to.contain('Gentle start');
    expect(offered).to.contain('20 seconds');
    expect(offered).to.contain('08:00, 13:00 and 21:15');
    timerPart(timer, '.handoff-confirm').click();
    await timer.updateComplete;
    expect(timerText(timer, '.title')).to.equal('Gentle start');
    expect(timerText(timer, '.reminders .hint')).to.contain('08:00, 13:00 and 21:15');
    expect(localStorage.getItem(planKey(storageKey))).to.equal(fragment.slice(1));
    expect(location.hash).to.equal('');
  });

  it('works by keyboard: Tab reaches every control in order, typing changes the link, Enter copies', async () => {
    const { el } = await mount({ 'patient-url': PATIENT, 'start-date': '2025-11-24' });
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      $<HTMLSelectElement>(el, 'select')!.focus();
      const order: string[] = [];
      // Date and time fields are one stop or several (day, month, year) depending on the engine.
      for (let i = 0; i < 20 && order[order.length - 1] !== 'copy'; i += 1) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement;
        const name = active?.getAttribute('name') ?? (active?.classList.contains('copy') ? 'copy' : '?');
        if (name !== order[order.length - 1]) order.push(name);
      }
      expect(order).to.deep.equal(['start', 'rest', 'time-0', 'time-1', 'time-2', 'copy']);
      $<HTMLInputElement>(el, '[name="rest"]')!.focus();
      $<HTMLInputElement>(el, '[name="rest"]')!.select();
      await sendKeys({ type: '25' });
      await el.updateComplete;
      expect(el.url).to.contain('rest=25');
      $(el, '.copy')!.focus();
      await sendKeys({ press: 'Enter' });
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(copied).to.equal(el.url);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.copy'));
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('fits a 320 px phone: no sideways scrolling, the QR code within the width', async () => {
    const restore = phoneWidth();
    try {
      const { el } = await mount({ 'patient-url': `${PATIENT}?utm_source=${'x'.repeat(120)}`, 'start-date': '2025-11-24' });
      expect(pageContentWidth()).to.be.at.most(320);
      expect($(el, 'svg[part="qr"]')!.getBoundingClientRect().width).to.be.within(100, 320);
    } finally {
      restore();
    }
  });

  it('keeps the QR code dark on light in forced colours and on a dark page', async function () {
    const { el } = await mount({ 'patient-url': PATIENT, 'start-date': '2025-11-24' });
    el.style.cssText = 'color: #fff; background: #000';
    const svg = $<SVGSVGElement>(el, 'svg[part="qr"]')!;
    expect(getComputedStyle(svg.querySelector('rect')!).fill).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(svg.querySelector('path')!).fill).to.equal('rgb(0, 0, 0)');
    const adjust = (getComputedStyle(svg) as CSSStyleDeclaration & { forcedColorAdjust?: string }).forcedColorAdjust;
    if (adjust === undefined) await skipBecause(this, `${await currentEngine()} has no forced-color-adjust`);
    expect(adjust).to.equal('none');
  });

  for (const locale of ['sv', 'nb'] as const) {
    it(`is in ${locale}, with no axe violations`, async () => {
      await useLocale(locale);
      const { el } = await mount({ 'patient-url': PATIENT, 'start-date': '2025-11-24' });
      expect(text(el, '.title')).not.to.equal('Training plan link for the patient');
      expect(text(el, '.copy')).not.to.equal('Copy link');
      await expect(el).to.be.accessible();
    });
  }
});
