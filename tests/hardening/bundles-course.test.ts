/**
 * The timer's whole-course view (issue 16.2) is loaded with import() when the
 * patient opens it: in the language-following script-tag bundle it is a chunk
 * beside the bundle, requested only then; a one-language bundle, which loads
 * nothing lazily, carries it inline. Either way it shows the bundle's language.
 */
import { expect } from '@open-wc/testing';

interface Report {
  before: string[];
  after: string[];
  shown: string | null;
  errors: string[];
}

function loadPage(bundle: string): Promise<Report> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('the course page did not report')), 20_000);
    addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.data?.type !== 'care-course-page') return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(event.data as Report);
    });
    const url = new URL('./bundles-course-page.html', import.meta.url);
    url.searchParams.set('bundle', bundle);
    frame.src = url.href;
    document.body.append(frame);
  });
}

const chunkOf = (paths: readonly string[]) => paths.filter((path) => /course-history-view-[\w-]+\.js$/.test(path));

describe('the whole-course view from the script-tag bundles', function () {
  this.timeout(30_000);

  it('the Swedish one-language timer carries it inline (a one-language bundle loads nothing lazily), in Swedish', async () => {
    const report = await loadPage('/dist/cdn/sv/stretch-timer.js');
    expect(report.errors).to.deep.equal([]);
    const files = ['/dist/cdn/sv/care-runtime.js', '/dist/cdn/sv/stretch-timer.js'];
    expect([...report.before].sort(), 'first paint: the bundle and the runtime').to.deep.equal(files);
    expect([...report.after].sort(), 'opened: nothing more').to.deep.equal(files);
    expect(report.shown).to.contain('Dagar i följd med alla tre träningspassen: 0');
    expect(report.shown).to.contain('Vecka 1');
  });

  it('the language-following timer loads it as a chunk only when opened', async () => {
    const report = await loadPage('/dist/cdn/stretch-timer.js');
    expect(report.errors).to.deep.equal([]);
    expect(chunkOf(report.before)).to.deep.equal([]);
    expect(chunkOf(report.after)).to.have.length(1);
    expect(report.shown).to.contain('Days in a row with all three sessions: 0');
  });
});
