/**
 * Host-proof contrast: the kit shows its text in the host's own colour on the host's
 * own background, so a host whose colours just pass AA keeps passing inside the
 * elements. No opacity on text, no tint behind it: axe's color-contrast rule, run
 * inside every shadow root, on every element in every state a patient sees.
 */
import { expect } from '@open-wc/testing';
import { contrastResults, describeViolations } from '../helpers/axe-contrast.js';
import { SCENES, hostBox } from './scenes.js';

const PALETTES = [
  // The darkest grey that passes AA on white: 4.54:1.
  { name: '#767676 text on white', style: 'color: #767676; background: #ffffff; padding: 1em' },
  // The dimmest grey that passes AA on a dark page (#121416): 4.55:1.
  { name: '#7e7e7e text on a dark page', style: 'color: #7e7e7e; background: #121416; padding: 1em' },
];

describe('the kit on hosts whose colours just pass AA', () => {
  for (const palette of PALETTES) {
    describe(palette.name, () => {
      for (const scene of SCENES) {
        it(`${scene.name}: all text passes color-contrast`, async () => {
          const host = await hostBox(palette.style);
          const el = await scene.render(host);
          const results = await contrastResults(host);
          expect(describeViolations(results), 'color-contrast failures').to.deep.equal([]);
          // The rule really looked inside the shadow root (its targets are shadow paths).
          const checked = results.passes.flatMap((rule) => rule.nodes).filter((node) => Array.isArray(node.target[0]));
          expect(checked.length, `text checked inside <${el.localName}>`).to.be.greaterThan(0);
        });
      }
    });
  }
});
