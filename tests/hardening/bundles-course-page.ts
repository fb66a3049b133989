/**
 * Loads one built timer bundle (`?bundle=/dist/cdn/sv/stretch-timer.js`, or a
 * language-following one) and opens its whole-course view, which the bundle
 * loads as a chunk beside it only then. Reports the requests made before and
 * after opening, and what the view shows.
 */
const errors: string[] = [];
addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

type Timer = HTMLElement & { updateComplete: Promise<boolean>; course: { loaded: Promise<void> } };

const bundleRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/'));

async function run(): Promise<void> {
  const bundle = new URLSearchParams(location.search).get('bundle') ?? '';
  let before: string[] = [];
  let shown: string | null = null;
  try {
    await import(/* @vite-ignore */ bundle);
    const timer = document.createElement('care-stretch-timer') as unknown as Timer;
    timer.setAttribute('storage-key', `bundles-course-${Date.now()}`);
    timer.setAttribute('plan', 'caution');
    document.body.append(timer);
    await timer.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await timer.updateComplete;
    before = bundleRequests();
    const details = timer.shadowRoot!.querySelector<HTMLDetailsElement>('[part="course"]')!;
    details.open = true;
    await new Promise((resolve) => setTimeout(resolve));
    await timer.course.loaded;
    await timer.updateComplete;
    shown = details.textContent!.replace(/\s+/g, ' ').trim();
  } catch (error) {
    errors.push(String(error));
  }
  parent.postMessage({ type: 'care-course-page', before, after: bundleRequests(), shown, errors }, '*');
}

void run();

export {};
