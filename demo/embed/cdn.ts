/**
 * Where the script-tag bundles are published, in one place: the snippet's URLs
 * and the test's mapping of them to the local build both come from here. Paths
 * are those under the package's dist/cdn/ (see scripts/build-cdn.mjs and the
 * README's "Script-tag bundles"); dist/cdn-integrity.json lists them with their
 * integrity values (scripts/cdn-integrity.mjs).
 */

/** The package on jsDelivr's npm mirror, at an exact version (a moving tag would break the integrity value). */
export function cdnBase(version: string): string {
  return `https://cdn.jsdelivr.net/npm/care-widgets@${version}/dist/cdn/`;
}

/** The one-language bundle of an element: `sv/suitability-check.js`. `module` is the manifest's module path, `dist/<name>.js`. */
export function bundlePath(language: string, module: string): string {
  const name = /([^/]+)\.js$/.exec(module)?.[1] ?? module;
  return `${language}/${name}.js`;
}

/** The files the integrity list says `path` imports, depth first, each once (the runtime, for a one-language bundle). */
export function importsOf(path: string, files: IntegrityFiles): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    for (const imported of files[file]?.imports ?? []) {
      if (seen.has(imported)) continue;
      seen.add(imported);
      visit(imported);
    }
  };
  visit(path);
  return [...seen];
}

/** dist/cdn-integrity.json's `files`: per path under dist/cdn, its sha384 value and its static imports. */
export type IntegrityFiles = Readonly<Record<string, { readonly integrity: string; readonly imports: readonly string[] }>>;
