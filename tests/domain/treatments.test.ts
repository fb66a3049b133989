import { expect } from '@open-wc/testing';
import { LOCALES } from '../../src/domain/locale.js';
import type { LocalizedText } from '../../src/domain/locale.js';
import type { SourceId, SourceKind, Statement } from '../../src/domain/sources.js';
import {
  EVIDENCE_LEVELS,
  PHASES,
  TOPIC_IDS,
  TREATMENT_IDS,
  deprecatedTreatmentId,
  evidenceLevelLabel,
  evidenceLevelMeaning,
  getTreatment,
  listTreatments,
  phaseLabel,
  topicLabel,
  topicScope,
} from '../../src/domain/treatments.js';
import type { EvidenceLevel, Phase, TopicId, TreatmentId } from '../../src/domain/treatments.js';

interface Expected {
  readonly topic: TopicId;
  readonly evidence: EvidenceLevel;
  readonly phases: readonly Phase[];
  readonly source: SourceId;
  readonly kind: SourceKind;
}

const OSTEO = { topic: 'osteoporosis-pain', source: 'osteoporosis-pain-treatment', kind: 'patient-information' } as const;

/** In seed order. */
const EXPECTED: Readonly<Record<TreatmentId, Expected>> = {
  'heat-pad': { ...OSTEO, evidence: 'not-documented', phases: ['acute'] },
  'ice-pack': { ...OSTEO, evidence: 'not-documented', phases: ['acute'] },
  physiotherapy: { ...OSTEO, evidence: 'some-benefit', phases: ['acute', 'persistent'] },
  massage: { ...OSTEO, evidence: 'some-benefit', phases: ['persistent'] },
  'pool-training': { ...OSTEO, evidence: 'not-studied', phases: ['persistent'] },
  corset: { ...OSTEO, evidence: 'rarely-recommended', phases: ['persistent'] },
  'tender-area-injection': { ...OSTEO, evidence: 'not-studied', phases: ['persistent'] },
  vertebroplasty: { ...OSTEO, evidence: 'no-long-term-effect', phases: ['persistent'] },
  acupuncture: { ...OSTEO, evidence: 'not-documented', phases: ['persistent'] },
  'laser-therapy': { ...OSTEO, evidence: 'not-documented', phases: ['persistent'] },
  tens: { ...OSTEO, evidence: 'not-documented', phases: ['persistent'] },
  ims: {
    topic: 'neuropathic-pain',
    evidence: 'provider-claim',
    phases: ['acute', 'persistent'],
    source: 'ims-vs-acupuncture',
    kind: 'provider',
  },
};
const ORDER = Object.keys(EXPECTED) as TreatmentId[];

function expectWritten(value: LocalizedText, what: string): void {
  for (const locale of LOCALES) {
    expect(value[locale], `${what} (${locale})`).to.be.a('string');
    expect(value[locale].trim(), `${what} (${locale})`).to.not.equal('');
    expect(value[locale], `${what} (${locale}) has no stray whitespace`).to.equal(value[locale].trim());
  }
}

function expectTranslated(value: LocalizedText, what: string): void {
  expectWritten(value, what);
  expect(value.sv, `${what}: sv differs from en`).to.not.equal(value.en);
  expect(value.nb, `${what}: nb differs from en`).to.not.equal(value.en);
  expect(value.nb, `${what}: nb differs from sv`).to.not.equal(value.sv);
}

function statementsOf(id: TreatmentId): readonly Statement[] {
  const treatment = getTreatment(id);
  return [treatment.effect, ...treatment.notes];
}

/** All the text of a treatment in one locale, for checking the seed's points are there. */
function allText(id: TreatmentId, locale: 'en' | 'sv' | 'nb'): string {
  const t = getTreatment(id);
  return [t.name, t.usedWhen, t.summary, ...statementsOf(id).map((s) => s.text)].map((x) => x[locale]).join(' ');
}

