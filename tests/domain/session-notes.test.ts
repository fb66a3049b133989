import { expect } from '@open-wc/testing';
import { NOTE_KINDS, NOTE_SITUATIONS, normalizeNotes, situationOf, toggleNote, unionNotes } from '../../src/domain/session-notes.js';
import { SIDE_EFFECT_IDS } from '../../src/domain/side-effects.js';

describe('session notes ("how did it feel?")', () => {
  it('maps every side effect the guide explains to one note, and "nothing" to none', () => {
    expect(NOTE_KINDS).to.deep.equal(['soreness', 'reflux', 'blood-taste', 'tinnitus', 'nothing']);
    const situations = NOTE_KINDS.map(situationOf).filter((id) => id !== null);
    expect([...situations].sort()).to.deep.equal([...SIDE_EFFECT_IDS].sort());
    expect(situationOf('nothing')).to.equal(null);
    expect(NOTE_SITUATIONS.reflux).to.equal('worse-reflux-symptoms');
  });

  it('keeps known kinds once, in a fixed order, and drops the rest', () => {
    expect(normalizeNotes(['tinnitus', 'soreness', 'itch', 3, null, 'soreness'])).to.deep.equal(['soreness', 'tinnitus']);
    expect(normalizeNotes('soreness')).to.deep.equal([]);
    expect(normalizeNotes(undefined)).to.deep.equal([]);
  });

  it('makes "nothing" and the side effects exclude each other as the patient ticks', () => {
    expect(toggleNote(['soreness'], 'reflux', true)).to.deep.equal(['soreness', 'reflux']);
    expect(toggleNote(['soreness', 'reflux'], 'nothing', true)).to.deep.equal(['nothing']);
    expect(toggleNote(['nothing'], 'blood-taste', true)).to.deep.equal(['blood-taste']);
    expect(toggleNote(['soreness', 'reflux'], 'soreness', false)).to.deep.equal(['reflux']);
  });

  it('unites two copies of a day\'s notes without losing one', () => {
    expect(unionNotes(['tinnitus'], ['soreness', 'tinnitus'])).to.deep.equal(['soreness', 'tinnitus']);
    expect(unionNotes(undefined, ['nothing'])).to.deep.equal(['nothing']);
  });
});
