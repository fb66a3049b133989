/** The languages every text of the kit exists in. `en` is the source locale. */
export const LOCALES = ['en', 'sv', 'nb'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

/** A text in every locale of the kit. */
export type LocalizedText = Readonly<Record<Locale, string>>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Maps a BCP 47 language tag (as found in `<html lang>`) to a kit locale:
 * sv, sv-SE → sv; nb, no, nn and their regions → nb; anything else → en.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (language === 'sv') return 'sv';
  if (language === 'nb' || language === 'no' || language === 'nn') return 'nb';
  return 'en';
}

/** Reports whether a tag names a language the kit has texts for (see `resolveLocale`). */
export function isSupportedLanguageTag(tag: string): boolean {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return ['sv', 'nb', 'no', 'nn', 'en'].includes(language);
}
