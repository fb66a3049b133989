import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { StretchTimer, SuitabilityCheck } from '../src/react/index.js';
import type { SuitabilityChangeDetail } from '../src/elements/suitability-check/define.js';
import type { DataChangeDetail } from '../src/elements/stretch-timer/define.js';

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

  it('delivers <care-stretch-timer>’s care-data-change as onDataChange, and exposes the data API on its ref', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const changes: DataChangeDetail[] = [];
    const storageKey = `react-${Date.now()}`;
    flushSync(() => root.render(createElement(StretchTimer, { storageKey, onDataChange: (event) => changes.push(event.detail) })));
    const el = container.querySelector('care-stretch-timer')!;
    await el.updateComplete;
    const backup = el.exportData();
    expect(await el.importData({ ...backup, log: { ...backup.log, startDate: '2025-01-01' } })).to.equal(true);
    expect(el.clearData()).to.equal(true);
    expect(changes).to.deep.equal([
      { storageKey, origin: 'here', hasData: true },
      { storageKey, origin: 'here', hasData: false },
    ]);
    root.unmount();
    container.remove();
  });
});
