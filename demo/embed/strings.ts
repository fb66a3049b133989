/**
 * The builder page's own texts in sv, nb and en: a typed table (the page is a
 * demo, not part of the kit, so its strings stay out of the kit's catalogues).
 * Every language must have every key: TypeScript checks the table.
 */
export const UI_LANGUAGES = ['sv', 'nb', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const sv = {
  title: 'Bygg din widget',
  intro:
    'Välj en widget och dess inställningar, se den som den blir på din sida och kopiera koden. Klistra in koden där sidan ska visa widgeten, till exempel i ett HTML-block.',
  pageLanguage: 'Sidans språk',
  widget: 'Widget',
  element: 'Element',
  language: 'Widgetens språk',
  options: 'Inställningar',
  optionsNote: 'Beskrivningarna kommer från elementens dokumentation, som är på engelska.',
  notSet: '(inte angiven)',
  defaultIs: (value: string) => `(standard: ${value})`,
  theme: 'Utseende',
  accent: 'Accentfärg',
  background: 'Sidans bakgrund (bara i förhandsvisningen)',
  radius: 'Hörnradie',
  spacing: 'Avstånd',
  maxWidth: 'Största bredd',
  contrastOk: (ratio: string) => `Accentfärgen klarar WCAG AA: kontrast minst ${ratio}:1.`,
  contrastFails: (ratio: string, against: string) =>
    `Varning: accentfärgen har bara kontrasten ${ratio}:1 mot ${against}. WCAG AA kräver 4,5:1 för text.`,
  againstOnAccent: 'texten på knapparna',
  againstBackground: 'sidans bakgrund',
  preview: 'Förhandsvisning',
  width: 'Bredd',
  phone: 'Mobil (320 px)',
  sidebar: 'Sidokolumn (360 px)',
  full: 'Hel sida',
  previewTitle: 'Förhandsvisning av widgeten',
  code: 'Koden',
  copy: 'Kopiera koden',
  copied: 'Koden är kopierad.',
  copyFailed: 'Kunde inte kopiera. Markera koden och kopiera med Ctrl+C (⌘C på Mac).',
  noIntegrity:
    'Skriptpaketen är inte byggda, så koden saknar integritetsvärden. Kör npm run build:cdn och ladda om sidan.',
  integrityNote:
    'integrity låter webbläsaren vägra en fil som ändrats på CDN:en; modulepreload-raden kontrollerar den delade körtidsfilen som widgeten importerar. Byt inte versionsnumret utan att kopiera ny kod.',
  contactRefused: 'Länken kommer inte med i koden. Widgeten skulle visa:',
};

export type UiStrings = typeof sv;

const nb: UiStrings = {
  title: 'Bygg din widget',
  intro:
    'Velg en widget og innstillingene, se den slik den blir på siden din, og kopier koden. Lim inn koden der siden skal vise widgeten, for eksempel i en HTML-blokk.',
  pageLanguage: 'Sidens språk',
  widget: 'Widget',
  element: 'Element',
  language: 'Widgetens språk',
  options: 'Innstillinger',
  optionsNote: 'Beskrivelsene kommer fra elementenes dokumentasjon, som er på engelsk.',
  notSet: '(ikke angitt)',
  defaultIs: (value: string) => `(standard: ${value})`,
  theme: 'Utseende',
  accent: 'Aksentfarge',
  background: 'Sidens bakgrunn (bare i forhåndsvisningen)',
  radius: 'Hjørneradius',
  spacing: 'Avstand',
  maxWidth: 'Største bredde',
  contrastOk: (ratio: string) => `Aksentfargen oppfyller WCAG AA: kontrast minst ${ratio}:1.`,
  contrastFails: (ratio: string, against: string) =>
    `Advarsel: aksentfargen har bare kontrasten ${ratio}:1 mot ${against}. WCAG AA krever 4,5:1 for tekst.`,
  againstOnAccent: 'teksten på knappene',
  againstBackground: 'sidens bakgrunn',
  preview: 'Forhåndsvisning',
  width: 'Bredde',
  phone: 'Mobil (320 px)',
  sidebar: 'Sidekolonne (360 px)',
  full: 'Hel side',
  previewTitle: 'Forhåndsvisning av widgeten',
  code: 'Koden',
  copy: 'Kopier koden',
  copied: 'Koden er kopiert.',
  copyFailed: 'Kunne ikke kopiere. Merk koden og kopier med Ctrl+C (⌘C på Mac).',
  noIntegrity:
    'Skriptpakkene er ikke bygget, så koden mangler integritetsverdier. Kjør npm run build:cdn og last inn siden på nytt.',
  integrityNote:
    'integrity lar nettleseren avvise en fil som er endret på CDN-en; modulepreload-linjen kontrollerer den delte kjøretidsfilen som widgeten importerer. Ikke bytt versjonsnummer uten å kopiere ny kode.',
  contactRefused: 'Lenken kommer ikke med i koden. Widgeten ville vist:',
};

const en: UiStrings = {
  title: 'Build your widget',
  intro:
    'Choose a widget and its options, see it as it will look on your page, and copy the code. Paste the code where your page should show the widget, for example into an HTML block.',
  pageLanguage: 'Page language',
  widget: 'Widget',
  element: 'Element',
  language: "The widget's language",
  options: 'Options',
  optionsNote: "The descriptions come from the elements' documentation, which is in English.",
  notSet: '(not set)',
  defaultIs: (value: string) => `(default: ${value})`,
  theme: 'Look',
  accent: 'Accent colour',
  background: 'Page background (preview only)',
  radius: 'Corner radius',
  spacing: 'Spacing',
  maxWidth: 'Largest width',
  contrastOk: (ratio: string) => `The accent colour meets WCAG AA: contrast at least ${ratio}:1.`,
  contrastFails: (ratio: string, against: string) =>
    `Warning: the accent colour has a contrast of only ${ratio}:1 against ${against}. WCAG AA asks 4.5:1 for text.`,
  againstOnAccent: 'the text on its buttons',
  againstBackground: 'the page background',
  preview: 'Preview',
  width: 'Width',
  phone: 'Phone (320 px)',
  sidebar: 'Sidebar (360 px)',
  full: 'Full page',
  previewTitle: 'Preview of the widget',
  code: 'The code',
  copy: 'Copy the code',
  copied: 'The code is copied.',
  copyFailed: 'Could not copy. Select the code and copy it with Ctrl+C (⌘C on a Mac).',
  noIntegrity: 'The script bundles are not built, so the code has no integrity values. Run npm run build:cdn and reload.',
  integrityNote:
    'integrity lets the browser refuse a file that was changed on the CDN; the modulepreload line checks the shared runtime the widget imports. Do not change the version without copying new code.',
  contactRefused: 'The link is left out of the code. The widget would show:',
};

export const STRINGS: Readonly<Record<UiLanguage, UiStrings>> = { sv, nb, en };

/** A ratio as each language writes a decimal (4,5 in sv and nb). */
export function formatRatio(ratio: number, language: UiLanguage): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(Math.floor(ratio * 100) / 100);
}
