import { expect } from '@open-wc/testing';
import { LOCALES } from '../../src/domain/locale.js';
import type { LocalizedText } from '../../src/domain/locale.js';
import { COMPARISON_ROWS, compareTreatments } from '../../src/domain/treatment-comparison.js';
import type { ComparisonRowId } from '../../src/domain/treatment-comparison.js';
import { TREATMENT_IDS } from '../../src/domain/treatments.js';

function expectTranslated(value: LocalizedText, what: string): void {
  for (const locale of LOCALES) {
    expect(value[locale], `${what} (${locale})`).to.be.a('string');
    expect(value[locale].trim(), `${what} (${locale})`).to.not.equal('');
  }
  expect(value.sv, `${what}: sv differs from en`).to.not.equal(value.en);
  expect(value.nb, `${what}: nb differs from en`).to.not.equal(value.en);
  expect(value.nb, `${what}: nb differs from sv`).to.not.equal(value.sv);
}

function cell(a: string, b: string, row: ComparisonRowId, side: 'a' | 'b'): LocalizedText {
  return compareTreatments(a, b).rows.find((r) => r.id === row)![side];
}

describe('compareTreatments', () => {
  it('has exactly the rows of the issue', () => {
    expect(COMPARISON_ROWS).to.deep.equal([
      'basis',
      'needle-placement',
      'practitioner-requirements',
      'examination',
      'course-of-treatment',
      'expected-progress',
    ]);
  });

  it('compares IMS with acupuncture, every row in order, attributed to the provider', () => {
    const comparison = compareTreatments('ims', 'acupuncture');
    expect(comparison.a).to.equal('ims');
    expect(comparison.b).to.equal('acupuncture');
    expect(comparison.rows.map((row) => row.id)).to.deep.equal([...COMPARISON_ROWS]);
    expect(comparison.source.id).to.equal('ims-vs-acupuncture');
    expect(comparison.source.kind).to.equal('provider');
    for (const row of comparison.rows) {
      expectTranslated(row.label, `${row.id} label`);
      expectTranslated(row.a, `${row.id} ims`);
      expectTranslated(row.b, `${row.id} acupuncture`);
      expect(row.a.en, `${row.id}: the two sides differ`).to.not.equal(row.b.en);
    }
  });

  it('names the acupuncture side as the source does: traditional acupuncture', () => {
    const { names } = compareTreatments('ims', 'acupuncture');
    expect(names.b).to.deep.equal({ en: 'Traditional acupuncture', sv: 'Traditionell akupunktur', nb: 'Tradisjonell akupunktur' });
    expect(names.a.nb).to.equal('IMS (intramuskulær stimulering)');
    expect(compareTreatments('acupuncture', 'ims').names.a).to.deep.equal(names.b);
  });

  it('gives the same comparison the other way round, sides swapped', () => {
    const forward = compareTreatments('ims', 'acupuncture');
    const reverse = compareTreatments('acupuncture', 'ims');
    expect(reverse.a).to.equal('acupuncture');
    expect(reverse.b).to.equal('ims');
    expect(reverse.source).to.equal(forward.source);
    expect(reverse.rows.map((row) => row.id)).to.deep.equal([...COMPARISON_ROWS]);
    reverse.rows.forEach((row, index) => {
      expect(row.label).to.deep.equal(forward.rows[index].label);
      expect(row.a).to.deep.equal(forward.rows[index].b);
      expect(row.b).to.deep.equal(forward.rows[index].a);
    });
  });

  it('says plainly where the source says nothing, instead of filling the cell', () => {
    for (const row of ['examination', 'expected-progress'] as const) {
      const text = cell('acupuncture', 'ims', row, 'a');
      expect(text.en, row).to.equal('The source does not say.');
      expect(text.sv, row).to.match(/^Källan säger inget/);
      expect(text.nb, row).to.match(/^Kilden sier ikke noe/);
    }
  });

  it('attributes the provider’s claims about results and requirements', () => {
    const progress = cell('ims', 'acupuncture', 'expected-progress', 'a');
    expect(progress.en).to.include('Rapid subjective and objective improvement is expected (according to the provider)');
    expect(progress.sv).to.include('(enligt IMS Norge)');
    expect(progress.nb).to.include('(ifølge tilbyderen)');
    for (const side of ['a', 'b'] as const) {
      const requirements = cell('ims', 'acupuncture', 'practitioner-requirements', side);
      expect(requirements.en, side).to.match(/^According to the provider/);
      expect(requirements.sv, side).to.match(/^Enligt IMS Norge/);
      expect(requirements.nb, side).to.match(/^Ifølge tilbyderen/);
    }
  });

  it('says in Swedish “Enligt IMS Norge”, never “utövaren”', () => {
    for (const row of COMPARISON_ROWS) {
      for (const side of ['a', 'b'] as const) expect(cell('ims', 'acupuncture', row, side).sv, `${row} ${side}`).not.to.match(/utövare/i);
    }
  });

  it('calls ashi points tender points found by touch (002: “palperbare smertepunkter”)', () => {
    const placement = cell('ims', 'acupuncture', 'needle-placement', 'b');
    expect(placement.en).to.include('tender points found by touch (ashi points)');
    expect(placement.sv).to.match(/palper/);
    expect(placement.nb).to.include('palperbare smertepunkter');
  });

  it('keeps what the provider says of each method', () => {
    expect(cell('ims', 'acupuncture', 'basis', 'a').en).to.include('Western medical understanding');
    expect(cell('ims', 'acupuncture', 'basis', 'b').en).to.include('Qi');
    expect(cell('ims', 'acupuncture', 'needle-placement', 'a').nb).to.include('triggerpunkter');
    expect(cell('ims', 'acupuncture', 'needle-placement', 'b').nb).to.include('meridianer');
    expect(cell('ims', 'acupuncture', 'examination', 'a').en).to.include('diagnosis is necessary');
    expect(cell('ims', 'acupuncture', 'practitioner-requirements', 'b').en).to.include('no requirements for education');
    expect(cell('ims', 'acupuncture', 'course-of-treatment', 'b').en).to.include('varies from person to person');
  });

  it('throws a RangeError naming the valid pair for any other pair of treatments', () => {
    for (const [a, b] of [['ims', 'ims'], ['acupuncture', 'acupuncture'], ['ims', 'massage'], ['tens', 'acupuncture'], ['heat-pad', 'ice-pack']]) {
      expect(() => compareTreatments(a, b), `${a}/${b}`).to.throw(RangeError, /ims and acupuncture/);
    }
  });

  it('throws a RangeError listing every treatment id for an unknown id, on either side', () => {
    for (const [a, b] of [['ims', 'dry-needling'], ['dry-needling', 'acupuncture'], ['IMS', 'acupuncture']]) {
      let message = '';
      try {
        compareTreatments(a, b);
      } catch (error) {
        expect(error).to.be.instanceOf(RangeError);
        message = (error as Error).message;
      }
      expect(message, `${a}/${b}`).to.not.equal('');
      for (const id of TREATMENT_IDS) expect(message).to.include(id);
    }
  });
});
