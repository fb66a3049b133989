import { existsSync, readdirSync } from 'node:fs';
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

// `vite` serves the demo; `vite build` builds the npm library (lit external);
// `vite build --mode demo` builds the demo pages into dist/demo.
export default defineConfig(({ command, mode }) => {
  if (command === 'serve' || mode === 'demo') {
    return {
      server: { open: '/demo/index.html' },
      preview: { open: '/demo/index.html' },
      plugins: [inlineDemoCss()],
      build: { outDir: 'dist/demo', rollupOptions: { input: demoPages() } },
    };
  }
  return {
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
          ...elementEntries(),
        },
        formats: ['es'],
      },
      rollupOptions: {
        external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^react(-dom)?(\/|$)/],
        // The DOM stand-ins must run before Lit loads (see src/internal/dom-stand-ins.ts):
        // in a chunk of their own, they are imported ahead of 'lit', not hoisted below it.
        output: { codeSplitting: { groups: [{ name: 'dom-stand-ins', test: /src\/internal\/dom-stand-ins/ }] } },
      },
    },
  };
});
