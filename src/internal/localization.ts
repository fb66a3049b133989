/**
 * The kit's one locale per page. It follows `<html lang>` (live) until a host
 * forces one with `setLocale()`. Translations load lazily: only the page's
 * language is downloaded.
 */
import { configureLocalization } from '@lit/localize';
import { LOCALES, SOURCE_LOCALE, isLocale, resolveLocale } from '../domain/locale.js';
import type { Locale } from '../domain/locale.js';
import { loadTexts } from '../domain/lazy-text.js';

const loaders = {
  sv: () => import('../generated/locales/sv.js'),
  nb: () => import('../generated/locales/nb.js'),
};

const runtime = configureLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: Object.keys(loaders),
  // The UI strings, and in script-tag bundles the domain's moved-out texts too.
  loadLocale: async (locale) => {
    const [templates] = await Promise.all([loaders[locale as keyof typeof loaders](), loadTexts(locale as Locale)]);
    return templates;
  },
});

let forced = false;
let observer: MutationObserver | undefined;

/** The locale the kit renders in now. */
export function getLocale(): Locale {
  const locale = runtime.getLocale();
  return isLocale(locale) ? locale : SOURCE_LOCALE;
}

/**
 * Always through the runtime: it compares with the locale still loading, if any, so a
 * request for the current locale cancels an unfinished switch away from it (comparing
 * with getLocale() here let a slow Swedish download win over a later return to English).
 */
function apply(locale: Locale): Promise<void> {
  return runtime.setLocale(locale);
}

function followDocumentLanguage(): void {
  if (forced) return;
  void apply(resolveLocale(document.documentElement.lang));
}

/** Starts following `<html lang>`; called by every element as it connects. */
export function startFollowingDocumentLanguage(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(followDocumentLanguage);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  followDocumentLanguage();
}

/**
 * Forces the kit's locale for the whole page, whatever `<html lang>` says.
 * Resolves when the texts are loaded and every element has re-rendered.
 * An unsupported value is refused with a `console.warn` naming the valid ones.
 */
export function setLocale(locale: Locale): Promise<void> {
  if (!isLocale(locale)) {
    console.warn(`care-widgets: setLocale(${JSON.stringify(locale)}) ignored. Valid locales: ${LOCALES.join(', ')}.`);
    return Promise.resolve();
  }
  forced = true;
  return apply(locale);
}

/** Goes back to following `<html lang>` after `setLocale()`. */
export function followPageLanguage(): Promise<void> {
  forced = false;
  return apply(resolveLocale(document.documentElement.lang));
}

/** Requests a locale from an element's own `lang` attribute; a forced locale wins. */
export function requestLocale(locale: Locale): Promise<void> {
  return forced ? Promise.resolve() : apply(locale);
}
