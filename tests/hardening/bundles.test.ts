import { expect } from '@open-wc/testing';

interface Report {
  warnings: string[];
  errors: string[];
  text: string;
}

function loadPage(): Promise<Report> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('the bundles page did not report')), 20_000);
    addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.data?.type !== 'care-bundles-page') return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(event.data as Report);
    });
    frame.src = new URL('./bundles-page.html', import.meta.url).href;
    document.body.append(frame);
  });
}

describe('the built script-tag bundles (dist/cdn)', function () {
  this.timeout(30_000);
  let report: Report;
  before(async () => {
    report = await loadPage();
  });

  it('load twice (an element bundle, then the whole kit) without an error', () => {
    expect(report.errors).to.deep.equal([]);
  });

  it('warn once, naming the element defined twice', () => {
    const twice = report.warnings.filter((warning) => warning.includes('already defined'));
    expect(twice).to.have.length(1);
    expect(twice[0]).to.contain('care-suitability-check');
  });

  it('show the page’s language, with the moved-out Swedish texts loaded lazily', () => {
    expect(report.text).to.contain('Stämmer något av detta in på dig?');
    expect(report.text).to.contain('Attacker av kortvarig, intensiv smärta i ansiktet');
    expect(report.text).to.contain('Töj 3 sekunder de första två till tre veckorna');
    expect(report.text).not.to.contain('Attacks of brief, intense pain');
  });
});
