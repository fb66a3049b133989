import { expect } from '@open-wc/testing';

interface Report {
  violations: string[];
  errors: string[];
  requests: string[];
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
});
