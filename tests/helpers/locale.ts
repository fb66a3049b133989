import { setLocale } from '../../src/internal/localization.js';
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
