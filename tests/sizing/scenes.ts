/**
 * Every element of the kit in the states a patient sees, rendered into a host
 * container: the pages the sizing and contrast tests put the kit on.
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { SIDE_EFFECT_IDS } from '../../src/domain/side-effects.js';
import type { LitElement } from 'lit';
import { localIsoDate } from '../../src/domain/calendar.js';
import { emptyLog, logKey, recordSession, serializeLog } from '../../src/domain/training-log.js';
import { ManualClock } from '../../src/internal/clock.js';
import { MONDAY, mountTimer, press } from '../elements/stretch-timer-fixture.js';

export interface Scene {
  readonly name: string;
  /** False where the element has nothing to operate (a card, the comparison table). */
  readonly controls?: boolean;
  /** Renders the scene into `host` and returns its element. */
  render(host: HTMLElement): Promise<LitElement>;
}

const SUPPORT = 'https://apotek.example/kundtjanst';

async function place<T extends LitElement>(host: HTMLElement, markup: string): Promise<T> {
  const template = document.createElement('template');
  template.innerHTML = markup; // test-owned constant markup
  host.append(template.content);
  const el = host.lastElementChild as T;
  await el.updateComplete;
  return el;
}

async function tickChecker(el: LitElement, ids: readonly string[]): Promise<void> {
  for (const id of ids) el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
  await el.updateComplete;
}

/** One ticked condition per verdict, so each tinted result panel is shown. */
const VERDICT_CONDITIONS: Record<string, readonly string[]> = {
  'nothing ticked': [],
  suitable: ['multiple-sclerosis'],
  caution: ['tinnitus'],
  wait: ['stroke-within-7-days'],
  'individual assessment': ['unable-to-cooperate'],
  avoid: ['trigeminal-neuralgia'],
};

export const SCENES: readonly Scene[] = [
  ...Object.entries(VERDICT_CONDITIONS).map(([verdict, ids]) => ({
    name: `suitability check: ${verdict}`,
    async render(host: HTMLElement) {
      const el = await place(host, `<care-suitability-check support-href="${SUPPORT}"></care-suitability-check>`);
      await tickChecker(el, ids);
      return el;
    },
  })),
  {
    name: 'side-effect guide: every situation open',
    async render(host) {
      const el = await place(
        host,
        `<care-side-effect-guide situations="${SIDE_EFFECT_IDS.join(' ')}" support-href="${SUPPORT}"></care-side-effect-guide>`,
      );
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      return el;
    },
  },
  {
    name: 'stretch timer: running, history open',
    async render(host) {
      const { el } = await mountTimer({ parent: host, attributes: { plan: 'caution', 'start-date': '2025-11-11' } });
      await press(el, '.primary');
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      await el.updateComplete;
      return el;
    },
  },
  {
    name: 'stretch timer: held, a note ticked, every disclosure open with the whole course',
    async render(host) {
      const storageKey = `scenes-course-${Date.now()}`;
      // A session done today unlocks "How did it feel?".
      const today = localIsoDate(new Date(new ManualClock(MONDAY).wallTime()));
      localStorage.setItem(logKey(storageKey), serializeLog(recordSession(emptyLog(), { date: today, plan: 'caution', seconds: 5 })));
      const { el } = await mountTimer({ parent: host, storageKey, attributes: { plan: 'caution', 'start-date': '2025-10-20' } });
      await press(el, '.pace-hold');
      await press(el, 'input[value="soreness"]');
      // Every disclosure open, the whole course among them (its view loads when opened).
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      await new Promise((resolve) => setTimeout(resolve));
      // Both lazily loaded disclosures ("Your log" too) are in before the timer is measured.
      const parts = el as unknown as { course: { loaded: Promise<void> }; data: { loaded: Promise<void> } };
      await Promise.all([parts.course.loaded, parts.data.loaded]);
      await el.updateComplete;
      return el;
    },
  },
  {
    name: 'evidence list: osteoporosis pain',
    render: (host) => place(host, '<care-evidence-list topic="osteoporosis-pain"></care-evidence-list>'),
  },
  {
    name: 'evidence list: neuropathic pain',
    render: (host) => place(host, '<care-evidence-list topic="neuropathic-pain"></care-evidence-list>'),
  },
  {
    name: 'evidence card: a provider’s claim',
    controls: false,
    render: (host) => place(host, '<care-evidence-card treatment="ims"></care-evidence-card>'),
  },
  {
    name: 'IQoro’s uses',
    controls: false,
    render: (host) => place(host, '<care-iqoro-uses></care-iqoro-uses>'),
  },
  {
    name: 'plan hand-off (the clinic’s side)',
    render: (host) =>
      place(host, '<care-plan-handoff patient-url="https://apotek.example/traningsplan" start-date="2025-11-24"></care-plan-handoff>'),
  },
  {
    name: 'treatment comparison',
    controls: false,
    render: (host) => place(host, '<care-treatment-compare a="ims" b="acupuncture"></care-treatment-compare>'),
  },
];

/** A host container in the page, for one scene. */
export function hostBox(style = ''): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div style=${style}></div>`);
}

/** Every element inside `root`'s shadow tree, nested shadow trees included. */
export function shadowElements(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const child of node.querySelectorAll('*')) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  return found;
}
