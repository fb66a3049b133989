// Runs every browser test in one real, headless engine: CARE_ENGINE=chromium (default),
// firefox or webkit (see scripts/engines.mjs; `npm run test:browser` runs all three in turn).
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { countReporter, skipReasonPlugin } from './scripts/count-reporter.mjs';
import { engineFromEnv, engineLauncher } from './scripts/engines.mjs';
import { engineCommands } from './scripts/engine-commands.mjs';
import { timingReporter } from './scripts/timing-reporter.mjs';
import { reactForTests } from './scripts/react-for-tests.mjs';
import { recipesMiddleware } from './tests/recipes/serve-recipes.mjs';

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
// The Trusted Types allowlist the README's Security section gives hosts: every
// copy of Lit (one per element bundle) creates a policy named lit-html.
const TRUSTED_TYPES_CSP = `${STRICT_CSP}; trusted-types lit-html 'allow-duplicates'`;

/** Where tests load dist/cdn/ untransformed (see the middleware). */
const CDN_AS_PUBLISHED = '/cdn-as-published/';
const CDN_DIR = resolve('dist/cdn');

const engine = engineFromEnv();

export default {
  // tests/hosts holds host apps with their own node_modules (npm run test:hosts). The domain
  // tests run in one page, tests/domain.test.ts, which imports them all.
  files: ['tests/**/*.test.ts', '!tests/hosts/**', '!tests/domain/**'],
  nodeResolve: true,
  reporters: [defaultReporter(), countReporter(engine), timingReporter(engine)],
  // Lit's one-line notice that it runs in development mode (as tests should) is noise.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  // One page at a time: a background tab gets no animation frames and throttled timers.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  middleware: [
    // The embedding recipes (docs/embedding.md) served as their host sites would, with the built bundles.
    recipesMiddleware(),
    // A server-rendered page (care-widgets/ssr from dist, built by `npm run build:test`).
    async (context, next) => {
      if (context.path !== '/tests/ssr/page.html') return next();
      const { renderPage } = await import('./tests/ssr/render-page.mjs');
      context.type = 'html';
      context.body = await renderPage({ locale: context.query.locale === 'nb' ? 'nb' : 'sv' });
    },
    // The script-tag bundles' lazily loaded chunks arrive late, as on a slow network
    // (tests/hardening/bundles-language.test.ts checks nothing is painted before them).
    async (context, next) => {
      if (context.path.startsWith('/dist/cdn/chunks/')) await new Promise((resolve) => setTimeout(resolve, 300));
      await next();
    },
    // The embed builder's pasted snippet (tests/embed/builder.test.ts) loads the
    // script-tag bundles as a CDN serves them: byte for byte, since the browser checks
    // their integrity values, and not through the esbuild transform below.
    async (context, next) => {
      if (!context.path.startsWith(CDN_AS_PUBLISHED)) return next();
      const file = resolve(CDN_DIR, decodeURIComponent(context.path.slice(CDN_AS_PUBLISHED.length)));
      if (relative(CDN_DIR, file).startsWith('..') || !file.endsWith('.js')) return next();
      context.type = 'js';
      context.body = await readFile(file).catch(() => undefined);
    },
    // The hardening page is served as a strict host would serve it.
    async (context, next) => {
      await next();
      if (context.path.endsWith('/tests/hardening/strict-page.html')) {
        context.set('Content-Security-Policy', STRICT_CSP);
      }
      if (context.path.endsWith('/tests/hardening/trusted-types-page.html')) {
        context.set('Content-Security-Policy', TRUSTED_TYPES_CSP);
      }
    },
  ],
  plugins: [
    reactForTests(),
    skipReasonPlugin(),
    engineCommands(engine),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  browsers: [engineLauncher(engine)],
  testFramework: { config: { timeout: 5000 } },
};
