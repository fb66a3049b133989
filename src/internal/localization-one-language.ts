/**
 * The kit's locale in a one-language script-tag bundle (`dist/cdn/<lang>/`),
 * which scripts/build-cdn.mjs builds with this module in place of
 * `localization.ts` (same exports). lit-localize's transform mode inlines that
 * language's texts, so the bundle has no other: it renders in its language
 * whatever `<html lang>` says, and never waits for texts. A request for another
 * language (`setLocale`, an element's `lang`) gets a `console.warn` naming the
 * bundle's language; an element's `lang` also shows a notice (see CareElement).
 */
import { configureTransformLocalization } from '@lit/localize';
import { SOURCE_LOCALE } from '../domain/locale.js';
import type { Locale } from '../domain/locale.js';

/**
 * The locale the kit renders in: the bundle's. The transform replaces the call
 * with `{ getLocale: () => '<the bundle's language>' }`, one of the locales of
 * lit-localize.transform.json, which are the kit's `LOCALES`.
 */
export const { getLocale } = configureTransformLocalization({ sourceLocale: SOURCE_LOCALE }) as { getLocale: () => Locale };

/** Whether this bundle holds `locale`'s texts. */
export function hasTexts(locale: Locale): boolean {
  return locale === getLocale();
}

/** The bundle does not follow `<html lang>`: it has one language. */
export function startFollowingDocumentLanguage(): void {}

/** Accepts only the bundle's language; another one is refused with a `console.warn`. */
export function setLocale(locale: Locale): Promise<void> {
  if (locale !== getLocale()) {
    console.warn(
      `care-widgets: setLocale(${JSON.stringify(locale)}) ignored. This bundle has the texts of one language, ${getLocale()}; load the bundle of another language from its folder (…/cdn/sv/, …/cdn/nb/, …/cdn/en/), or the language-following bundle (…/cdn/<name>.js).`,
    );
  }
  return Promise.resolve();
}

/** Nothing to follow: the bundle has one language. */
export function followPageLanguage(): Promise<void> {
  return Promise.resolve();
}

/**
 * The bundle's language is always shown; the caller reports another as
 * unavailable (see `hasTexts`). Takes whatever localization.ts's takes (a
 * locale, or a requester and a locale). Returns nothing, not a promise (its
 * only caller, CareElement, awaits neither), so the minifier drops the calls.
 */
export function requestLocale(..._request: unknown[]): void {}

/** Nothing was requested, so nothing to withdraw (and nothing returned: see `requestLocale`). */
export function withdrawLocale(_requester: object): void {}

/** The texts are inline: nothing to wait for. */
export function textsLoading(): Promise<void> | undefined {
  return undefined;
}

/** The texts are inline: nothing to wait for, no space to hold. */
export function holdSpace(_host: unknown, _texts: Promise<void>): void {}

/** The texts are inline: the language never changes, so nothing is hidden. */
export function hideWhileTextsLoad(_host: unknown): void {}
