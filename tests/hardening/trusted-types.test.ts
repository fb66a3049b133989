/**
 * Trusted Types allowlists: each element bundle carries its own Lit, and each
 * Lit creates a policy named `lit-html`. Under `trusted-types lit-html` alone
 * the second bundle on a page throws "Policy with name lit-html already
 * exists" and its element never defines. The README gives hosts the directive
 * that works; this page is served with it and loads two bundles.
 */
import { expect } from '@open-wc/testing';

interface Report {
  violations: string[];
  errors: string[];
  rendered: Record<string, string>;
}

const PAGE = new URL('./trusted-types-page.html', import.meta.url);

function loadPage(): Promise<Report> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('the Trusted Types page did not report')), 20_000);
    addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.data?.type !== 'care-trusted-types-page') return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(event.data as Report);
    });
    frame.src = PAGE.href;
    document.body.append(frame);
  });
}

describe('two element bundles under a Trusted Types allowlist', function () {
  this.timeout(30_000);
  let directive: string;
  let report: Report;
  before(async () => {
    const csp = (await fetch(PAGE)).headers.get('content-security-policy') ?? '';
    directive = csp.split(';').map((part) => part.trim()).find((part) => part.startsWith('trusted-types ')) ?? '';
    report = await loadPage();
  });

  it('is served with the directive the README’s Security section gives hosts', async () => {
    expect(directive).to.contain('lit-html');
    const readme = await (await fetch('/README.md')).text();
    const security = readme.slice(readme.indexOf('## Security'), readme.indexOf('\n## ', readme.indexOf('## Security') + 1));
    expect(security).to.contain(`\`${directive}\``);
  });

  it('defines and renders both elements, without an error or a violation', () => {
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect(Object.keys(report.rendered)).to.have.members(['care-suitability-check', 'care-side-effect-guide']);
    expect(report.rendered['care-suitability-check']).to.contain('Do any of these apply to you?');
    expect(report.rendered['care-side-effect-guide']).to.contain('What do you notice since you started training?');
  });
});
