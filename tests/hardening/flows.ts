/**
 * Each element's main flow, as a user goes through it, for the hardening tests
 * (strict CSP, no network, hostile host CSS). Add an entry per element.
 */
import '../../src/index.js';
import { logKey } from '../../src/domain/training-log.js';

export interface ElementFlow {
  readonly tag: keyof HTMLElementTagNameMap;
  /** Attributes that make the flow meaningful. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Goes through the main flow; resolves when done. */
  run(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void>;
}

function shadowClick(el: HTMLElement, selector: string): void {
  const target = el.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`<${el.localName}>: nothing matches ${selector}`);
  target.click();
}

export const FLOWS: readonly ElementFlow[] = [
  {
    tag: 'care-suitability-check',
    attributes: { 'support-href': 'mailto:support@apotek.example', 'require-acknowledgement': '' },
    async run(el) {
      for (const id of ['tinnitus', 'achalasia-cardiae']) {
        shadowClick(el, `input[value="${id}"]`);
        await el.updateComplete;
      }
      shadowClick(el, '#acknowledge');
      await el.updateComplete;
    },
  },
  {
    tag: 'care-stretch-timer',
    attributes: { plan: 'caution', 'rest-seconds': '0', 'storage-key': 'hardening' },
    // Start, pause, resume and stop a session (the clock is real; nothing waits for it),
    // then turn the sound off and on again: a choice the timer remembers.
    async run(el) {
      const steps = ['.controls .primary', '.controls .primary', '.controls .primary', '.controls .stop', '.cues input', '.cues input'];
      for (const selector of steps) {
        shadowClick(el, selector);
        await el.updateComplete;
      }
      // The log is written under a Web Lock named after its key: taking it after them waits for those writes.
      await navigator.locks?.request(logKey('hardening'), () => undefined);
    },
  },
  {
    tag: 'care-evidence-card',
    attributes: { treatment: 'vertebroplasty', 'heading-level': '3' },
    // No controls: the host switches the layout, the reader reads.
    async run(el) {
      el.setAttribute('variant', 'compact');
      await el.updateComplete;
      el.setAttribute('variant', 'full');
      await el.updateComplete;
    },
  },
  {
    tag: 'care-evidence-list',
    attributes: { topic: 'osteoporosis-pain', variant: 'compact' },
    async run(el) {
      for (const phase of ['acute', 'persistent', 'all']) {
        shadowClick(el, `input[type="radio"][value="${phase}"]`);
        await el.updateComplete;
      }
    },
  },
  {
    tag: 'care-treatment-compare',
    attributes: { a: 'ims', b: 'acupuncture' },
    // No controls: the host may swap the columns.
    async run(el) {
      el.setAttribute('a', 'acupuncture');
      el.setAttribute('b', 'ims');
      await el.updateComplete;
    },
  },
  {
    tag: 'care-iqoro-uses',
    attributes: { 'heading-level': '3' },
    // Static content: the host may change the heading level.
    async run(el) {
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
    },
  },
  {
    tag: 'care-side-effect-guide',
    attributes: { situations: 'training-soreness', 'support-href': 'tel:+46101234567' },
    // Tick a second situation, close and reopen its advice, open the explainer, ask for the gentle start.
    async run(el) {
      const steps = [
        'input[value="blood-taste"]',
        'details[data-situation="blood-taste"] summary',
        'details[data-situation="blood-taste"] summary',
        'details[part="explainer"] summary',
        'button[part="button"]',
      ];
      for (const selector of steps) {
        shadowClick(el, selector);
        await el.updateComplete;
      }
    },
  },
];

/** Renders `flow`'s element into `parent` and waits for its first render. */
export async function mount(flow: ElementFlow, parent: HTMLElement): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const el = document.createElement(flow.tag) as HTMLElement & { updateComplete: Promise<boolean> };
  for (const [name, value] of Object.entries(flow.attributes)) el.setAttribute(name, value);
  parent.append(el);
  await el.updateComplete;
  return el;
}
