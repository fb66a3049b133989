// Two pages: an esbuild bundle of one element entry (index.html), and a plain
// page that loads the package's script-tag bundle, copied as a site would copy it
// (plain.html).
// README: esbuild
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  format: 'esm',
  splitting: true, // the kit loads a page's language lazily: keep that chunk apart
  minify: true,
  outdir: 'dist/assets',
});
// END README
import { cpSync } from 'node:fs';

cpSync('public', 'dist', { recursive: true });
// README: plain-copy
cpSync('node_modules/care-widgets/dist/cdn', 'dist/assets/care-widgets', { recursive: true });
// END README
