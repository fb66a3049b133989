/**
 * The timer's parts that are not on its first paint are loaded with import()
 * when needed (src/elements/stretch-timer/lazy-module.ts): the whole-course
 * view (issue 16.2) and "Your log" (issue 16.4–5) when the patient opens them,
 * the hand-off offer (issue 16.8) only on a page whose address holds a
 * hand-off link. In every script-tag bundle each is a chunk beside the bundle,
 * requested only then, so the first paint is the bundle alone (standalone/) or
 * the bundle and its runtime (<lang>/). The chunk of a one-language bundle
 * carries that language's texts and shows them.
 */
import { expect } from '@open-wc/testing';

interface Report {
  before: string[];
  after: string[];
  shown: string | null;
  warnings: string[];
  errors: string[];
}

function loadPage(bundle: string, part: 'course' | 'data' | 'handoff' = 'course'): Promise<Report> {
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
    url.searchParams.set('part', part);
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
    expect(report.warnings).to.deep.equal([]);
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
    expect(report.warnings).to.deep.equal([]);
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
    expect(report.warnings).to.deep.equal([]);
    expect(chunkOf(report.before)).to.deep.equal([]);
    expect(chunkOf(report.after)).to.have.length(1);
    expect(report.shown).to.contain('Days in a row with all three sessions: 0');
  });
});

describe("the timer's 'Your log' and hand-off offer from the script-tag bundles", function () {
  this.timeout(30_000);
  const STANDALONE = '/dist/cdn/sv/standalone/stretch-timer.js';
  const chunk = (name: string) => new RegExp(`^/dist/cdn/sv/standalone/stretch-timer-${name}-[\\w-]+\\.js$`);

  it("the Swedish self-contained timer loads 'Your log' as a chunk only when opened, in Swedish", async () => {
    const report = await loadPage(STANDALONE, 'data');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    expect(report.before, 'first paint: one request').to.deep.equal([STANDALONE]);
    const opened = report.after.filter((path) => path !== STANDALONE);
    expect(opened, 'opened: one chunk, nothing else').to.have.length(1);
    expect(opened[0]).to.match(chunk('data-section'));
    expect(report.shown).to.contain('Exportera till min terapeut (CSV)');
    expect(report.shown).to.contain('Säkerhetskopiera min träningslogg');
  });

  it('the Swedish self-contained timer loads the hand-off offer as a chunk only with a link in the address, in Swedish', async () => {
    const report = await loadPage(STANDALONE, 'handoff');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    const loaded = report.before.filter((path) => path !== STANDALONE);
    expect(loaded, 'with the link: the bundle and the offer').to.have.length(1);
    expect(loaded[0]).to.match(chunk('handoff-offer'));
    expect(report.shown).to.contain('En träningsplan från din klinik eller ditt apotek');
    expect(report.shown).to.contain('Använd den här planen');
    // Without a link (the course and "Your log" pages above), the first paint is the bundle alone.
    const plain = await loadPage(STANDALONE, 'data');
    expect(plain.before).to.deep.equal([STANDALONE]);
  });

  it("the language-following timer loads 'Your log' as a chunk only when opened", async () => {
    const report = await loadPage('/dist/cdn/stretch-timer.js', 'data');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    const isData = (path: string) => /data-section-[\w-]+\.js$/.test(path);
    expect(report.before.filter(isData)).to.deep.equal([]);
    expect(report.after.filter(isData)).to.have.length(1);
    expect(report.shown).to.contain('Export for my therapist (CSV)');
  });
});
