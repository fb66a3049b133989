/**
 * Lets the kit be imported where there is no DOM but Lit's *browser* build is
 * resolved: Node or a bundler with the `browser` export condition (some edge
 * runtimes, some test setups). That build reads `document` and extends
 * `HTMLElement` as it loads, and would throw. Imported before Lit (first in
 * every entry's graph, via internal/define.ts and localization.ts), this puts
 * two inert stand-ins on `globalThis` only where `document` is missing;
 * `removeDomStandIns()` takes them away again once the element classes exist,
 * so no other code on the server ever sees a fake `document`.
 *
 * Lit's Node build brings its own DOM shim (@lit-labs/ssr-dom-shim, which sets
 * `globalThis.litServerRoot` as it loads): there the `HTMLElement` stand-in
 * answers `undefined`, and Lit uses its shim as it always does. The `document`
 * stand-in is what Lit's Node build uses without a DOM anyway.
 * No library does this: Lit documents only its Node build for servers.
 */
declare const __CARE_SCRIPT_TAG__: boolean | undefined;

/** Script-tag bundles (browser-only) are built with __CARE_SCRIPT_TAG__ true: no stand-ins there. */
export const scriptTag = typeof __CARE_SCRIPT_TAG__ !== 'undefined' && __CARE_SCRIPT_TAG__;
const installed: PropertyKey[] = [];

function standIn(name: string, get: () => unknown): void {
  if (name in globalThis) return;
  Object.defineProperty(globalThis, name, { configurable: true, get });
  installed.push(name);
}

if (!scriptTag && typeof document === 'undefined') {
  const StandInElement = class HTMLElement {};
  const standInDocument = { createTreeWalker: () => ({}) };
  standIn('HTMLElement', () => ('litServerRoot' in globalThis ? undefined : StandInElement));
  standIn('document', () => standInDocument);
}

/** Removes the stand-ins (once the kit's classes have been defined). */
export function removeDomStandIns(): void {
  if (scriptTag) return;
  for (const name of installed.splice(0)) delete (globalThis as Record<PropertyKey, unknown>)[name];
}
