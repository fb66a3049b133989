/**
 * Issue 15.1 and 15.2: the one-language script-tag bundles (dist/cdn/<lang>/)
 * show their language whatever the page's, refuse another one asked by an
 * element's `lang` with a notice and a warning, and two element bundles on one
 * page share one runtime: one Lit, so one Trusted Types policy named lit-html.
 * Two self-contained bundles (dist/cdn/<lang>/standalone/, one request each)
 * on one page work side by side, each with its own Lit.
 * The whole kit (care-widgets.js) of every kind is the patient kit: every
 * element but the clinician's <care-plan-handoff>; a clinic's page that loads
 * it and plan-handoff.js from one <lang>/ folder gets both with one Lit.
 */
import { expect } from '@open-wc/testing';

interface Report {
  defined: string[];
  before: Record<string, string | null>;
  after: Record<string, string | null>;
  warnings: string[];
  errors: string[];
  requests: string[];
  trustedTypes: boolean;
}

function loadPage(page = './bundles-one-language-page.html'): Promise<Report> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('the one-language page did not report')), 20_000);
    addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.data?.type !== 'care-one-language-page') return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(event.data as Report);
    });
    frame.src = new URL(page, import.meta.url).href;
    document.body.append(frame);
  });
}

describe('the one-language bundles (dist/cdn/sv/), checker and timer on an English page', function () {
  this.timeout(30_000);
  let report: Report;
  before(async () => {
    report = await loadPage();
  });

  it('define both elements without an error', () => {
    expect(report.errors).to.deep.equal([]);
    expect(report.defined).to.deep.equal(['care-suitability-check', 'care-stretch-timer']);
  });

  it('download the shared runtime once, and nothing but the two bundles and it', () => {
    expect([...report.requests].sort()).to.deep.equal(['/dist/cdn/sv/care-runtime.js', '/dist/cdn/sv/stretch-timer.js', '/dist/cdn/sv/suitability-check.js']);
  });

  it('share one lit-html Trusted Types policy under `trusted-types lit-html`', function () {
    if (!report.trustedTypes) this.skip(); // This engine has no Trusted Types: nothing to enforce.
    expect(report.errors.filter((error) => error.includes('lit-html'))).to.deep.equal([]);
  });

  it('show Swedish on the English page, and still after <html lang> changes', () => {
    expect(report.before.plain).to.contain('Stämmer något av detta in på dig?');
    expect(report.before['care-stretch-timer']).to.contain('Om den här planen');
    expect(report.before.plain).not.to.contain('Do any of these apply to you?');
    expect(report.after).to.deep.equal(report.before);
  });

  it('refuse lang="nb" on an element with a notice in its language and one warning naming the valid value', () => {
    // The language's name comes from Intl.DisplayNames, which WebKit capitalises ("Svenska").
    expect(report.before.norwegian).to.match(/Innehållet finns inte på språket ”nb”\. Det visas på svenska\./i);
    expect(report.before.norwegian).to.contain('Stämmer något av detta in på dig?');
    const about = report.warnings.filter((warning) => warning.includes('lang="nb"'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('Valid value here: sv');
  });
});

describe('two self-contained one-language bundles (dist/cdn/sv/standalone/), checker and timer on an English page', function () {
  this.timeout(30_000);
  let report: Report;
  before(async () => {
    report = await loadPage('./bundles-standalone-page.html?folder=sv/standalone');
  });

  it('define both elements without an error, each from its one file', () => {
    expect(report.errors).to.deep.equal([]);
    expect(report.defined).to.deep.equal(['care-suitability-check', 'care-stretch-timer']);
    expect([...report.requests].sort()).to.deep.equal(['/dist/cdn/sv/standalone/stretch-timer.js', '/dist/cdn/sv/standalone/suitability-check.js']);
  });

  it('show Swedish, refuse lang="nb" with one warning, and keep Swedish after <html lang> changes', () => {
    expect(report.before.plain).to.contain('Stämmer något av detta in på dig?');
    expect(report.before['care-stretch-timer']).to.contain('Om den här planen');
    expect(report.before.norwegian).to.match(/Innehållet finns inte på språket ”nb”\. Det visas på svenska\./i);
    expect(report.warnings.filter((warning) => warning.includes('lang="nb"'))).to.have.length(1);
    expect(report.after).to.deep.equal(report.before);
  });
});

interface KitReport {
  files: string[];
  tags: string[];
  defined: string[];
  checker: string | null;
  handoff: string | null;
  qrCodes: number;
  litCopies: number;
  warnings: string[];
  errors: string[];
  requests: string[];
  trustedTypes: boolean;
}

function loadKitPage(files: string[]): Promise<KitReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error(`the kit page (${files.join(', ')}) did not report`)), 20_000);
    addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.data?.type !== 'care-kit-page' || event.data.files.join() !== files.join()) return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(event.data as KitReport);
    });
    frame.src = new URL(`./bundles-kit-page.html?files=${files.join(',')}`, import.meta.url).href;
    document.body.append(frame);
  });
}

