import { getLocale, setLocale } from '../../src/internal/localization.js';
import type { Locale } from '../../src/domain/locale.js';

/** Forces a locale and waits until every element has re-rendered in it. */
export async function useLocale(locale: Locale): Promise<void> {
  await setLocale(locale);
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Catches console.warn calls while `run` runs. */
export async function captureWarnings(run: () => Promise<void> | void): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/**
 * Sets `<html lang>` as a host page does and waits until the kit has loaded that language
 * (however long the engine takes to fetch the translation), then a frame for the re-render.
 */
export async function setPageLanguage(tag: string, expected: Locale): Promise<void> {
  document.documentElement.lang = tag;
  const deadline = performance.now() + 5000;
  while (getLocale() !== expected) {
    if (performance.now() > deadline) throw new Error(`the kit did not switch to ${expected} after lang="${tag}"`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
