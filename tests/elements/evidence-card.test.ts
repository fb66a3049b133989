import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/evidence-card/define.js';
import type { CareEvidenceCard } from '../../src/elements/evidence-card/evidence-card.js';
import { EVIDENCE_LEVELS, TREATMENT_IDS, evidenceLevelLabel, getTreatment } from '../../src/domain/treatments.js';
import { followPageLanguage } from '../../src/internal/localization.js';
import { afterHostGrace } from '../helpers/grace.js';
import { emulateMediaOrSkip, phoneWidth, resetMediaEmulation } from '../helpers/engine.js';
import { captureWarnings, setPageLanguage, useLocale } from '../helpers/locale.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: CareEvidenceCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const notice = (el: CareEvidenceCard) => text(part(el, 'notice'));

async function card(attributes: string): Promise<CareEvidenceCard> {
  const host = await fixture<HTMLDivElement>(`<div><care-evidence-card ${attributes}></care-evidence-card></div>`);
  const el = host.querySelector('care-evidence-card')!;
  await afterHostGrace(); // notices wait for the moment a host framework gets to set properties
  await el.updateComplete;
  return el;
}

describe('<care-evidence-card>', () => {
  afterEach(() => followPageLanguage());

  it('shows name, badge, summary, when it is used, what the source says, notes and a patient-information source line', async () => {
    const el = await card('treatment="vertebroplasty"');
    const root = el.shadowRoot!;
    expect(text(root.querySelector('h3'))).to.equal('Vertebroplasty');
    expect(text(part(el, 'badge'))).to.equal('Evidence: No long-term effect');
    expect(text(part(el, 'summary'))).to.contain('bone cement is injected');
    const facts = text(part(el, 'facts'));
    expect(facts).to.contain('When it is used');
    expect(facts).to.contain('To treat compressed vertebrae in the back.');
    expect(facts).to.contain('Two controlled studies show clearly');
    const notes = part(el, 'notes')!;
    expect(notes.localName).to.equal('ul');
    expect(notes.querySelectorAll('li')).to.have.length(3);
    expect(text(notes)).to.contain('local anaesthesia');
    const sources = root.querySelectorAll('[part="source"]');
    expect(sources).to.have.length(1);
    expect(text(sources[0])).to.equal('Patient information: Swedish patient information on treating pain in osteoporosis (“Patient kunskap”).');
    // The title is the source's own words, marked with the source's language.
    expect(sources[0].querySelector('[lang]')?.getAttribute('lang')).to.equal('sv');
    expect(text(sources[0].querySelector('[lang]'))).to.equal('Patient kunskap');
  });

  it('says when the text is the provider’s own description', async () => {
    const el = await card('treatment="ims"');
    expect(text(part(el, 'badge'))).to.equal(`Evidence: ${evidenceLevelLabel['provider-claim'].en}`);
    expect(text(part(el, 'source'))).to.match(/^According to the provider: IMS Norge, a Norwegian provider of IMS treatment/);
    expect(part(el, 'source')!.querySelector('[lang="nb"]')).to.exist;
    expect(part(el, 'source')!.getAttribute('data-source-kind')).to.equal('provider');
  });

  it('shows the evidence level as text and an icon, never by colour alone', async () => {
    const iconOf = new Map<string, string>();
    for (const id of TREATMENT_IDS) {
      const el = await card(`treatment="${id}"`);
      const badge = part(el, 'badge')!;
      const { evidence: level, evidenceLabel } = getTreatment(id);
      expect(text(badge), id).to.contain((evidenceLabel ?? evidenceLevelLabel[level]).en);
      const icon = badge.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      const box = icon.getBoundingClientRect();
      expect(box.width * box.height, `${id}: the icon is visible`).to.be.greaterThan(0);
      iconOf.set(level, icon.innerHTML);
    }
    // One shape per level: every level has its own icon.
    expect(iconOf.size).to.equal(EVIDENCE_LEVELS.length);
    expect(new Set(iconOf.values()).size).to.equal(EVIDENCE_LEVELS.length);
  });

  it('compact shows only name, badge, summary and source', async () => {
    const el = await card('treatment="corset" variant="compact"');
    expect(text(el.shadowRoot!.querySelector('h3'))).to.equal('Back brace (corset)');
    expect(part(el, 'badge')).to.exist;
    expect(part(el, 'summary')).to.exist;
    expect(part(el, 'source')).to.exist;
    expect(part(el, 'facts')).to.equal(null);
    expect(part(el, 'notes')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('.root'))).not.to.contain('department for medical aids');
  });

  it('keeps the source’s warning on a compact card: long-term use of a corset weakens the muscles', async () => {
    const el = await card('treatment="corset" variant="compact"');
    expect(text(part(el, 'summary'))).to.contain('long-term use of a corset weakens the muscles');
  });

  it('never shows the corset with the green check: it is rarely recommended, in the warning tone', async () => {
    const el = await card('treatment="corset"');
    const badge = part(el, 'badge')!;
    expect(text(badge)).to.equal('Evidence: Rarely recommended');
    expect(badge.getAttribute('data-evidence')).to.equal('rarely-recommended');
    const corsetIcon = badge.querySelector('svg')!.innerHTML;
    const physio = await card('treatment="physiotherapy"');
    expect(corsetIcon).not.to.equal(part(physio, 'badge')!.querySelector('svg')!.innerHTML);
    const tone = (element: Element) => getComputedStyle(element.querySelector('svg')!).color;
    const warning = await card('treatment="pool-training"');
    expect(tone(badge)).to.equal(tone(part(warning, 'badge')!));
    expect(tone(badge)).not.to.equal(tone(part(physio, 'badge')!));
  });

  it('shows physiotherapy’s “may help” as 003 says it: about training', async () => {
    const el = await card('treatment="physiotherapy"');
    expect(text(part(el, 'badge'))).to.equal('Evidence: Training may help somewhat');
  });

  it('says, on a card shown alone, which pain its verdict is about', async () => {
    const el = await card('treatment="heat-pad" variant="compact"');
    expect(text(part(el, 'topic'))).to.equal('Applies to pain in osteoporosis');
    const ims = await card('treatment="ims"');
    expect(text(part(ims, 'topic'))).to.equal('Applies to neuropathic pain');
  });

  it('says the IMS badge cites no studies', async () => {
    const el = await card('treatment="ims"');
    expect(text(part(el, 'badge'))).to.match(/cites no studies/);
  });

  it('shows the card for the old id nerve-block and warns once, naming the id to use instead', async () => {
    let el!: CareEvidenceCard;
    const warnings = await captureWarnings(async () => {
      el = await card('treatment="nerve-block"');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('treatment="nerve-block" is deprecated');
    expect(warnings[0]).to.contain('tender-area-injection');
    expect(part(el, 'notice')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('h3'))).to.match(/injections/i);
    expect(text(el.shadowRoot!.querySelector('.root'))).not.to.match(/nerve block|myosis/i);
  });

  it('leaves out the notes heading when the source gives no practical notes', async () => {
    const el = await card('treatment="heat-pad"');
    expect(part(el, 'facts')).to.exist;
    expect(part(el, 'notes')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('.root'))).not.to.contain('Good to know');
  });

  it('uses heading-level for its heading so it fits the host’s outline', async () => {
    for (const level of [2, 3, 4, 5, 6]) {
      const el = await card(`treatment="massage" heading-level="${level}"`);
      const heading = el.shadowRoot!.querySelector('h2, h3, h4, h5, h6')!;
      expect(heading.localName).to.equal(`h${level}`);
      expect(el.shadowRoot!.querySelector('article')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    }
  });

  it('follows <html lang> and shows the glossary’s words in Swedish and Norwegian', async () => {
    const el = await card('treatment="vertebroplasty"');
    await setPageLanguage('sv', 'sv');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('h3'))).to.equal('Vertebroplastik');
    expect(text(part(el, 'badge'))).to.equal('Kunskapsläge: Ingen långtidseffekt');
    expect(text(part(el, 'summary'))).to.contain('bencement');
    expect(text(part(el, 'source'))).to.equal('Patientinformation: Svensk patientinformation om smärtbehandling vid osteoporos (”Patient kunskap”).');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('sv');
    await setPageLanguage('nb-NO', 'nb');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('h3'))).to.equal('Vertebroplastikk');
    expect(text(part(el, 'summary'))).to.contain('beinsement');
    expect(text(part(el, 'source'))).to.match(/^Pasientinformasjon: Svensk pasientinformasjon om smertebehandling ved osteoporose \(«Patient kunskap/);
    el.treatment = 'ims';
    await el.updateComplete;
    expect(text(part(el, 'source'))).to.match(/^Ifølge tilbyderen:/);
    document.documentElement.lang = 'en';
  });

  it('shows a localized notice and warns, listing the valid ids, for an unknown treatment', async () => {
    let el!: CareEvidenceCard;
    const warnings = await captureWarnings(async () => {
      el = await card('treatment="homeopathy"');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('treatment="homeopathy"');
    expect(warnings[0]).to.contain(TREATMENT_IDS.join(', '));
    expect(notice(el)).to.contain('not known');
    expect(el.shadowRoot!.querySelector('article')).to.equal(null);
    await useLocale('sv');
    expect(notice(el)).to.contain('Behandlingen som den här sidan frågar efter är okänd');
    await useLocale('en');

    el.setAttribute('treatment', 'acupuncture');
    await el.updateComplete;
    expect(part(el, 'notice')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('h3'))).to.equal('Acupuncture');
  });

  it('treats a missing treatment as a problem too, without throwing', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await card('');
      expect(notice(el)).to.contain('not known');
    });
    expect(warnings.join()).to.contain('Valid treatment ids');
  });

  it('falls back to the full card and level 3 for an unknown variant or heading level, and says so', async () => {
    let el!: CareEvidenceCard;
    const warnings = await captureWarnings(async () => {
      el = await card('treatment="pool-training" variant="tiny" heading-level="7"');
    });
    expect(warnings.join('\n')).to.contain('variant="tiny" is not known. Valid values: full, compact.');
    expect(warnings.join('\n')).to.contain('heading-level="7" is not a heading level. Valid values: 2, 3, 4, 5, 6.');
    const notices = el.shadowRoot!.querySelectorAll('[part="notice"] p');
    expect(notices).to.have.length(2);
    expect(notice(el)).to.contain('so the full card is shown');
    expect(notice(el)).to.contain('so level 3 is used');
    expect(el.shadowRoot!.querySelector('h3')).to.exist;
    expect(part(el, 'notes')).to.exist;
  });

  for (const bad of ['abc', '', '1', '2.5']) {
    it(`refuses heading-level="${bad}" without throwing`, async () => {
      let el!: CareEvidenceCard;
      const warnings = await captureWarnings(async () => {
        el = await card(`treatment="tens" heading-level="${bad}"`);
      });
      expect(warnings.join()).to.contain(`heading-level="${bad}"`);
      expect(el.shadowRoot!.querySelector('h3')).to.exist;
    });
  }

  it('prints in black, without backgrounds or shadows, and keeps the badge’s text', async function () {
    // The badge's text is asserted in English: settle the locale first, whatever earlier tests left pending.
    await useLocale('en');
    const host = await fixture<HTMLDivElement>(
      html`<div style="color: rgb(200, 210, 220); background: #121416; --care-color-surface: #1d2024"><care-evidence-card treatment="tender-area-injection"></care-evidence-card></div>`,
    );
    const el = host.querySelector('care-evidence-card')!;
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'card')!).backgroundColor, 'the host’s surface on screen').not.to.equal('rgba(0, 0, 0, 0)');
    await emulateMediaOrSkip(this, { media: 'print' });
    try {
      const cardStyle = getComputedStyle(part(el, 'card')!);
      expect(cardStyle.boxShadow).to.equal('none');
      expect(cardStyle.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(cardStyle.color).to.equal('rgb(0, 0, 0)');
      const badge = part(el, 'badge')!;
      expect(getComputedStyle(badge).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(badge).color).to.equal('rgb(0, 0, 0)');
      expect(text(badge)).to.contain('Effect not studied');
      expect(badge.getBoundingClientRect().width).to.be.greaterThan(0);
    } finally {
      await resetMediaEmulation({ media: 'screen' });
    }
  });

  it('fits a 320 px wide phone', async () => {
    const restore = phoneWidth(320);
    try {
      await useLocale('nb');
      const el = await card('treatment="corset"');
      const right = el.getBoundingClientRect().right;
      expect(right).to.be.at.most(320);
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*:not(.visually-hidden)')) {
        expect(node.getBoundingClientRect().right, node.className || node.localName).to.be.at.most(right + 0.5);
      }
    } finally {
      restore();
    }
  });

  it('takes the host’s font and colour', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30)"><care-evidence-card treatment="ims"></care-evidence-card></div>`,
    );
    const el = host.querySelector('care-evidence-card')!;
    await el.updateComplete;
    const summary = getComputedStyle(part(el, 'summary')!);
    expect(summary.fontFamily).to.contain('Georgia');
    expect(summary.color).to.equal('rgb(10, 20, 30)');
  });

  for (const locale of ['en', 'sv', 'nb'] as const) {
    describe(`accessibility (${locale})`, () => {
      beforeEach(() => useLocale(locale));

      for (const attributes of [
        'treatment="vertebroplasty"',
        'treatment="ims"',
        'treatment="physiotherapy" variant="compact" heading-level="2"',
        'treatment="homeopathy"',
        'treatment="heat-pad" variant="x" heading-level="9"',
      ]) {
        it(`has no axe violations: ${attributes}`, async () => {
          let el!: CareEvidenceCard;
          await captureWarnings(async () => {
            el = await card(attributes);
          });
          await expect(el).to.be.accessible();
        });
      }

      it('has no axe violations on a dark host page', async () => {
        const host = await fixture<HTMLDivElement>(
          html`<div style="background:#121416;color:#e8eaed;padding:1rem">
            <care-evidence-card treatment="vertebroplasty"></care-evidence-card>
            <care-evidence-card treatment="physiotherapy"></care-evidence-card>
            <care-evidence-card treatment="pool-training" variant="compact"></care-evidence-card>
            <care-evidence-card treatment="ims" variant="compact"></care-evidence-card>
          </div>`,
        );
        await Promise.all([...host.querySelectorAll('care-evidence-card')].map((el) => el.updateComplete));
        await expect(host).to.be.accessible();
      });
    });
  }
});
