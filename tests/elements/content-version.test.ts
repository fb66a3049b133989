import { expect, fixture } from '@open-wc/testing';
import { CONTENT_VERSION } from '../../src/index.js';

/** Every element the kit documents, from the Custom Elements Manifest: a new element is checked without editing this test. */
async function documentedTags(): Promise<string[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: { tagName?: string }[] }[];
  };
  return manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
}

describe('content version', () => {
  it('is a version a pharmacy can pin', () => {
    expect(CONTENT_VERSION).to.match(/^\d{4}-\d{2}-\d{2}(\.\d+)?$/);
  });

  it('is shown by every element as data-content-version on its host, so a page can tell what its patients read', async () => {
    const tags = await documentedTags();
    expect(tags.length).to.be.greaterThan(5);
    for (const tag of tags) {
      expect(customElements.get(tag), `${tag} is defined by the kit`).to.exist;
      const host = await fixture<HTMLDivElement>(`<div><${tag}></${tag}></div>`);
      const el = host.firstElementChild!;
      expect(el.getAttribute('data-content-version'), tag).to.equal(CONTENT_VERSION);
    }
  });

  it('puts the attribute back if a host page removes it', async () => {
    const el = (await fixture('<care-evidence-card treatment="corset"></care-evidence-card>')) as HTMLElement;
    el.remove();
    el.removeAttribute('data-content-version');
    document.body.append(el);
    expect(el.getAttribute('data-content-version')).to.equal(CONTENT_VERSION);
    el.remove();
  });
});
