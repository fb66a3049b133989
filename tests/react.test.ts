import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { SuitabilityCheck } from '../src/react/index.js';
import type { SuitabilityChangeDetail } from '../src/elements/suitability-check/define.js';

describe('React wrappers', () => {
  it('renders <care-suitability-check>, passes props and delivers typed events', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const changes: SuitabilityChangeDetail[] = [];
    flushSync(() =>
      root.render(
        createElement(SuitabilityCheck, {
          name: 'check',
          supportHref: 'tel:+4722334455',
          onSuitabilityChange: (event) => changes.push(event.detail),
        }),
      ),
    );
    const el = container.querySelector('care-suitability-check')!;
    await el.updateComplete;
    expect(el.name).to.equal('check');
    expect(el.supportHref).to.equal('tel:+4722334455');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="whiplash"]')!.click();
    expect(changes).to.deep.equal([{ verdict: 'caution', plan: 'caution' }]);
    root.unmount();
    container.remove();
  });
});
