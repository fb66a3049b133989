/**
 * The kit's one locale per page. It follows `<html lang>` (live) until a host
 * forces one with `setLocale()`. Translations load lazily: only the page's
 * language is downloaded.
 *
 * On a server (no `window`) there is no page: `setLocale()` and
 * `followPageLanguage()` do nothing and resolve, and a server render picks its
 * locale per call with `renderInLocale()` (see src/ssr/), synchronously, so two
 * requests in two languages never mix.
 */
import './dom-stand-ins.js';
import { configureLocalization } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
// @lit/localize's runtime mode announces locale changes on `window`, which a
// server lacks; there the kit installs the same lookup (runtimeMsg) over the
// templates of the locale being rendered. Both modules are part of the runtime
// mode that every build already includes.
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { LOCALES, SOURCE_LOCALE, isLocale, resolveLocale } from '../domain/locale.js';
import type { Locale } from '../domain/locale.js';
import { loadTexts } from '../domain/lazy-text.js';

const loaders = {
  sv: () => import('../generated/locales/sv.js'),
  nb: () => import('../generated/locales/nb.js'),
};

/** The UI strings, and in script-tag bundles the domain's moved-out texts too. */
async function loadLocale(locale: string): Promise<LocaleModule> {
  const [templates] = await Promise.all([loaders[locale as keyof typeof loaders](), loadTexts(locale as Locale)]);
  return templates;
}

/** No `window`: a server render (or a worker), where there is no page to follow. */
const onServer = typeof window === 'undefined' || typeof document === 'undefined';

/** On a server: the locale being rendered now and its loaded templates. */
const server: { locale: Locale; modules: Partial<Record<Locale, LocaleModule>> } = { locale: SOURCE_LOCALE, modules: {} };

const runtime = onServer
  ? null
  : configureLocalization({ sourceLocale: SOURCE_LOCALE, targetLocales: Object.keys(loaders), loadLocale });

if (onServer) {
  _installMsgImplementation(((template, options) =>
    runtimeMsg(server.modules[server.locale]?.templates, template, options)) as Parameters<typeof _installMsgImplementation>[0]);
}

let forced = false;
let observer: MutationObserver | undefined;
/** The locale being loaded, until it is ready (the client only). */
let loading: Promise<void> | null = null;

/** The locale the kit renders in now. */
export function getLocale(): Locale {
  const locale = runtime ? runtime.getLocale() : server.locale;
  return isLocale(locale) ? locale : SOURCE_LOCALE;
}

function apply(locale: Locale): Promise<void> {
  if (!runtime || locale === runtime.getLocale()) return Promise.resolve();
  const done = runtime.setLocale(locale);
  const settled = done.then(
    () => undefined,
    () => undefined,
  );
  loading = settled;
  void settled.then(() => {
    if (loading === settled) loading = null;
  });
  return done;
}

/**
 * While the page's language is loading, a promise that settles when it is
 * ready (or has failed); otherwise null. An element waits for it before its
 * first render, so it never paints English first, and a server-rendered one
 * hydrates in the language it was rendered in.
 */
export function localeLoading(): Promise<void> | null {
  return loading;
}

/**
 * Runs `render` synchronously with the kit's texts in `locale` (a server
 * render). Load the locale first with `loadServerLocale`.
 */
export function renderInLocale<T>(locale: Locale, render: () => T): T {
  const previous = server.locale;
  server.locale = locale;
  try {
    return render();
  } finally {
    server.locale = previous;
  }
}

/** Loads `locale`'s texts for `renderInLocale` (once per process). */
export async function loadServerLocale(locale: Locale): Promise<void> {
  if (locale === SOURCE_LOCALE || server.modules[locale]) return;
  server.modules[locale] = await loadLocale(locale);
}

function followDocumentLanguage(): void {
  if (forced) return;
  void apply(resolveLocale(document.documentElement.lang));
}

/** Starts following `<html lang>`; called by every element as it connects. */
export function startFollowingDocumentLanguage(): void {
  if (observer || onServer || typeof MutationObserver === 'undefined') return;
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
  if (onServer) return Promise.resolve();
  forced = true;
  return apply(locale);
}

/** Goes back to following `<html lang>` after `setLocale()`. */
export function followPageLanguage(): Promise<void> {
  forced = false;
  if (onServer) return Promise.resolve();
  return apply(resolveLocale(document.documentElement.lang));
}

/** Requests a locale from an element's own `lang` attribute; a forced locale wins. */
export function requestLocale(locale: Locale): Promise<void> {
  return forced ? Promise.resolve() : apply(locale);
}
