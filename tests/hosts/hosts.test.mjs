// Host apps as tests (`npm run test:hosts`): the project is built and packed as
// npm would publish it; each app in tests/hosts/<name>/ installs that tarball,
// builds for production, is served on 127.0.0.1 and checked in headless
// Chromium (lib/check.mjs). Apps run one after another: the machine has 2 cores.
// HOSTS=vue,react npm run test:hosts runs only the named apps.
import { after, before, test } from 'node:test';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './lib/serve.mjs';
import { checkPage, launch } from './lib/check.mjs';
import { run, start } from './lib/exec.mjs';
import { installHost, packProject } from './lib/package.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const ALL = [
  'care-suitability-check',
  'care-stretch-timer',
  'care-side-effect-guide',
  'care-evidence-card',
  'care-evidence-list',
  'care-treatment-compare',
  'care-iqoro-uses',
  'care-plan-handoff',
];
const CHECK = 'care-suitability-check';
const USES = 'care-iqoro-uses';
const HANDOFF = 'care-plan-handoff';
const ENV = { NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Serves a static build folder. */
const staticSite = (folder) => async (dir) => serveStatic(`${dir}/${folder}`);

const HOSTS = [
  {
    name: 'vite-ts',
    about: "Vite + TypeScript: import 'care-widgets' (index.html) and one element entry (single.html)",
    serve: staticSite('dist'),
    pages: [
      { path: '/', tags: ALL, form: true },
      { path: '/single.html', tags: [CHECK], form: true },
    ],
  },
  {
    name: 'esbuild',
    about: 'esbuild bundle of two element entries (index.html); the script-tag bundle on a plain page (plain.html)',
    serve: staticSite('dist'),
    pages: [
      { path: '/', tags: [CHECK, HANDOFF], form: true },
      { path: '/plain.html', tags: [CHECK, 'care-evidence-card', USES], form: true },
    ],
  },
  {
    name: 'vue',
    about: 'Vite + Vue 3: attribute, property and event bindings, isCustomElement',
    serve: staticSite('dist'),
    pages: [{ path: '/', tags: ALL, form: true }],
  },
  {
    name: 'react',
    about: 'Vite + React 19: care-widgets/react wrappers in StrictMode',
    serve: staticSite('dist'),
    pages: [{ path: '/', tags: ALL, form: true }],
  },
  {
    name: 'astro',
    about: 'Astro static site: a page script importing element entries',
    serve: staticSite('dist'),
    pages: [{ path: '/', tags: [CHECK, 'care-evidence-card', 'care-evidence-list', USES, HANDOFF], form: true }],
  },
  {
    name: 'next',
    about: 'Next.js app router: wrappers in a Server Component page (/), raw tags in a client page (/raw)',
    async serve(dir) {
      const port = await freePort();
      const server = await start(`${dir}/node_modules/.bin/next`, ['start', '-H', '127.0.0.1', '-p', String(port)], {
        cwd: dir,
        env: ENV,
        ready: /Ready in|started server on/i,
      });
      return { url: `http://127.0.0.1:${port}`, close: server.close };
    },
    pages: [
      { path: '/', tags: [CHECK, 'care-evidence-card', 'care-evidence-list', 'care-treatment-compare', USES], form: true },
      { path: '/raw', tags: ALL, form: true },
    ],
  },
];

const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
let packed;
let browser;

before(async () => {
  const since = performance.now();
  packed = await packProject(root, `${here}.cache`);
  console.log(`# built and packed care-widgets in ${seconds(since)}`);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  console.log(`# test:hosts took ${seconds(started)}`);
});

const only = process.env.HOSTS?.split(',');
for (const host of HOSTS.filter((h) => !only || only.includes(h.name))) {
  test(`${host.name}: ${host.about}`, async (t) => {
    const dir = `${here}${host.name}`;
    let since = performance.now();
    const installed = await installHost(dir, packed);
    t.diagnostic(`install: ${installed} (${seconds(since)})`);
    since = performance.now();
    await run('npm', ['run', 'build', '--silent'], { cwd: dir, env: ENV });
    t.diagnostic(`production build: ${seconds(since)}`);
    const server = await host.serve(dir);
    try {
      for (const page of host.pages) {
        const handoff = page.tags.includes(HANDOFF) ? ', the hand-off link event reaches the host' : '';
        await t.test(`${page.path}: ${page.tags.length} element(s) defined, rendered in Swedish with who says it${page.form ? ', event and form value reach the host' : ''}${handoff}, no console warning`, () =>
          checkPage(browser, `${server.url}${page.path}`, page),
        );
      }
    } finally {
      await server.close();
    }
  });
}
