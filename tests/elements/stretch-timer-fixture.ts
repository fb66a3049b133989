/** Shared set-up for the <care-stretch-timer> tests: a fake clock, a private log and shadow DOM helpers. */
import { fixture } from '@open-wc/testing';
import { html } from 'lit';
import { afterHostGrace } from '../helpers/grace.js';
import '../../src/elements/stretch-timer/define.js';
import type { CareStretchTimer } from '../../src/elements/stretch-timer/stretch-timer.js';
import { ManualClock } from '../../src/internal/clock.js';
import { LOG_KEY_PREFIX, logKey } from '../../src/domain/training-log.js';

/** Monday 1 December 2025, 09:00 local time. */
export const MONDAY = '2025-12-01T09:00:00';

let counter = 0;
/** A storage key no other test uses. */
export function freshKey(): string {
  counter += 1;
  return `test-${Date.now()}-${counter}`;
}

/** Removes every log the tests wrote. */
export function clearLogs(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(LOG_KEY_PREFIX)) localStorage.removeItem(key);
  }
}

export interface TimerAttributes {
  plan?: string;
  'start-date'?: string;
  'rest-seconds'?: string;
  'caution-hold-days'?: string;
  'gentle-step-days'?: string;
  'reminder-times'?: string;
  'ignore-handoff'?: string;
  lang?: string;
}

/** Renders a timer on `clock` with its own log (`storageKey`) and the given attributes. */
export async function mountTimer(
  options: { clock?: ManualClock; storageKey?: string; attributes?: TimerAttributes; parent?: HTMLElement } = {},
): Promise<{ el: CareStretchTimer; clock: ManualClock; storageKey: string }> {
  const clock = options.clock ?? new ManualClock(MONDAY);
  const storageKey = options.storageKey ?? freshKey();
  const el = document.createElement('care-stretch-timer');
  el.clock = clock;
  el.setAttribute('storage-key', storageKey);
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  if (options.parent) options.parent.append(el);
  else await fixture(html`<div>${el}</div>`);
  await afterHostGrace(); // notices wait for the moment a host framework gets to set properties
  await el.updateComplete;
  return { el, clock, storageKey };
}

