/**
 * The snippet a site owner pastes: the preloaded runtime and the element's
 * one-language bundle with their integrity values, the element with the chosen
 * attributes, and a `<style>` block only for theme values that differ from the
 * element's defaults. Pure: the builder and the tests call it alike.
 */
import { longHex } from './contrast.js';
import { bundlePath, cdnBase, importsOf } from './cdn.js';
import type { IntegrityFiles } from './cdn.js';
import type { ElementSpec } from './manifest.js';

/** An attribute's chosen value: text, a flag, or the ids of a token list. Unset attributes are absent. */
export type AttributeValue = string | boolean | readonly string[];

export interface Choices {
  readonly language: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  /** Theme custom properties the user changed, by name. */
  readonly theme: Readonly<Record<string, string>>;
}

/** `value` safe inside a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The element's start and end tags with its attributes, as the snippet and the preview write it. */
export function elementHtml(element: ElementSpec, choices: Choices): string {
  const attributes: string[] = [];
  for (const spec of element.attributes) {
    const value = choices.attributes[spec.name];
    if (value === undefined || value === false) continue;
    if (value === true) attributes.push(spec.name);
    else attributes.push(`${spec.name}="${escapeAttribute(typeof value === 'string' ? value : value.join(' '))}"`);
  }
  return `<${element.tag}${attributes.map((attribute) => ` ${attribute}`).join('')}></${element.tag}>`;
}

/** A theme value as written in CSS, for comparing with the default: colours as #rrggbb, lowercase. */
function normalized(value: string): string {
  return (longHex(value) ?? value).trim().toLowerCase();
}

/** The theme values that differ from the element's defaults, in the manifest's order. */
export function changedTheme(element: ElementSpec, choices: Choices): [name: string, value: string][] {
  return element.theme
    .filter((property) => {
      const value = choices.theme[property.name];
      return value !== undefined && value.trim() !== '' && (property.defaultValue === null || normalized(value) !== normalized(property.defaultValue));
    })
    .map((property) => [property.name, choices.theme[property.name].trim()]);
}

/** The `<style>` block for the changed theme values, or '' when there are none. */
export function styleBlock(element: ElementSpec, choices: Choices): string {
  const changed = changedTheme(element, choices);
  if (changed.length === 0) return '';
  return `<style>\n  ${element.tag} {\n${changed.map(([name, value]) => `    ${name}: ${value};\n`).join('')}  }\n</style>`;
}

/** `integrity="…" crossorigin="anonymous"` for `path`, or '' when the list does not have it (an unbuilt tree). */
function integrityOf(path: string, files: IntegrityFiles | null): string {
  const integrity = files?.[path]?.integrity;
  return integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
}

export interface SnippetSource {
  readonly version: string;
  /** dist/cdn-integrity.json's files, or null when the bundles were not built. */
  readonly files: IntegrityFiles | null;
}

/** The whole snippet. */
export function snippet(element: ElementSpec, choices: Choices, source: SnippetSource): string {
  const base = cdnBase(source.version);
  const bundle = bundlePath(choices.language, element.module);
  const lines = [
    ...importsOf(bundle, source.files ?? {}).map((path) => `<link rel="modulepreload" href="${base}${path}"${integrityOf(path, source.files)} />`),
    `<script type="module" src="${base}${bundle}"${integrityOf(bundle, source.files)}></script>`,
    elementHtml(element, choices),
  ];
  const style = styleBlock(element, choices);
  return [...lines, ...(style ? [style] : [])].join('\n');
}
