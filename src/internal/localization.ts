/**
 * The kit's one locale per page. It follows `<html lang>` (live) until a host
 * forces one with `setLocale()`. Translations load lazily: only the page's
 * language is downloaded.
 */
import { LOCALE_STATUS_EVENT, configureLocalization } from '@lit/localize';
import type { LocaleStatusEventDetail } from '@lit/localize';
import { css, nothing, render } from 'lit';
import type { ReactiveElement } from 'lit';
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

/** The texts being loaded for the page's language, while they load. */
let loading: Promise<void> | undefined;

/**
 * Switches to what is asked for now. The runtime compares it with the locale
 * it is loading, if any, so switching back while another loads cancels that
 * load (comparing with `getLocale()`, still the old one while loading, did not).
 */
function apply(): Promise<void> {
  const wanted = forced ?? [...requests.values()].at(-1) ?? resolveLocale(documentLanguage());
  // Elements wait while texts load (see textsLoading); asking for the locale shown, with none loading, changes nothing.
  const switching = wanted !== runtime.getLocale() || loading !== undefined;
  const load = runtime.setLocale(wanted);
  return switching ? gate(load) : load;
}

function documentLanguage(): string {
  return typeof document === 'undefined' ? '' : document.documentElement.lang;
}

function request(requester: object, locale: Locale): Promise<void> {
  requests.delete(requester);
  requests.set(requester, locale);
  return apply();
}

function gate(load: Promise<void>): Promise<void> {
  loading = load;
  const settle = () => {
    if (loading === load) loading = undefined;
  };
  load.then(settle, settle);
  return load;
}

/**
 * While the page's language loads, a promise that settles when its texts are
 * in (also when they fail to load: the element then shows English rather than
 * nothing); undefined when none is loading. Elements wait for it before they
 * render, so no frame shows a language other than the page's (issue 15.3).
 */
export function textsLoading(): Promise<void> | undefined {
  return loading?.catch(() => undefined);
}

/**
 * While an element waits for its texts it is empty; it keeps some height, so
 * the page moves less when the content comes. A host that knows the element's
 * height sets `--care-pending-min-height` on it (and no shift remains).
 */
const waiting = css`
  :host {
    min-height: var(--care-pending-min-height, 10em);
  }
`.styleSheet;

/** Adds `sheet` to `host`'s styles until `done` settles. */
function styleUntil(host: ReactiveElement, sheet: CSSStyleSheet, done: Promise<unknown>): void {
  const root = host.renderRoot;
  if (!(root instanceof ShadowRoot) || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const remove = () => {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((other) => other !== sheet);
  };
  done.then(remove, remove);
}

/** Gives `host`, before its first render, the waiting height until `texts` settle (later, `hideWhileTextsLoad` keeps its own). */
export function holdSpace(host: ReactiveElement, texts: Promise<void>): void {
  if (waiting && !host.hasUpdated) styleUntil(host, waiting, texts);
}

/** A sheet keeping the host at the height it has now. */
function heightNow(host: ReactiveElement): CSSStyleSheet | undefined {
  if (typeof CSSStyleSheet === 'undefined' || !('replaceSync' in CSSStyleSheet.prototype)) return undefined;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:host { min-height: ${host.getBoundingClientRect().height}px; }`);
  return sheet;
}

/**
 * Empties `host`'s rendered content when the page's language starts to change,
 * and renders it again once the new texts are in: the old language is not left
 * on screen while the new one loads. Meanwhile the host keeps its height, so the
 * page does not move.
 */
export function hideWhileTextsLoad(host: ReactiveElement): void {
  const onStatus = (event: Event) => {
    if ((event as CustomEvent<LocaleStatusEventDetail>).detail.status !== 'loading') return;
    const sheet = host.hasUpdated ? heightNow(host) : undefined;
    if (host.hasUpdated) render(nothing, host.renderRoot as HTMLElement);
    host.requestUpdate();
    // Until the update that waits for the new texts has rendered them.
    if (sheet) styleUntil(host, sheet, host.updateComplete);
  };
  host.addController({
    hostConnected: () => addEventListener(LOCALE_STATUS_EVENT, onStatus),
    hostDisconnected: () => removeEventListener(LOCALE_STATUS_EVENT, onStatus),
  });
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

/** Whether the kit can show `locale` (a one-language bundle holds only its own, see localization-one-language.ts). */
export function hasTexts(_locale: Locale): boolean {
  return true;
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
