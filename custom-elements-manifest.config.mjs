// Custom Elements Manifest: attributes, properties, events, slots, parts and CSS
// properties of every element, read from the classes' JSDoc.
//
// The analyzer describes source files (src/**/*.ts), which the package does not
// ship. The plugin below rewrites the manifest to the shipped files: one module
// per element entry (dist/<name>.js, the file `care-widgets/<name>` resolves to),
// holding the element's class, a `js` export of it and the
// `custom-element-definition` of its tag (our entries register through a helper,
// which the analyzer cannot follow); every other module reference points at the
// shipped declaration file (dist/types/…/*.d.ts). No plugin of the analyzer's
// ecosystem maps sources to a bundle's entries, hence this one.
import { posix } from 'node:path';
import { attributeValues } from './scripts/cem-attribute-values.mjs';

const ELEMENT_DEFINE = /^src\/elements\/([^/]+)\/define\.ts$/;

/** A source reference as the file the package ships. */
function shipped(reference, fromPath) {
  const source = reference.startsWith('.')
    ? posix.join(posix.dirname(fromPath), reference)
    : reference.replace(/^\//, '');
  const entry = /^src\/elements\/([^/]+)\/(?:\1|define)\.[jt]s$/.exec(source);
  if (entry) return `dist/${entry[1]}.js`;
  return source.replace(/^src\//, 'dist/types/').replace(/\.[jt]s$/, '.d.ts');
}

function rewriteReferences(node, fromPath) {
  if (Array.isArray(node)) return node.forEach((item) => rewriteReferences(item, fromPath));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'module' && typeof value === 'string') node[key] = shipped(value, fromPath);
    else rewriteReferences(value, fromPath);
  }
}

export function shippedModules() {
  return {
    name: 'care-shipped-modules',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const modules = [];
      for (const define of manifest.modules) {
        const name = ELEMENT_DEFINE.exec(define.path)?.[1];
        if (!name) continue;
        const classModule = manifest.modules.find((m) => m.path === `src/elements/${name}/${name}.ts`);
        const elements = (classModule?.declarations ?? []).filter((d) => d.customElement);
        const path = `dist/${name}.js`;
        for (const element of elements) rewriteReferences(element, classModule.path);
        modules.push({
          kind: 'javascript-module',
          path,
          declarations: elements,
          exports: elements.flatMap((element) => [
            { kind: 'js', name: element.name, declaration: { name: element.name, module: path } },
            {
              kind: 'custom-element-definition',
              name: element.tagName,
              declaration: { name: element.name, module: path },
            },
          ]),
        });
      }
      // Sorted: the analyzer reads files in no fixed order, and the manifest is committed.
      manifest.modules = modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

export default {
  globs: ['src/elements/*/*.ts'],
  exclude: ['src/elements/*/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [shippedModules(), attributeValues()],
};
