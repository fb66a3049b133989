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

/** The locale `setLocale()` forces, until `followPageLanguage()`. */
let forced: Locale | undefined;
let observer: MutationObserver | undefined;

/**
 * Who asks for which locale, oldest first: the document (its `<html lang>`)
 * and each element with a `lang` attribute. The newest request wins; a
 * withdrawn one (the element left, or dropped its `lang`) falls back to the
 * one before, in the end to `<html lang>`.
 */
const requests = new Map<object, Locale>();

/** The locale the kit renders in now. */
export function getLocale(): Locale {
  const locale = runtime.getLocale();
  return isLocale(locale) ? locale : SOURCE_LOCALE;
}

/**
 * Switches to what is asked for now. The runtime compares it with the locale
 * it is loading, if any, so switching back while another loads cancels that
 * load (comparing with `getLocale()`, still the old one while loading, did not).
 */
function apply(): Promise<void> {
  const wanted = forced ?? [...requests.values()].at(-1) ?? resolveLocale(documentLanguage());
  return runtime.setLocale(wanted);
}

function documentLanguage(): string {
  return typeof document === 'undefined' ? '' : document.documentElement.lang;
}

function request(requester: object, locale: Locale): Promise<void> {
  requests.delete(requester);
  requests.set(requester, locale);
  return apply();
}

function followDocumentLanguage(): void {
  void request(document, resolveLocale(documentLanguage()));
}

/** Starts following `<html lang>`; called by every element as it connects. */
export function startFollowingDocumentLanguage(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(followDocumentLanguage);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  // Called before the first element's own request: the page's language is the oldest one.
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
  forced = locale;
  return apply();
}

/** Goes back to following `<html lang>` (and elements' `lang`) after `setLocale()`. */
export function followPageLanguage(): Promise<void> {
  forced = undefined;
  return request(document, resolveLocale(documentLanguage()));
}

/**
 * Requests a locale for `requester` (an element, from its own `lang`
 * attribute) until it withdraws it; a forced locale wins.
 */
export function requestLocale(requester: object, locale: Locale): Promise<void> {
  return request(requester, locale);
}

/** Withdraws `requester`'s request: the kit falls back to the one before, in the end `<html lang>`. */
export function withdrawLocale(requester: object): Promise<void> {
  return requests.delete(requester) ? apply() : Promise.resolve();
}
