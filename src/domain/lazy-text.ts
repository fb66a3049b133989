/**
 * Translations a script-tag bundle has moved out of its code (see
 * scripts/split-locale-texts.mjs): the English text stays inline, the Swedish
 * and Norwegian ones load with the page's language. Unbundled code and the npm
 * build never use this; their texts are inline in all three languages.
 */
import type { Locale, LocalizedText } from './locale.js';

type TargetLocale = Exclude<Locale, 'en'>;
type TableLoader = () => Promise<{ default: readonly string[] }>;

export interface TextTable {
  readonly load: Readonly<Record<TargetLocale, TableLoader>>;
  loaded: Partial<Record<TargetLocale, readonly string[]>>;
}

const tables = new Set<TextTable>();

/** Registers one module's moved-out translations. */
export function textTable(load: Readonly<Record<TargetLocale, TableLoader>>): TextTable {
  const table: TextTable = { load, loaded: {} };
  tables.add(table);
  return table;
}

/** A text whose sv and nb come from `table` once loaded (English until then). */
export function lazyText(en: string, table: TextTable, index: number): LocalizedText {
  return {
    en,
    get sv() {
      return table.loaded.sv?.[index] ?? en;
    },
    get nb() {
      return table.loaded.nb?.[index] ?? en;
    },
  };
}

/** Loads every registered table's texts for `locale`. */
export async function loadTexts(locale: Locale): Promise<void> {
  if (locale === 'en') return;
  await Promise.all(
    [...tables].map(async (table) => {
      table.loaded[locale] ??= (await table.load[locale]()).default;
    }),
  );
}
