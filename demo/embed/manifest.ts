/**
 * The builder's view of custom-elements.json: each element's tag, module and
 * attributes, and the theme properties it declares. Nothing here names an
 * element or an attribute: a new one in the manifest appears in the builder.
 */

/** The parts of the Custom Elements Manifest the builder reads. */
export interface Manifest {
  readonly modules: readonly {
    readonly path: string;
    readonly declarations?: readonly {
      readonly tagName?: string;
      readonly customElement?: boolean;
      readonly summary?: string;
      readonly attributes?: readonly {
        readonly name: string;
        readonly description?: string;
        readonly default?: string;
        readonly type?: { readonly text: string };
        /** The valid values (scripts/cem-attribute-values.mjs): "'a' | 'b'", or "('a' | 'b')[]" for a token list. */
        readonly parsedType?: { readonly text: string };
      }[];
      readonly cssProperties?: readonly { readonly name: string; readonly description?: string }[];
    }[];
  }[];
}

export type AttributeKind = 'enum' | 'tokens' | 'boolean' | 'number' | 'text';

export interface AttributeSpec {
  readonly name: string;
  readonly kind: AttributeKind;
  /** The valid values of an enum or token list. */
  readonly values: readonly string[];
  /** The manifest's description (English). */
  readonly description: string;
  /** The default, when the manifest gives a literal one. */
  readonly defaultValue: string | null;
}

export interface ThemeSpec {
  readonly name: string;
  /** The default named in the description ("Default #0a6b8f."), or null. */
  readonly defaultValue: string | null;
  readonly description: string;
}

export interface ElementSpec {
  readonly tag: string;
  /** The module the package exports it from: `dist/<name>.js`. */
  readonly module: string;
  readonly summary: string;
  readonly attributes: readonly AttributeSpec[];
  readonly theme: readonly ThemeSpec[];
}

/** The literal values in a TypeScript union's text: `'a' | 'b'` → a, b; `2 | 3` → 2, 3. */
function literals(text: string): string[] {
  return [...text.matchAll(/'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?)/g)].map((match) => match[1] ?? match[2] ?? match[3]);
}

function kindOf(type: string, parsed: string | undefined): AttributeKind {
  if (parsed) return /\)\[\]$/.test(parsed.trim()) ? 'tokens' : 'enum';
  if (/\bboolean\b/.test(type)) return 'boolean';
  if (/\bnumber\b/.test(type) && !/\bstring\b/.test(type)) return 'number';
  return 'text';
}

/** A literal default as the attribute would read ('ims' → ims, 21 → 21, false → null); null for a name or nothing. */
function literalDefault(text: string | undefined): string | null {
  if (text === undefined) return null;
  const match = /^(?:'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?))$/.exec(text.trim());
  return match ? (match[1] ?? match[2] ?? match[3]) : null;
}

/** The value after "Default" in a CSS property's description: a colour or a length. */
function themeDefault(description: string): string | null {
  return /Default:? (#[0-9a-f]{3,6}|-?\d+(?:\.\d+)?(?:em|rem|px|%)?)\b/i.exec(description)?.[1] ?? null;
}

export function elementsOf(manifest: Manifest): ElementSpec[] {
  const elements: ElementSpec[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      elements.push({
        tag: declaration.tagName,
        module: module.path,
        summary: declaration.summary ?? '',
        attributes: (declaration.attributes ?? []).map((attribute) => {
          const kind = kindOf(attribute.type?.text ?? 'string', attribute.parsedType?.text);
          return {
            name: attribute.name,
            kind,
            values: attribute.parsedType ? literals(attribute.parsedType.text) : [],
            description: attribute.description ?? '',
            defaultValue: literalDefault(attribute.default),
          };
        }),
        theme: (declaration.cssProperties ?? []).map((property) => ({
          name: property.name,
          description: property.description ?? '',
          defaultValue: themeDefault(property.description ?? ''),
        })),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}
