import { expect } from '@open-wc/testing';
import {
  GENERAL_SIDE_EFFECT_NOTE,
  SIDE_EFFECT_IDS,
  adverseVersusSideEffect,
  getSideEffect,
  listSideEffects,
} from '../../src/domain/side-effects.js';
import { LOCALES, SOURCES } from '../../src/domain/index.js';
import type { Statement } from '../../src/domain/index.js';

function expectComplete(statement: Statement, what: string): void {
  expect(SOURCES[statement.source], `${what}: source`).to.exist;
  expect(SOURCES[statement.source].kind).to.equal('manufacturer');
  for (const locale of LOCALES) expect(statement.text[locale].trim(), `${what} ${locale}`).not.to.equal('');
  expect(statement.text.sv, `${what}: sv differs from en`).not.to.equal(statement.text.en);
  expect(statement.text.nb, `${what}: nb differs from sv`).not.to.equal(statement.text.sv);
}

describe('side effects', () => {
  it('has exactly the four situations, in the seed’s order', () => {
    expect(SIDE_EFFECT_IDS).to.deep.equal(['training-soreness', 'worse-reflux-symptoms', 'blood-taste', 'tinnitus-change']);
    expect(listSideEffects().map((s) => s.id)).to.deep.equal([...SIDE_EFFECT_IDS]);
  });

  for (const id of SIDE_EFFECT_IDS) {
    it(`${id}: every text exists in every locale, with its source`, () => {
      const effect = getSideEffect(id);
      for (const locale of LOCALES) {
        expect(effect.situation[locale].trim()).not.to.equal('');
        expect(effect.name[locale].trim()).not.to.equal('');
      }
      expect(effect.whatItIs.length).to.be.greaterThan(0);
      expect(effect.whyItHappens.length).to.be.greaterThan(0);
      expect(effect.whatToDo.length).to.be.greaterThan(0);
      for (const [part, list] of Object.entries({ whatItIs: effect.whatItIs, whyItHappens: effect.whyItHappens, whatToDo: effect.whatToDo, whenToContact: effect.whenToContact })) {
        list.forEach((statement, index) => expectComplete(statement, `${id}.${part}[${index}]`));
      }
      if (effect.harmlessStatement) expectComplete(effect.harmlessStatement, `${id}.harmlessStatement`);
    });
  }

  it('calls each harmless only with the seed’s own sentence', () => {
    for (const effect of listSideEffects()) {
      expect(effect.harmless, effect.id).to.equal(effect.harmlessStatement !== null);
    }
    expect(getSideEffect('blood-taste').harmless, 'blood: harmless for one cause only').to.equal(false);
    expect(getSideEffect('blood-taste').whyItHappens.map((s) => s.text.sv).join(' ')).to.contain('blodet är ofarligt');
    expect(getSideEffect('training-soreness').harmlessStatement!.text.sv).to.contain('ofarligt och går över av sig själv');
  });

  it('suggests the gentle start (3 × 5 s) for training soreness and the caution plan for tinnitus, nothing else', () => {
    expect(listSideEffects().filter((s) => s.suggestsPlan).map((s) => [s.id, s.suggestsPlan])).to.deep.equal([
      ['training-soreness', 'gentle-start'],
      ['tinnitus-change', 'caution'],
    ]);
    expect(getSideEffect('training-soreness').whatToDo.map((s) => s.text.en).join(' ')).to.contain('3 × 5 seconds');
  });

  it('keeps the advice on acid-reducing medicine: keep taking it, taper only with the prescribing doctor', () => {
    const sv = getSideEffect('worse-reflux-symptoms').whatToDo.map((s) => s.text.sv).join(' ');
    expect(sv).to.contain('syradämpande läkemedel');
    expect(sv).to.contain('förskrivande läkare');
    const why = getSideEffect('worse-reflux-symptoms').whyItHappens.map((s) => s.text.en).join(' ');
    expect(why).to.contain('pressure change');
    expect(why).to.contain('rebound effect');
  });

  it('names the three reasons for a taste of blood and the mirror and torch', () => {
    const effect = getSideEffect('blood-taste');
    expect(effect.whyItHappens.filter((s) => !s.text.en.startsWith('For this cause')), 'three causes').to.have.length(3);
    expect(effect.whatToDo[0].text.en).to.contain('mirror');
    expect(effect.whenToContact.length).to.be.greaterThan(0);
  });

  it('explains tinnitus changes by the nerve to the middle ear, and asks to call', () => {
    const effect = getSideEffect('tinnitus-change');
    expect(effect.whyItHappens[0].text.nb).to.contain('mellomøret');
    expect(effect.whenToContact[0].text.en).to.contain('call');
  });

  it('throws a RangeError listing the valid ids for an unknown id', () => {
    expect(() => getSideEffect('nausea')).to.throw(RangeError, /"nausea".*training-soreness, worse-reflux-symptoms, blood-taste, tinnitus-change/);
  });

  it('explains adverse effect (none known) against side effect', () => {
    for (const locale of LOCALES) expect(adverseVersusSideEffect.title[locale]).not.to.equal('');
    expect(adverseVersusSideEffect.title.sv).to.contain('Biverkning');
    expect(adverseVersusSideEffect.adverseEffect.map((s) => s.text.en).join(' ')).to.contain('no known adverse effects');
    expect(adverseVersusSideEffect.sideEffect[0].text.nb).to.contain('bieffekt');
    [...adverseVersusSideEffect.adverseEffect, ...adverseVersusSideEffect.sideEffect, GENERAL_SIDE_EFFECT_NOTE].forEach((s, i) =>
      expectComplete(s, `explainer[${i}]`),
    );
  });

  it('places the legal duty where the seed does: reporting a serious incident onward, under the rules for medical devices', () => {
    const adverse = (locale: 'en' | 'sv' | 'nb') => adverseVersusSideEffect.adverseEffect.map((s) => s.text[locale]).join(' ');
    expect(adverse('sv')).to.contain('skyldigt att rapportera den enligt lagkraven för medicintekniska produkter');
    expect(adverse('en')).to.contain('obliged to report it under the legal requirements for medical devices');
    expect(adverse('nb')).to.contain('pliktig til å rapportere det etter lovkravene for medisinsk utstyr');
  });
});