describe('treatments', () => {
  it('has exactly the treatment ids of the issue, in seed order', () => {
    expect(TREATMENT_IDS).to.deep.equal(ORDER);
  });

  for (const id of ORDER) {
    describe(id, () => {
      const expected = EXPECTED[id];
      const treatment = getTreatment(id);

      it(`is ${expected.evidence}, ${expected.topic}, ${expected.phases.join(' and ')}`, () => {
        expect(treatment.id).to.equal(id);
        expect(treatment.topic).to.equal(expected.topic);
        expect(treatment.evidence).to.equal(expected.evidence);
        expect(treatment.phases).to.deep.equal(expected.phases);
      });

      it(`records its source: ${expected.source} (${expected.kind})`, () => {
        expect(treatment.source.id).to.equal(expected.source);
        expect(treatment.source.kind).to.equal(expected.kind);
        for (const statement of statementsOf(id)) expect(statement.source).to.equal(expected.source);
      });

      it('has its name, use and summary in every locale', () => {
        expectWritten(treatment.name, 'name');
        expect(treatment.name.sv, 'name: sv differs from en').to.not.equal(treatment.name.en);
        expect(treatment.name.nb, 'name: nb differs from en').to.not.equal(treatment.name.en);
        expectTranslated(treatment.usedWhen, 'usedWhen');
        expectTranslated(treatment.summary, 'summary');
      });

      it('says what its source says of the effect, and every note, in every locale', () => {
        expectTranslated(treatment.effect.text, 'effect');
        treatment.notes.forEach((note, index) => expectTranslated(note.text, `note ${index}`));
      });
    });
  }

  it('attributes every IMS statement to the provider, in every locale', () => {
    const words = { en: /provider/, sv: /IMS Norge/, nb: /tilbyderen/i } as const;
    const ims = getTreatment('ims');
    for (const statement of [ims.effect, ...ims.notes]) {
      for (const locale of LOCALES) expect(statement.text[locale]).to.match(words[locale]);
    }
    for (const locale of LOCALES) expect(ims.summary[locale]).to.match(words[locale]);
  });

  it('keeps the practical notes of the osteoporosis text (Swedish, as the seed words them)', () => {
    const points: Partial<Record<TreatmentId, readonly string[]>> = {
      physiotherapy: ['lyfteknik', 'inga standardiserade rehabiliteringsprogram', 'remiss från din egen läkare', 'akuta och kroniska'],
      'pool-training': ['någorlunda mobil', 'inkontinent', 'varmvattenbassäng'],
      corset: ['kort period efter en ny kotkompression', 'motionerar', 'hela dagen', 'försvagar muskulaturen', 'ytterst sällan'],
      'tender-area-injection': ['Kortison', 'lokalbedövande', 'sällan', 'myoser'],
      vertebroplasty: ['bencement', '2 kontrollerade undersökningar', 'stabiliseras', 'smärtförande nervtrådarna'],
      'heat-pad': ['akuta fasen', 'aldrig dokumenterats'],
      'ice-pack': ['akuta fasen', 'aldrig dokumenterats'],
      acupuncture: ['utanför sjukhusväsendet', 'ingen dokumentation'],
      'laser-therapy': ['utanför sjukhusväsendet', 'ingen dokumentation'],
      tens: ['utanför sjukhusväsendet', 'ingen dokumentation'],
    };
    for (const [id, phrases] of Object.entries(points) as [TreatmentId, readonly string[]][]) {
      const sv = allText(id, 'sv');
      for (const phrase of phrases) expect(sv, id).to.include(phrase);
    }
  });

  it('keeps the provider’s points on how IMS treatment goes (Norwegian, as the seed words them)', () => {
    const nb = allText('ims', 'nb');
    for (const phrase of ['gradvis', '21 dager', 'en gang i uken', 'hver 14. dag', 'arrvev', 'hos yngre', 'én behandling være nok', 'nettopp har oppstått']) {
      expect(nb).to.include(phrase);
    }
    const en = allText('ims', 'en');
    for (const phrase of ['21 days', 'once a week', 'every 14 days', 'scar tissue', 'younger', 'one treatment may be enough']) {
      expect(en).to.include(phrase);
    }
  });

  it('says plainly that the source gives no statement of how well a corset works', () => {
    expect(getTreatment('corset').effect.text.en).to.match(/says nothing about how well it works/);
  });

  it('uses the glossary names', () => {
    expect(getTreatment('corset').name.sv).to.equal('Stödkorsett');
    expect(getTreatment('tender-area-injection').name.nb).to.equal('Blokadebehandling');
    expect(getTreatment('vertebroplasty').name).to.deep.equal({
      en: 'Vertebroplasty',
      sv: 'Vertebroplastik',
      nb: 'Vertebroplastikk',
    });
    expect(getTreatment('laser-therapy').name.nb).to.equal('Laserbehandling');
    expect(getTreatment('physiotherapy').name.nb).to.include('ergoterapi');
  });
});

