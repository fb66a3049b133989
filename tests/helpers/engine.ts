import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

let engine: Promise<Engine> | undefined;

/** The engine this run drives (CARE_ENGINE in web-test-runner.config.mjs). */
export function currentEngine(): Promise<Engine> {
  engine ??= executeServerCommand<Engine, void>('care-engine');
  return engine;
}

/**
 * Skips the running test, with its reason recorded for the run's summary
 * ("webkit: 2 skipped: <reason>"). Only where the engine truly cannot do it.
 */
export async function skipBecause(test: Mocha.Context, reason: string): Promise<never> {
  await executeServerCommand('care-skip', { reason });
  test.skip();
}

/** Presses keys together, such as Shift+Tab, on every engine. */
export async function pressChord(...keys: string[]): Promise<void> {
  await executeServerCommand('care-chord', { keys });
}

const NO_MEDIA_EMULATION = 'print and reduced-motion emulation need the Chrome DevTools Protocol';

type MediaPayload = Parameters<typeof emulateMedia>[0];

/** Emulates print or prefers-reduced-motion where the engine can (Chromium); skips the test elsewhere. */
export async function emulateMediaOrSkip(test: Mocha.Context, media: MediaPayload): Promise<void> {
  if ((await currentEngine()) !== 'chromium') await skipBecause(test, NO_MEDIA_EMULATION);
  await emulateMedia(media);
}

/** Ends a media emulation; nothing to end on engines that cannot emulate. */
export async function resetMediaEmulation(media: MediaPayload): Promise<void> {
  if ((await currentEngine()) === 'chromium') await emulateMedia(media);
}

/**
 * Lays the page out as a phone of `width` CSS px would, on every engine: the body gets that
 * width and no margin (setViewport is CDP-only; the elements size by their container, not by
 * the window). Returns the function that restores the page.
 */
export function phoneWidth(width = 320): () => void {
  const { style } = document.body;
  const before = { inlineSize: style.inlineSize, margin: style.margin };
  style.inlineSize = `${width}px`;
  style.margin = '0';
  return () => Object.assign(style, before);
}

/** How wide the page's content is, overflow included (the page scrolls sideways past the phone's width). */
export function pageContentWidth(): number {
  return document.body.scrollWidth;
}
