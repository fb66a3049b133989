/**
 * Issue 15.1 and 15.2: the one-language script-tag bundles (dist/cdn/<lang>/)
 * show their language whatever the page's, refuse another one asked by an
 * element's `lang` with a notice and a warning, and two element bundles on one
 * page share one runtime: one Lit, so one Trusted Types policy named lit-html.
 * Two self-contained bundles (dist/cdn/<lang>/standalone/, one request each)
 * on one page work side by side, each with its own Lit.
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