const CLINIC_TAG = 'care-plan-handoff';

for (const kit of ['sv/standalone/care-widgets.js', 'sv/care-widgets.js', 'care-widgets.js']) {
  describe(`the whole kit, dist/cdn/${kit}, on a Swedish page`, function () {
    this.timeout(30_000);
    let report: KitReport;
    before(async () => {
      report = await loadKitPage([kit]);
    });

    it('defines every element of the kit but the clinician’s <care-plan-handoff>, without an error', () => {
      expect(report.errors).to.deep.equal([]);
      expect(report.tags, 'custom-elements.json lists the clinic element').to.include(CLINIC_TAG);
      expect(report.defined).to.have.members(report.tags.filter((tag) => tag !== CLINIC_TAG));
      expect(report.defined).to.have.length(7);
      expect(report.defined).not.to.include(CLINIC_TAG);
    });

    it('shows the checker in Swedish, and downloads nothing of the plan hand-off', () => {
      expect(report.checker).to.contain('Stämmer något av detta in på dig?');
      expect(report.handoff, 'the undefined <care-plan-handoff> stays an empty unknown element').to.equal(null);
      expect(report.requests.filter((path) => path.includes('plan-handoff'))).to.deep.equal([]);
      expect(report.litCopies).to.equal(1);
    });
  });
}

describe('a clinic’s Swedish page with the kit and <care-plan-handoff> from dist/cdn/sv/', function () {
  this.timeout(30_000);
  let report: KitReport;
  before(async () => {
    report = await loadKitPage(['sv/care-widgets.js', 'sv/plan-handoff.js']);
  });

  it('defines all eight elements without an error or a warning', () => {
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    expect(report.defined).to.have.members(report.tags);
    expect(report.defined).to.include(CLINIC_TAG);
  });

  it('downloads one runtime and so one Lit: one lit-html Trusted Types policy under `trusted-types lit-html`', function () {
    expect([...report.requests].sort()).to.deep.equal(['/dist/cdn/sv/care-runtime.js', '/dist/cdn/sv/care-widgets.js', '/dist/cdn/sv/plan-handoff.js']);
    expect(report.litCopies).to.equal(1);
    if (!report.trustedTypes) return; // no Trusted Types in this engine: the count above is the check
    expect(report.errors.filter((error) => error.includes('lit-html'))).to.deep.equal([]);
  });

  it('shows both in Swedish, the hand-off with its QR code', () => {
    expect(report.checker).to.contain('Stämmer något av detta in på dig?');
    expect(report.handoff).to.contain('Länk till patienten');
    expect(report.qrCodes).to.equal(1);
  });
});

describe('the kit and <care-plan-handoff> from two self-contained files (sv/standalone/)', function () {
  this.timeout(30_000);
  it('carry Lit twice, which a `trusted-types lit-html` page without allow-duplicates refuses (the README says so)', async function () {
    const report = await loadKitPage(['sv/standalone/care-widgets.js', 'sv/standalone/plan-handoff.js']);
    if (report.trustedTypes) {
      // The second file's Lit cannot create its policy: it stops there, and its element stays undefined.
      expect(report.errors.join('\n')).to.contain('lit-html');
      expect(report.defined).not.to.include(CLINIC_TAG);
      return;
    }
    expect(report.errors).to.deep.equal([]);
    expect(report.defined).to.have.members(report.tags);
    expect(report.litCopies).to.equal(2);
  });
});
