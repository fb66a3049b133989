import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Every element's entry point: src/elements/<name>/define.ts → dist/<name>.js. */
export function elementEntries(): Record<string, string> {
  const dir = resolve(root, 'src/elements');
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .map((entry) => [entry.name, resolve(dir, entry.name, 'define.ts')])
      .filter(([, define]) => existsSync(define)),
  );
}

function demoPages(): Record<string, string> {
  const dir = resolve(root, 'demo');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file.replace(/\.html$/, ''), resolve(dir, file)]),
  );
}

/**
 * The demo pages' shared stylesheet is small (about 2 KB): inline it, so the
 * first paint does not wait for a second request. The file stays out of dist.
 */
function inlineDemoCss(): Plugin {
  const inlined = new Set<string>();
  return {
    name: 'care-inline-demo-css',
    apply: 'build',
    // After Vite's HTML plugin, whose post hooks inline the stylesheet.
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (link, fileName: string) => {
          const asset = bundle?.[fileName];
          if (asset?.type !== 'asset') return link;
          inlined.add(fileName);
          return `<style>${String(asset.source)}</style>`;
        });
      },
    },
    generateBundle(_, bundle) {
      for (const fileName of inlined) delete bundle[fileName];
    },
  };
}

/**
 * The library build shares dist/ with the types and the script-tag bundles, so
 * Vite cannot empty it; chunks of an earlier build (other hashes) would stay and
 * ship in the tarball. Remove the top-level .js and .map files before building.
 */
function cleanLibraryChunks(): Plugin {
  return {
    name: 'care-clean-library-chunks',
    apply: 'build',
    buildStart() {
      const dist = resolve(root, 'dist');
      if (!existsSync(dist)) return;
      for (const file of readdirSync(dist)) {
        if (/\.js(\.map)?$/.test(file)) rmSync(resolve(dist, file));
      }
    },
  };
}

/**
 * The embed builder's integrity values (demo/embed/): dist/cdn-integrity.json,
 * written by `npm run build:cdn`, as the module `virtual:care-cdn-integrity`;
 * `null` when the bundles are not built (the builder then says so).
 */
function cdnIntegrity(): Plugin {
  const id = 'virtual:care-cdn-integrity';
  const file = resolve(root, 'dist/cdn-integrity.json');
  return {
    name: 'care-cdn-integrity',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(loaded) {
      if (loaded !== `\0${id}`) return null;
      this.addWatchFile(file);
      const files = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { files: unknown }).files : null;
      return `export default ${JSON.stringify(files)};`;
    },
  };
}

/** `npm start` prints the server's root address: send it to the demo's index. */
function rootToDemo(): Plugin {
  const redirect = (req: { url?: string }, res: { statusCode: number; setHeader(n: string, v: string): void; end(): void }, next: () => void) => {
    if (req.url !== '/' && req.url !== '/index.html') return next();
    res.statusCode = 302;
    res.setHeader('Location', '/demo/index.html');
    res.end();
  };
  return {
    name: 'care-root-to-demo',
    configureServer: (server) => void server.middlewares.use(redirect),
    configurePreviewServer: (server) => void server.middlewares.use(redirect),
  };
}

// `vite` serves the demo; `vite build` builds the npm library (lit external);
// `vite build --mode demo` builds the demo pages into dist/demo.
export default defineConfig(({ command, mode }) => {
  if (command === 'serve' || mode === 'demo') {
    return {
      server: { open: '/demo/index.html' },
      preview: { open: '/demo/index.html' },
      plugins: [inlineDemoCss(), rootToDemo(), cdnIntegrity()],
      // Scan only the demo for dependencies, not the host apps in tests/hosts.
      optimizeDeps: { entries: ['demo/*.html'] },
      build: { outDir: 'dist/demo', rollupOptions: { input: demoPages() } },
    };
  }
  return {
    plugins: [cleanLibraryChunks()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      lib: {
        entry: {
          index: resolve(root, 'src/index.ts'),
          domain: resolve(root, 'src/domain/index.ts'),
          react: resolve(root, 'src/react/index.ts'),
          ssr: resolve(root, 'src/ssr/index.ts'),
          'jsx-react': resolve(root, 'src/jsx/react.ts'),
          'jsx-vue': resolve(root, 'src/jsx/vue.ts'),
          ...elementEntries(),
        },
        formats: ['es'],
      },
      rollupOptions: {
        // Kept: rolldown leaves 'use client' at the top of the react entry.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.id?.endsWith('src/react/index.ts')) return;
          warn(warning);
        },
        external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^react(-dom)?(\/|$)/],
        // An entry imported by another entry (index and react import the element
        // entries) stays its own chunk instead of moving into a hashed shared one.
        // So each tag's registration runs in dist/<name>.js, which package.json's
        // `sideEffects` lists; hashed chunks hold only side-effect-free code
        // (tests/node/package-entries.test.mjs checks every build).
        preserveEntrySignatures: 'allow-extension',
        // The DOM stand-ins must run before Lit loads (see src/internal/dom-stand-ins.ts):
        // in a chunk of their own, they are imported ahead of 'lit', not hoisted below it.
        output: { codeSplitting: { groups: [{ name: 'dom-stand-ins', test: /src\/internal\/dom-stand-ins/ }] } },
      },
    },
  };
});
