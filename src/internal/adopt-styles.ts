/**
 * Styles for an element that moved to another document. Lit adopts its
 * constructed stylesheets once, when the shadow root is made; a constructed
 * sheet belongs to the document it was made in, and a shadow root that moves
 * to another one (an iframe, and back) loses them, for good. Called from
 * `adoptedCallback`: the element's own sheets where they belong, the same
 * rules as sheets made by the new document's window elsewhere, and `<style>`
 * elements only where there is no window to make sheets with.
 */
import type { CSSResultOrNative } from 'lit';

/** Sheets made for other documents, per document and style. */
const madeFor = new WeakMap<Document, Map<CSSResultOrNative, CSSStyleSheet>>();
const FALLBACK = 'data-care-styles';

function cssText(style: CSSResultOrNative): string {
  return style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText;
}

function nativeSheet(style: CSSResultOrNative): CSSStyleSheet | undefined {
  return style instanceof CSSStyleSheet ? style : style.styleSheet;
}

/** The same rules as a sheet made by `document`'s window, or undefined when it has none. */
function sheetIn(document: Document, style: CSSResultOrNative): CSSStyleSheet | undefined {
  const view = document.defaultView as (Window & typeof globalThis) | null;
  if (!view?.CSSStyleSheet) return undefined;
  let sheets = madeFor.get(document);
  if (!sheets) madeFor.set(document, (sheets = new Map()));
  let sheet = sheets.get(style);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(cssText(style));
    sheets.set(style, sheet);
  }
  return sheet;
}

/** Gives `root` (now in its new document) `styles` again. */
export function readoptStyles(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  for (const old of [...root.children].filter((child) => child.localName === 'style' && child.hasAttribute(FALLBACK))) old.remove();
  const own = styles.map(nativeSheet);
  try {
    // The element's own sheets, where they were made (back home).
    if (own.every(Boolean)) {
      root.adoptedStyleSheets = own as CSSStyleSheet[];
      return;
    }
  } catch {
    // NotAllowedError: the sheets belong to another document.
  }
  const made = styles.map((style) => sheetIn(root.ownerDocument, style));
  if (made.every(Boolean)) {
    root.adoptedStyleSheets = made as CSSStyleSheet[];
    return;
  }
  root.adoptedStyleSheets = [];
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  root.prepend(
    ...styles.map((style) => {
      const element = root.ownerDocument.createElement('style');
      element.setAttribute(FALLBACK, '');
      if (nonce !== undefined) element.setAttribute('nonce', nonce);
      element.textContent = cssText(style);
      return element;
    }),
  );
}
