/**
 * Loads one built timer bundle (`?bundle=/dist/cdn/sv/stretch-timer.js`, or a
 * language-following one) and opens one of its lazily loaded parts
 * (`?part=course`, the default, or `data`: "Your log"), which the bundle loads
 * as a chunk beside it only then; or, with `?part=handoff`, shows the timer on
 * a page whose address holds a hand-off link, whose offer loads only then.
 * Reports the requests made before and after opening, what the part shows, and
 * what the page warned or threw.
 */
import { bundleRequests } from '../helpers/bundle-requests.js';
import { capturePageConsole } from '../helpers/page-console.js';

const { warnings, errors } = capturePageConsole();

type Timer = HTMLElement & {
  updateComplete: Promise<boolean>;
  course: { loaded: Promise<void> };
  data: { loaded: Promise<void> };
};

/** A hand-off link's fragment (see src/domain/plan-handoff.ts), starting on a day already past. */
const HANDOFF = '#care-plan=1&plan=gentle-start&start=2025-11-24&rest=20&reminders=07:30,12:00,18:45';

const textIn = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function run(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const bundle = params.get('bundle') ?? '';
  const name = params.get('part') ?? 'course';
  let before: string[] = [];
  let shown: string | null = null;
  try {
    if (name === 'handoff') history.replaceState(null, '', HANDOFF);
    await import(/* @vite-ignore */ bundle);
    const timer = document.createElement('care-stretch-timer') as unknown as Timer;
    timer.setAttribute('storage-key', `bundles-course-${Date.now()}`);
    timer.setAttribute('plan', 'caution');
    document.body.append(timer);
    await timer.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await timer.updateComplete;
    before = bundleRequests();
    if (name === 'handoff') {
      shown = textIn(timer.shadowRoot!.querySelector('[part="handoff"]'));
    } else {
      const details = timer.shadowRoot!.querySelector<HTMLDetailsElement>(`[part="${name}"]`)!;
      details.open = true;
      await new Promise((resolve) => setTimeout(resolve));
      await (name === 'data' ? timer.data : timer.course).loaded;
      await timer.updateComplete;
      shown = textIn(details);
    }
  } catch (error) {
    errors.push(String(error));
  }
  parent.postMessage({ type: 'care-course-page', before, after: bundleRequests(), shown, warnings, errors }, '*');
}

void run();

export {};
