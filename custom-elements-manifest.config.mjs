// Custom Elements Manifest: attributes, properties, events, slots, parts and CSS
// properties of every element, read from the classes' JSDoc.
export default {
  globs: ['src/elements/*/*.ts'],
  exclude: ['src/elements/*/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it.
  packagejson: false,
};
