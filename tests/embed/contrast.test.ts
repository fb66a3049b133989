/** The builder's contrast check (demo/embed/contrast.ts) against WCAG's own reference values. */
import { expect } from '@open-wc/testing';
import { AA_TEXT, contrastRatio, longHex, parseHex, passes, relativeLuminance } from '../../demo/embed/contrast.js';

describe('the embed builder contrast check', () => {
  it('gives black on white 21:1 and a colour on itself 1:1', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).to.equal(21);
    expect(contrastRatio([10, 107, 143], [10, 107, 143])).to.equal(1);
    expect(relativeLuminance([255, 255, 255])).to.equal(1);
  });

  it('puts the AA line where WCAG does: #767676 on white passes (4.54:1), #777777 fails (4.48:1)', () => {
    expect(contrastRatio(parseHex('#767676')!, parseHex('#fff')!)).to.be.closeTo(4.54, 0.005);
    expect(contrastRatio(parseHex('#777777')!, parseHex('#ffffff')!)).to.be.closeTo(4.48, 0.005);
    expect(passes('#767676', '#ffffff')).to.equal(true);
    expect(passes('#777777', '#ffffff')).to.equal(false);
    expect(AA_TEXT).to.equal(4.5);
  });

  it("passes the kit's default accent with white text (#0a6b8f) and fails yellow", () => {
    expect(passes('#0a6b8f', '#ffffff')).to.equal(true);
    expect(passes('#ffff00', '#ffffff')).to.equal(false);
  });

  it('reads #rgb and #rrggbb only, and never passes what it cannot read', () => {
    expect(parseHex('#0A6B8F')).to.deep.equal([10, 107, 143]);
    expect(longHex('#fff')).to.equal('#ffffff');
    expect(parseHex('red')).to.equal(null);
    expect(parseHex('#12345')).to.equal(null);
    expect(passes('red', '#ffffff')).to.equal(false);
  });
});
