/**
 * The timer's whole-course view (issue 16.2) is loaded with import() when the
 * patient opens it: in every script-tag bundle it is a chunk beside the
 * bundle, requested only then, so the first paint is the bundle alone
 * (standalone/) or the bundle and its runtime (<lang>/). The chunk of a
 * one-language bundle carries that language's texts and shows them.
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

  it('the Swedish one-language timer (sv/) loads it as a chunk only when opened, in Swedish', async () => {
    const report = await loadPage('/dist/cdn/sv/stretch-timer.js');
    expect(report.errors).to.deep.equal([]);
    const files = ['/dist/cdn/sv/care-runtime.js', '/dist/cdn/sv/stretch-timer.js'];
    expect([...report.before].sort(), 'first paint: the bundle and the runtime').to.deep.equal(files);
    const opened = chunkOf(report.after);
    expect(opened, 'opened: its chunk, beside the bundle').to.have.length(1);
    expect(opened[0]).to.match(/^\/dist\/cdn\/sv\/stretch-timer-course-history-view-[\w-]+\.js$/);
    expect([...report.after].sort(), 'opened: nothing else').to.deep.equal([...files, opened[0]].sort());
    expect(report.shown).to.contain('Dagar i följd med alla tre träningspassen: 0');
    expect(report.shown).to.contain('Vecka 1');
  });

  it('the Swedish self-contained timer (sv/standalone/) paints in one request and loads the course only when opened, in Swedish', async () => {
    const report = await loadPage('/dist/cdn/sv/standalone/stretch-timer.js');
    expect(report.errors).to.deep.equal([]);
    expect(report.before, 'first paint: one request').to.deep.equal(['/dist/cdn/sv/standalone/stretch-timer.js']);
    const opened = chunkOf(report.after);
    expect(opened).to.have.length(1);
    expect(opened[0]).to.match(/^\/dist\/cdn\/sv\/standalone\/stretch-timer-course-history-view-[\w-]+\.js$/);
    expect([...report.after].sort()).to.deep.equal([opened[0], '/dist/cdn/sv/standalone/stretch-timer.js']);
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
