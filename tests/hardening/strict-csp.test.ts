import { expect } from '@open-wc/testing';

interface Report {
  violations: string[];
  errors: string[];
  requests: string[];
  stored: Record<string, string[]>;
  cookies: string;
  flows: number;
}

function loadStrictPage(): Promise<Report> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('the strict page did not report')), 20_000);
    addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.data?.type !== 'care-strict-page') return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(event.data as Report);
    });
    frame.src = new URL('./strict-page.html', import.meta.url).href;
    document.body.append(frame);
  });
}

describe('under a strict Content-Security-Policy with Trusted Types', function () {
  this.timeout(30_000);
  let report: Report;
  before(async () => {
    const response = await fetch(new URL('./strict-page.html', import.meta.url));
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    report = await loadStrictPage();
  });

  it('runs every element’s main flow without an error', () => {
    expect(report.flows).to.be.greaterThan(0);
    expect(report.errors).to.deep.equal([]);
  });

  it('causes no securitypolicyviolation', () => {
    expect(report.violations).to.deep.equal([]);
  });

  it('makes no network request', () => {
    expect(report.requests).to.deep.equal([]);
  });

  it('stores nothing but the timer’s own namespaced log, and sets no cookie', () => {
    expect(report.cookies).to.equal('');
    for (const [tag, keys] of Object.entries(report.stored)) {
      if (tag === 'care-stretch-timer') {
        expect(keys.length, tag).to.be.greaterThan(0);
        for (const key of keys) expect(key).to.match(/^care-widgets:stretch-timer:v\d+:hardening$/);
      } else {
        expect(keys, `${tag} stores nothing`).to.deep.equal([]);
      }
    }
  });
});
