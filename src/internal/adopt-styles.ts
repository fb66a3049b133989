/**
 * Styles for an element that moved to another document. Lit adopts its
 * constructed stylesheets once, when the shadow root is made; a constructed
 * sheet belongs to the document it was made in, and a shadow root that moves
 * to another one (an iframe, and back) loses them, for good. Called from
 * `adoptedCallback`: the element's own sheets where they belong, elsewhere the
 * same rules in sheets made by the new document's window. A document without a
 * window (`document.implementation.createHTMLDocument()`) renders nothing, so
 * it gets none; the element is restyled when it moves on. Where a browser cannot
 * adopt sheets at all, Lit renders `<style>` elements, which move with the root.
 */
import type { CSSResultOrNative } from 'lit';

/** Gives `root` (now in its new document) `styles` again. */
export function readoptStyles(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  if (!('adoptedStyleSheets' in root)) return;
  try {
    // Back home: the element's own sheets.
    root.adoptedStyleSheets = styles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
  } catch {
    // NotAllowedError: they belong to another document; make the same rules there.
    const view = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    root.adoptedStyleSheets = view
      ? styles.map((style) => {
          const sheet = new view.CSSStyleSheet();
          sheet.replaceSync(style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText);
          return sheet;
        })
      : [];
  }
}
