// The three browser engines the browser suites run on, each from the machine's own
// packages (Debian's chromium, firefox-esr, webkit2gtk-driver + xvfb); no test tool
// downloads a browser. CARE_ENGINE picks one: chromium (default), firefox, webkit.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Headless Chromium's flags, here and for the host apps' check (tests/hosts/lib/check.mjs). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export function engineFromEnv() {
  const engine = process.env.CARE_ENGINE ?? 'chromium';
  if (!ENGINES.includes(engine)) {
    throw new Error(`CARE_ENGINE=${engine}: expected one of ${ENGINES.join(', ')}`);
  }
  return engine;
}

export function engineLauncher(engine) {
  if (engine === 'firefox') {
    // puppeteer-core drives Firefox over WebDriver BiDi.
    return puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    });
  }
  if (engine === 'webkit') return new WebKitLauncher();
  return chromeLauncher({
    launchOptions: {
      ...(process.env.CHROME_PATH ? { executablePath: process.env.CHROME_PATH } : {}),
      args: CHROMIUM_ARGS,
    },
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * WebKitGTK's MiniBrowser driven by WebKitWebDriver, which this launcher starts under
 * xvfb-run (MiniBrowser has no headless mode) and stops with the run.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver; do not ask it for BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    });
    this.driverProcess = undefined;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async startSession(id, url) {
    this.driverStarted ??= this.startDriver();
    await this.driverStarted;
    return super.startSession(id, url);
  }

  async startDriver() {
    const port = await freePort();
    this.options.port = port;
    // Its own process group, so stop() ends xvfb-run, Xvfb and the driver together.
    this.driverProcess = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`], {
      detached: true,
      stdio: 'ignore',
    });
    // Should the runner die without stop(), the driver and its X server go with it.
    process.once('exit', () => this.killDriver());
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/status`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not start on port ${port}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async stop() {
    await super.stop();
    this.killDriver();
  }

  killDriver() {
    if (!this.driverProcess?.pid) return;
    try {
      process.kill(-this.driverProcess.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    this.driverProcess = undefined;
  }
}
