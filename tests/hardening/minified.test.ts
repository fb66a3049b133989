/**
 * The built script-tag bundles render what the sources render: their html``,
 * svg`` and css`` templates are minified (@lit-labs/rollup-plugin-minify-html-literals)
 * and their code by terser (scripts/build-cdn.mjs), which must change nothing a
 * reader or the layout sees. Each element, on an English page of the same size,
 * from the sources and from each kind of bundle: the same shadow tree (tags,
 * attributes, text with whitespace runs as one space), the same boxes and styles,
 * the same rendered text.
 */
import { expect } from '@open-wc/testing';

interface Snapshot {
  tree: string[];
  text: string;
}
interface Report {
  from: string;
  errors: string[];
  first: Record<string, Snapshot>;
  ticked: Snapshot;
}

function loadPage(from: string): Promise<Report> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 700px; border: 0';
    const timer = setTimeout(() => reject(new Error(`the ${from} page did not report`)), 30_000);
    addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.data?.type !== 'care-minified-page' || event.data.from !== from) return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(event.data as Report);
    });
    frame.src = new URL(`./minified-page.html?from=${from}`, import.meta.url).href;
    document.body.append(frame);
  });
}

describe('the minified script-tag bundles render as the sources do', function () {
  this.timeout(90_000);
  let source: Report;
  before(async () => {
    source = await loadPage('source');
  });

  it('the sources render every element (what the bundles are compared with)', () => {
    expect(source.errors).to.deep.equal([]);
    expect(Object.keys(source.first)).to.have.length(7);
    for (const [tag, { tree, text }] of Object.entries(source.first)) {
      expect(tree.length, tag).to.be.greaterThan(5);
      expect(text.trim(), tag).not.to.equal('');
    }
    expect(source.ticked.text).to.contain('whiplash');
  });

  for (const from of ['shared', 'standalone', 'following']) {
    it(`the ${from} bundle renders the same trees, boxes, styles and text`, async () => {
      const built = await loadPage(from);
      expect(built.errors).to.deep.equal([]);
      for (const tag of Object.keys(source.first)) {
        expect(built.first[tag]?.tree.join('\n'), `${tag}: shadow tree`).to.equal(source.first[tag].tree.join('\n'));
        expect(built.first[tag]?.text, `${tag}: rendered text`).to.equal(source.first[tag].text);
      }
      expect(built.ticked.tree.join('\n'), 'checker after a tick: shadow tree').to.equal(source.ticked.tree.join('\n'));
      expect(built.ticked.text, 'checker after a tick: rendered text').to.equal(source.ticked.text);
    });
  }
});