export function part(el: CareStretchTimer, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** Visible text of `selector`, whitespace collapsed. */
export function textOf(el: CareStretchTimer, selector: string): string {
  return (part(el, selector).textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function press(el: CareStretchTimer, selector: string): Promise<void> {
  part(el, selector).click();
  await el.updateComplete;
}

/** Moves the fake clock on (running due timers, as time passes) and waits for the render. */
export async function wait(el: CareStretchTimer, clock: ManualClock, ms: number): Promise<void> {
  clock.advance(ms);
  await el.updateComplete;
}

export const countdown = (el: CareStretchTimer) => textOf(el, '[part="countdown"]');
export const state = (el: CareStretchTimer) => textOf(el, '#session-state');
export const spoken = (el: CareStretchTimer) => textOf(el, '[aria-live="polite"]');
export const today = (el: CareStretchTimer) => textOf(el, '#today-title');

/** Records the timer's events as short strings: "start 1", "end 1", "complete". */
export function recordEvents(el: CareStretchTimer): string[] {
  const seen: string[] = [];
  el.addEventListener('care-stretch-start', (e) => seen.push(`start ${e.detail.stretch}`));
  el.addEventListener('care-stretch-end', (e) => seen.push(`end ${e.detail.stretch}`));
  el.addEventListener('care-session-complete', () => seen.push('complete'));
  return seen;
}

/** A whole standard session: 3 stretches of 10 s and the rests between them, in ms. */
export const SESSION_MS = 50_000;

export const FULL_SESSION = ['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3', 'complete'];

/**
 * Waits (on the real clock) until `check` holds, or fails after `ms`: the log
 * is written under a Web Lock, a moment after the session completes.
 */
export async function until(check: () => boolean, what: string, ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The log stored under `storageKey` (the current schema's key), parsed; null when none. */
export function storedLog(storageKey: string): { days: Record<string, { sessions: number }>; startDate: string | null } | null {
  return JSON.parse(localStorage.getItem(logKey(storageKey)) ?? 'null');
}

/** Sessions stored under `storageKey` on `date`. */
export function storedSessions(storageKey: string, date = '2025-12-01'): number {
  return storedLog(storageKey)?.days?.[date]?.sessions ?? 0;
}

/**
 * Resolves once every write of the log under `storageKey` asked for so far is
 * done: writes take the log's Web Lock in turn, so taking it after them waits for them.
 */
export async function logWritten(storageKey: string): Promise<void> {
  await navigator.locks?.request(logKey(storageKey), () => undefined);
}

/** A file the timer offered for download (Blob + object URL), read back as text and bytes. */
export type Download = { name: string; type: string; text: Promise<string>; bytes: Promise<ArrayBuffer> };

export function captureDownloads(): { files: Download[]; restore: () => void } {
  const files: Download[] = [];
  const { createObjectURL } = URL;
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = createObjectURL(blob);
    blobs.set(url, blob as Blob);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) files.push({ name: this.download, type: blob.type, text: blob.text(), bytes: blob.arrayBuffer() });
    else click.call(this);
  };
  return {
    files,
    restore: () => {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** The timer's lazily loaded parts (see src/elements/stretch-timer/lazy-module.ts), as the tests wait for them. */
interface LazyParts {
  course: { loaded: Promise<unknown> };
  data: { loaded: Promise<unknown> };
  handoff: { reading: Promise<void> | null };
}
const lazyParts = (el: CareStretchTimer) => el as unknown as LazyParts;

/** Opens `<details part="…">` as a user does (a click on its summary), once its toggle event has run. */
async function openDisclosure(el: CareStretchTimer, name: string): Promise<void> {
  const details = part(el, `[part="${name}"]`) as HTMLDetailsElement;
  if (details.open) return;
  const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
  part(el, `[part="${name}"] > summary`).click();
  await toggled;
}

/** Opens "Your log" as a user does and waits for its buttons, which load the first time it opens. */
export async function openData(el: CareStretchTimer): Promise<void> {
  await openDisclosure(el, 'data');
  await lazyParts(el).data.loaded;
  await el.updateComplete;
}

/** Opens the whole course as a user does and waits for its view, which loads the first time it opens. */
export async function openCourse(el: CareStretchTimer): Promise<void> {
  await openDisclosure(el, 'course');
  await lazyParts(el).course.loaded;
  await el.updateComplete;
}

/** Waits until the timer has read the hand-off link in the page's address (its offer loads only then). */
export async function handoffRead(el: CareStretchTimer): Promise<void> {
  await lazyParts(el).handoff.reading;
  await el.updateComplete;
}

/**
 * Loads the one-timer page (stretch-timer-page.html) in an iframe: a document
 * of its own, as a tab is; sandboxed with `sandbox`, when given.
 */
export async function loadFrame(options: { sandbox?: string; blockSize?: string } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (options.sandbox !== undefined) frame.setAttribute('sandbox', options.sandbox);
  frame.style.inlineSize = '600px';
  frame.style.blockSize = options.blockSize ?? '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = new URL('./stretch-timer-page.html', import.meta.url).href;
  document.body.append(frame);
  await loaded;
  await frame.contentWindow!.customElements.whenDefined('care-stretch-timer');
  return frame;
}

/** The frame's timer, on `clock`, with `storageKey`. */
export async function timerIn(frame: HTMLIFrameElement, storageKey: string, clock: ManualClock): Promise<CareStretchTimer> {
  const timer = frame.contentDocument!.querySelector('care-stretch-timer') as CareStretchTimer;
  timer.clock = clock;
  timer.setAttribute('storage-key', storageKey);
  await timer.updateComplete;
  return timer;
}
