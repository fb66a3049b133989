import { removeDomStandIns, scriptTag } from './dom-stand-ins.js';

/**
 * Registers `tag` once. A second copy of the kit on the same page (two script
 * tags, or one element bundle and the full bundle) defines nothing and warns once.
 */
const warned = new Set<string>();

export function defineElement(tag: string, element: CustomElementConstructor): void {
  removeDomStandIns();
  // A server without Lit's DOM shim has no registry; a script-tag bundle always runs in a browser.
  if (!scriptTag && typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`care-widgets: <${tag}> is already defined, probably by a second copy of the kit on this page; the first one is kept.`);
  }
}
