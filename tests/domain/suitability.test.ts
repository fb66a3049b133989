import { expect } from '@open-wc/testing';
import {
  CONDITION_GROUPS,
  CONDITION_IDS,
  CONDITION_CONTENT,
  GROUP_LEGENDS,
  LOCALES,
  SOURCES,
  VERDICTS,
  VERDICT_CONTENT,
  assessSuitability,
} from '../../src/domain/index.js';
import type { ConditionId, Verdict } from '../../src/domain/index.js';

const EXPECTED: Record<ConditionId, Verdict> = {
  'trigeminal-neuralgia': 'avoid',
  'paraesophageal-hernia': 'avoid',
  'achalasia-cardiae': 'avoid',
  tinnitus: 'caution',
  whiplash: 'caution',
  'peripheral-facial-palsy': 'caution',
  'stroke-within-7-days': 'wait',
  'multiple-sclerosis': 'effect-not-established',
  parkinsons: 'effect-not-established',
  als: 'effect-not-established',
  dementia: 'effect-not-established',
  'unable-to-cooperate': 'individual-assessment',
  'impaired-sensory-reception': 'individual-assessment',
  'high-muscle-tone': 'individual-assessment',
};

describe('assessSuitability', () => {
  it('has exactly the condition ids of the issue', () => {
    expect([...CONDITION_IDS].sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const [id, verdict] of Object.entries(EXPECTED)) {
    it(`gives ${verdict} for ${id} alone, with it as the reason`, () => {
      const result = assessSuitability([id]);
      expect(result.verdict).to.equal(verdict);
      expect(result.reasons).to.deep.equal([id]);
    });
  }

  it('is suitable on the standard plan with no conditions', () => {
    expect(assessSuitability([])).to.deep.include({ verdict: 'suitable', plan: 'standard', reasons: [] });
  });

  it('maps verdicts to plans: caution → caution, suitable → standard, others → none', () => {
    expect(assessSuitability(['whiplash']).plan).to.equal('caution');
    expect(assessSuitability(['parkinsons']).plan).to.equal('standard');
    expect(assessSuitability(['achalasia-cardiae']).plan).to.equal(null);
    expect(assessSuitability(['stroke-within-7-days']).plan).to.equal(null);
    expect(assessSuitability(['high-muscle-tone']).plan).to.equal(null);
  });

  it('takes the most restrictive verdict and keeps every condition among the reasons', () => {
    const all = assessSuitability(['dementia', 'tinnitus', 'high-muscle-tone', 'stroke-within-7-days', 'trigeminal-neuralgia']);
    expect(all.verdict).to.equal('avoid');
    expect(all.reasons).to.deep.equal(['trigeminal-neuralgia', 'tinnitus', 'stroke-within-7-days', 'dementia', 'high-muscle-tone']);
    expect(assessSuitability(['tinnitus', 'stroke-within-7-days']).verdict).to.equal('wait');
    expect(assessSuitability(['whiplash', 'unable-to-cooperate']).verdict).to.equal('individual-assessment');
    expect(assessSuitability(['als', 'whiplash']).verdict).to.equal('caution');
    expect(assessSuitability(['stroke-within-7-days', 'unable-to-cooperate']).verdict).to.equal('wait');
  });

  it('orders verdicts most restrictive first', () => {
    expect(VERDICTS).to.deep.equal(['avoid', 'wait', 'individual-assessment', 'caution', 'effect-not-established', 'suitable']);
  });

  it('ignores duplicates', () => {
    expect(assessSuitability(['tinnitus', 'tinnitus']).reasons).to.deep.equal(['tinnitus']);
  });

  it('accepts any iterable', () => {
    expect(assessSuitability(new Set(['als'])).reasons).to.deep.equal(['als']);
  });

  it('throws a RangeError listing the valid ids for an unknown id', () => {
    expect(() => assessSuitability(['tinnitus', 'flu'])).to.throw(RangeError, /"flu".*trigeminal-neuralgia.*high-muscle-tone/);
  });
});

describe('suitability content', () => {
  it('names every condition in every locale, with distinct translations where the words differ', () => {
    for (const id of CONDITION_IDS) {
      const { label, term } = CONDITION_CONTENT[id];
      for (const locale of LOCALES) {
        expect(label[locale].trim(), `${id} ${locale}`).not.to.equal('');
        if (term) expect(term[locale].trim(), `${id} term ${locale}`).not.to.equal('');
      }
    }
    expect(CONDITION_CONTENT.whiplash.label.sv).not.to.equal(CONDITION_CONTENT.whiplash.label.nb);
  });

  it('uses the glossary’s terms', () => {
    expect(CONDITION_CONTENT['trigeminal-neuralgia'].term?.nb).to.equal('trigeminusnevralgi');
    expect(CONDITION_CONTENT['paraesophageal-hernia'].term?.sv).to.equal('paraesofagealt bråck');
    expect(CONDITION_CONTENT['peripheral-facial-palsy'].term?.sv).to.contain('Bells pares');
    expect(CONDITION_CONTENT['stroke-within-7-days'].term?.nb).to.equal('hjerneslag');
  });

  it('has a legend for every group and a heading and statements for every verdict in every locale', () => {
    for (const group of Object.keys(CONDITION_GROUPS) as (keyof typeof CONDITION_GROUPS)[]) {
      for (const locale of LOCALES) expect(GROUP_LEGENDS[group][locale]).not.to.equal('');
    }
    for (const verdict of VERDICTS) {
      const content = VERDICT_CONTENT[verdict];
      expect(content.statements.length, verdict).to.be.greaterThan(0);
      for (const locale of LOCALES) expect(content.heading[locale]).not.to.equal('');
      for (const statement of content.statements) {
        expect(SOURCES[statement.source].kind).to.equal('manufacturer');
        for (const locale of LOCALES) expect(statement.text[locale]).not.to.equal('');
      }
    }
  });

  it('keeps the seed’s advice to contact support before ordering in the avoid verdict', () => {
    const sv = VERDICT_CONTENT.avoid.statements.map((s) => s.text.sv).join(' ');
    expect(sv).to.contain('kontakta kundtjänst för rådgivning innan du beställer en IQoro');
  });

  it('states the caution ramp-up: 3 s, then one second a week, at most 10 s', () => {
    const en = VERDICT_CONTENT.caution.statements.map((s) => s.text.en).join(' ');
    expect(en).to.contain('3 seconds for the first two to three weeks');
    expect(en).to.contain('one second a week');
    expect(en).to.contain('at most 10 seconds');
  });
});