describe('evidence levels', () => {
  it('are exactly the levels of issues 4 and 12', () => {
    expect(EVIDENCE_LEVELS).to.deep.equal([
      'some-benefit',
      'not-documented',
      'not-studied',
      'rarely-recommended',
      'no-long-term-effect',
      'provider-claim',
    ]);
  });

  it('are each used by some treatment', () => {
    const used = new Set(listTreatments().map((t) => t.evidence));
    expect([...used].sort()).to.deep.equal([...EVIDENCE_LEVELS].sort());
  });

  for (const level of EVIDENCE_LEVELS) {
    it(`${level} has a label and a one-sentence meaning in every locale`, () => {
      expectTranslated(evidenceLevelLabel[level], `${level} label`);
      expectTranslated(evidenceLevelMeaning[level], `${level} meaning`);
      for (const locale of LOCALES) {
        expect(evidenceLevelMeaning[level][locale], locale).to.match(/^[^.]+\.$/);
      }
    });
  }

  it('tell the levels apart in every locale', () => {
    for (const locale of LOCALES) {
      const labels = EVIDENCE_LEVELS.map((level) => evidenceLevelLabel[level][locale]);
      const meanings = EVIDENCE_LEVELS.map((level) => evidenceLevelMeaning[level][locale]);
      expect(new Set(labels).size, locale).to.equal(EVIDENCE_LEVELS.length);
      expect(new Set(meanings).size, locale).to.equal(EVIDENCE_LEVELS.length);
    }
  });
});

describe('topics and phases', () => {
  it('are the two topics and two phases of the issue, each labelled in every locale', () => {
    expect(TOPIC_IDS).to.deep.equal(['osteoporosis-pain', 'neuropathic-pain']);
    expect(PHASES).to.deep.equal(['acute', 'persistent']);
    for (const topic of TOPIC_IDS) expectTranslated(topicLabel[topic], topic);
    for (const phase of PHASES) expectTranslated(phaseLabel[phase], phase);
  });
});

describe('getTreatment', () => {
  it('throws a RangeError naming the bad id and listing every valid id', () => {
    expect(() => getTreatment('cupping')).to.throw(RangeError, /"cupping"/);
    try {
      getTreatment('cupping');
    } catch (error) {
      for (const id of TREATMENT_IDS) expect((error as Error).message).to.include(id);
    }
  });

  it('is exact: no case folding, no trimming, no prototype keys', () => {
    for (const bad of ['IMS', ' ims', 'toString', '__proto__', '']) {
      expect(() => getTreatment(bad), JSON.stringify(bad)).to.throw(RangeError);
    }
    expect(() => getTreatment(undefined as unknown as string)).to.throw(RangeError, /heat-pad.*ims/);
  });
});

describe('listTreatments', () => {
  const ids = (filter?: Parameters<typeof listTreatments>[0]) => listTreatments(filter).map((t) => t.id);

  it('lists every treatment in seed order', () => {
    expect(ids()).to.deep.equal(ORDER);
    expect(ids({})).to.deep.equal(ORDER);
  });

  it('returns the same objects as getTreatment, in a new array each call', () => {
    const list = listTreatments();
    list.forEach((treatment) => expect(treatment).to.equal(getTreatment(treatment.id)));
    list.pop();
    expect(listTreatments()).to.have.length(TREATMENT_IDS.length);
  });

  it('filters by topic', () => {
    expect(ids({ topic: 'neuropathic-pain' })).to.deep.equal(['ims']);
    expect(ids({ topic: 'osteoporosis-pain' })).to.deep.equal(ORDER.filter((id) => id !== 'ims'));
  });

  it('filters by phase', () => {
    expect(ids({ phase: 'acute' })).to.deep.equal(['heat-pad', 'ice-pack', 'physiotherapy', 'ims']);
    expect(ids({ phase: 'persistent' })).to.deep.equal(ORDER.filter((id) => id !== 'heat-pad' && id !== 'ice-pack'));
  });

  it('filters by topic and phase together', () => {
    expect(ids({ topic: 'osteoporosis-pain', phase: 'acute' })).to.deep.equal(['heat-pad', 'ice-pack', 'physiotherapy']);
    expect(ids({ topic: 'neuropathic-pain', phase: 'persistent' })).to.deep.equal(['ims']);
  });

  it('throws a RangeError listing the valid topics for an unknown topic', () => {
    expect(() => listTreatments({ topic: 'back-pain' as TopicId })).to.throw(
      RangeError,
      /"back-pain".*osteoporosis-pain, neuropathic-pain/,
    );
  });

  it('throws a RangeError listing the valid phases for an unknown phase', () => {
    expect(() => listTreatments({ phase: 'chronic' as Phase })).to.throw(RangeError, /"chronic".*acute, persistent/);
  });
});

