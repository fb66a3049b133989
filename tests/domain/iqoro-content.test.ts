/**
 * Issue 12 (clinical fidelity), the IQoro items: what the domain says must be
 * what seeds 000 and 001 say, no more and no less.
 */
import { expect } from '@open-wc/testing';
import {
  CONDITION_CONTENT,
  GROUP_NOTES,
  LOCALES,
  PLAN_TEXT,
  VERDICT_CONTENT,
  adverseVersusSideEffect,
  assessSuitability,
  getSideEffect,
  resultHeading,
  sideEffectsUnderGeneralNote,
} from '../../src/domain/index.js';
import type { Locale, Statement } from '../../src/domain/index.js';
import { IQORO_USES } from '../../src/domain/uses.js';

const all = (statements: readonly Statement[], locale: Locale) => statements.map((s) => s.text[locale]).join(' ');

describe('IQoro content after the second reading (issue 12)', () => {
  it('1: a taste of blood is not called harmless; the harmless sentence follows the acid cause, introduced as such', () => {
    const blood = getSideEffect('blood-taste');
    expect(blood.harmless).to.equal(false);
    expect(blood.harmlessStatement).to.equal(null);
    const causes = blood.whyItHappens;
    const at = causes.findIndex((s) => s.text.sv.includes('ofarligt'));
    expect(at, 'the harmless sentence is kept').to.be.greaterThan(0);
    expect(causes[at - 1].text.sv, 'right after the acid cause').to.contain('magsyra');
    expect(causes[at].text.en).to.match(/^For this cause/);
    expect(causes[at].text.sv).to.match(/^För den här orsaken/);
    expect(causes[at].text.nb).to.match(/^For denne årsaken/);
    for (const later of causes.slice(at + 1)) {
      for (const locale of LOCALES) expect(later.text[locale]).not.to.match(/harmless|ofarlig|ufarlig/i);
    }
  });

  it('3: the general "harmless and disappear" note belongs to training soreness and worse symptoms only', () => {
    expect([...sideEffectsUnderGeneralNote]).to.deep.equal(['training-soreness', 'worse-reflux-symptoms']);
  });

  it('4: "no known adverse effects" comes with "for the vast majority" and names the exceptions', () => {
    const adverse = adverseVersusSideEffect.adverseEffect;
    expect(all(adverse, 'sv')).to.contain('För de allra flesta kan IQoro inte göra någon skada');
    expect(all(adverse, 'en')).to.contain('For the vast majority, IQoro cannot do any harm');
    const names: Record<Locale, string[]> = {
      en: ['achalasia cardiae', 'trigeminal neuralgia', 'paraesophageal hernia', 'tinnitus', 'whiplash injury', 'peripheral facial palsy'],
      sv: ['achalasia cardiae', 'trigeminusneuralgi', 'paraesofageala bråck', 'tinnitus', 'whiplashskada', 'perifer ansiktsförlamning'],
      nb: ['achalasia cardiae', 'trigeminusnevralgi', 'paraøsofagealt brokk', 'tinnitus', 'whiplashskade', 'perifer ansiktslammelse'],
    };
    for (const locale of LOCALES) for (const name of names[locale]) expect(all(adverse, locale), `${locale}: ${name}`).to.contain(name);
  });

  it('5: the tinnitus card gives the caution advice and suggests the caution plan; the soreness card tells the caution group what to do', () => {
    const tinnitus = getSideEffect('tinnitus-change');
    expect(tinnitus.suggestsPlan).to.equal('caution');
    expect(all(tinnitus.whatToDo, 'sv')).to.contain('töjer 3 sekunder de första två till tre veckorna');
    expect(all(tinnitus.whatToDo, 'sv')).to.contain('så länge det känns bra');
    const soreness = all(getSideEffect('training-soreness').whatToDo, 'en');
    expect(soreness).to.contain('If you have tinnitus, a whiplash injury or peripheral facial palsy');
    expect(soreness).to.contain('3 seconds for the first two to three weeks');
  });

  it('8: MS, Parkinson’s, ALS and dementia get their own result: not advised against, effect not established', () => {
    for (const id of ['multiple-sclerosis', 'parkinsons', 'als', 'dementia']) {
      expect(assessSuitability([id]).verdict, id).to.equal('effect-not-established');
    }
    const content = VERDICT_CONTENT['effect-not-established'];
    expect(content.heading.en).to.contain('does not advise against training');
    expect(content.heading.en).to.contain('not scientifically established');
    expect(content.heading.sv).to.contain('inte vetenskapligt säkerställd');
    expect(assessSuitability(['als', 'whiplash']).verdict, 'caution still wins').to.equal('caution');
    expect(all(GROUP_NOTES.progressive ?? [], 'sv'), 'dementia is named').to.contain('demens');
  });

  it('9: high muscle tone is labelled as followed by a care team, and heads the result with "advised against"', () => {
    expect(CONDITION_CONTENT['high-muscle-tone'].label.en).to.contain('care team');
    expect(CONDITION_CONTENT['high-muscle-tone'].label.en).not.to.contain('Very tense');
    const heading = resultHeading(assessSuitability(['high-muscle-tone']));
    expect(heading.en).to.equal('Training with IQoro is advised against, unless the care team decides otherwise');
    expect(heading.sv).to.contain('avråds');
    expect(resultHeading(assessSuitability(['unable-to-cooperate'])).en).to.equal(VERDICT_CONTENT['individual-assessment'].heading.en);
  });

  it('10: the paraesophageal hernia is told apart from the ordinary hiatal hernia', () => {
    const hernia = CONDITION_CONTENT['paraesophageal-hernia'];
    expect(hernia.label.en).to.contain('not the ordinary hiatal hernia');
    expect(all(hernia.notes, 'sv')).to.contain('är kvar under diafragman');
    expect(all(hernia.notes, 'sv')).to.contain('glider inte tillbaka av sig själv');
    expect(all(hernia.notes, 'en')).to.contain('stays below the diaphragm');
  });

  it('11: achalasia: confused with hiatal hernia, only "achalasia cardiae" in the record counts, doctors say "akalasi" for any narrowing', () => {
    const notes = CONDITION_CONTENT['achalasia-cardiae'].notes;
    expect(all(notes, 'sv')).to.contain('förväxlas ibland med diafragmabråck');
    expect(all(notes, 'sv')).to.contain('inget annat');
    expect(all(notes, 'sv')).to.contain('övre matstrupsmunnen (PES)');
    expect(all(notes, 'en')).to.contain('upper oesophageal sphincter');
  });

  it('14: what IQoro is used for, and for whom, from 000, attributed to the manufacturer', () => {
    expect(IQORO_USES.uses).to.have.length(8);
    expect(IQORO_USES.uses.map((s) => s.text.sv).join(' | ')).to.contain('PEG');
    expect(all(IQORO_USES.intro, 'en')).to.contain('intensive care');
    expect(all(IQORO_USES.intro, 'sv')).to.contain('syrgas nasalt');
    for (const s of [...IQORO_USES.intro, IQORO_USES.listTitle, ...IQORO_USES.uses]) expect(s.source).to.equal('iqoro-when-to-avoid');
  });

  it('minor: keeps 001’s "often", the jaw and neck, peripheral palsy, the three conditions and "after purchase" in the avoid result', () => {
    expect(all(getSideEffect('worse-reflux-symptoms').whyItHappens, 'sv')).to.contain('Ofta beror förvärrade symtom');
    expect(all(getSideEffect('worse-reflux-symptoms').whyItHappens, 'en')).to.contain('Often');
    expect(getSideEffect('training-soreness').situation.en).to.contain('jaw or neck');
    expect(CONDITION_CONTENT['peripheral-facial-palsy'].label.en).to.match(/^Peripheral/);
    const avoid = VERDICT_CONTENT.avoid.statements;
    expect(all(avoid, 'sv')).to.contain('trigeminusneuralgi, paraesofageala bråck och akalasi (achalasia cardiae)');
    expect(all(avoid, 'en')).to.contain('before you start training');
  });

  it('minor: Swedish and Bokmål wording', () => {
    const texts: string[] = [];
    const collect = (statements: readonly Statement[]) => statements.forEach((s) => texts.push(s.text.sv, s.text.nb));
    for (const id of ['training-soreness', 'worse-reflux-symptoms', 'blood-taste', 'tinnitus-change'] as const) {
      const e = getSideEffect(id);
      texts.push(e.name.sv, e.name.nb, e.situation.sv, e.situation.nb);
      collect([...e.whatItIs, ...e.whyItHappens, ...e.whatToDo, ...e.whenToContact]);
    }
    for (const c of Object.values(CONDITION_CONTENT)) {
      texts.push(c.label.sv, c.label.nb);
      collect(c.notes);
    }
    for (const v of Object.values(VERDICT_CONTENT)) collect(v.statements);
    collect(Object.values(GROUP_NOTES).flat());
    collect(Object.values(PLAN_TEXT));
    for (const banned of ['kundsupport', 'Vänligen', 'per session', 'Ringningar', 'knyck', 'treningsverk', 'Vennligst', 'urolig', 'frem ']) {
      expect(texts.filter((t) => t.includes(banned)), banned).to.deep.equal([]);
    }
    expect(CONDITION_CONTENT.tinnitus.label.sv).to.equal('Öronsus, pip eller andra ljud i öronen');
    expect(CONDITION_CONTENT.whiplash.label.sv).to.contain('fram och tillbaka');
    expect(getSideEffect('training-soreness').name.nb).to.equal('Stølhet');
    expect(all(getSideEffect('blood-taste').whenToContact, 'nb')).to.contain('bekymret');
    expect(all(GROUP_NOTES.progressive ?? [], 'nb')).to.contain('Det er ikke vitenskapelig fastslått om');
  });
});