describe('issue 12: what seed 003 and seed 002 say, no more', () => {
  it('does not give the corset a level that says it helps: it is rarely recommended (003), in a warning tone', () => {
    const corset = getTreatment('corset');
    expect(corset.evidence).to.equal('rarely-recommended');
    expect(EVIDENCE_LEVELS).to.include('rarely-recommended');
    expect(evidenceLevelLabel['rarely-recommended'].sv).to.match(/sällan/);
    expect(evidenceLevelMeaning['rarely-recommended'].en).to.match(/rarely recommend/);
    expect(evidenceLevelMeaning['rarely-recommended'].en).to.match(/no statement of how well/);
  });

  it('calls 003’s blocks what they are: injections of cortisone or local anaesthetic into tender areas, not nerve blocks', () => {
    const block = getTreatment('tender-area-injection');
    const all = (locale: 'en' | 'sv' | 'nb') =>
      [block.name, block.usedWhen, block.summary, block.effect.text, ...block.notes.map((n) => n.text)].map((t) => t[locale]).join(' ');
    expect(all('en')).not.to.match(/nerve block|myosis/i);
    expect(all('en')).to.match(/muscle knots/);
    expect(block.name.en).to.match(/injection/i);
    expect(all('en')).to.match(/cortisone or a local anaesthetic is injected into the tender areas/i);
    expect(block.name.sv).to.equal('Blockadbehandling');
  });

  it('still accepts the old id nerve-block as an alias, and names the id that replaces it', () => {
    expect(getTreatment('nerve-block')).to.equal(getTreatment('tender-area-injection'));
    expect(deprecatedTreatmentId('nerve-block')).to.equal('tender-area-injection');
    expect(deprecatedTreatmentId('corset')).to.equal(null);
    expect(deprecatedTreatmentId('toString')).to.equal(null);
    expect(TREATMENT_IDS).not.to.include('nerve-block' as TreatmentId);
  });

  it('says the IMS badge is the provider’s description and that it cites no studies', () => {
    expect(evidenceLevelLabel['provider-claim'].en).to.match(/cites no studies/);
    expect(evidenceLevelLabel['provider-claim'].sv).to.match(/IMS Norge|studier/);
    expect(evidenceLevelLabel['provider-claim'].nb).to.match(/studier/);
  });

  it('says in Swedish “Enligt IMS Norge”, not “utövaren”', () => {
    const ims = getTreatment('ims');
    for (const t of [ims.usedWhen, ims.summary, ims.effect.text, ...ims.notes.map((n) => n.text)]) {
      expect(t.sv).not.to.match(/utövare/i);
    }
    expect(ims.summary.sv).to.contain('Enligt IMS Norge');
    expect(evidenceLevelLabel['provider-claim'].sv).not.to.match(/utövare/i);
  });

  it('puts physiotherapy’s “may help” on training, as 003 does, not on occupational therapy', () => {
    const physio = getTreatment('physiotherapy');
    expect(physio.evidenceLabel?.en).to.match(/^Training may help somewhat/);
    expect(physio.evidenceLabel?.sv).to.match(/^Träning/);
    expect(physio.evidenceLabel?.nb).to.match(/^Trening/);
  });

  it('names TENS transcutaneous electrical nerve stimulation, with 003’s own Swedish term beside it', () => {
    const tens = getTreatment('tens');
    expect(tens.name.en).to.contain('transcutaneous electrical nerve stimulation');
    expect(tens.name.sv).to.contain('transkutan elektrisk nervstimulering');
    expect(tens.summary.sv).to.match(/transkutan nervstimulation \(TNS\)/i);
  });

  it('gives 003’s own title, not one of its own making', () => {
    expect(getTreatment('heat-pad').source.title).to.equal('Patient kunskap');
    expect(getTreatment('heat-pad').source.publisher.en).to.match(/pain in osteoporosis/);
  });

  it('words the corset warning in Bokmål word order, not Swedish', () => {
    expect(getTreatment('corset').summary.nb).to.match(/^De fleste leger anbefaler bare svært sjelden at pasienter bruker korsett,/);
  });

  it('tells a card shown alone which pain the verdict is about', () => {
    expect(topicScope['osteoporosis-pain'].en).to.equal('Applies to pain in osteoporosis');
    expect(topicScope['osteoporosis-pain'].sv).to.match(/^Gäller smärta vid osteoporos/);
    expect(topicScope['neuropathic-pain'].nb).to.match(/^Gjelder nevropatiske smerter/);
  });
});
