import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/side-effect-guide/define.js';
import type { CareSideEffectGuide } from '../../src/elements/side-effect-guide/side-effect-guide.js';
import { SIDE_EFFECT_IDS, adverseVersusSideEffect, getSideEffect } from '../../src/domain/side-effects.js';
import type { SideEffectId } from '../../src/domain/side-effects.js';
import { followPageLanguage } from '../../src/internal/localization.js';
import { afterHostGrace } from '../helpers/grace.js';
import { pageContentWidth, phoneWidth } from '../helpers/engine.js';
import { captureWarnings, useLocale } from '../helpers/locale.js';

const root = (el: CareSideEffectGuide) => el.shadowRoot!;

function checkbox(el: CareSideEffectGuide, id: SideEffectId): HTMLInputElement {
  const input = root(el).querySelector<HTMLInputElement>(`input[value="${id}"]`);
  if (!input) throw new Error(`no checkbox for ${id}`);
  return input;
}

function answer(el: CareSideEffectGuide, id: SideEffectId): HTMLDetailsElement | null {
  return root(el).querySelector<HTMLDetailsElement>(`details[data-situation="${id}"]`);
}

const explainer = (el: CareSideEffectGuide) => root(el).querySelector<HTMLDetailsElement>('details[part="explainer"]')!;
const textOf = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ');
const gentleButton = (el: CareSideEffectGuide) => root(el).querySelector<HTMLButtonElement>('button[part="button"]');

async function tick(el: CareSideEffectGuide, ...ids: SideEffectId[]): Promise<void> {
  for (const id of ids) checkbox(el, id).click();
  await el.updateComplete;
}

/** Lets the browser fire `toggle` on a details element and the element re-render. */
async function settle(el: CareSideEffectGuide): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

describe('<care-side-effect-guide>', () => {
  afterEach(() => followPageLanguage());

  it('asks in plain words and lists every situation as a labelled native checkbox, nothing ticked', async () => {
    const el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide></care-side-effect-guide>`);
    expect(root(el).querySelector('legend.title')!.textContent).to.contain('What do you notice since you started training?');
    const boxes = [...root(el).querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')];
    expect(boxes.map((box) => box.value)).to.deep.equal([...SIDE_EFFECT_IDS]);
    for (const box of boxes) {
      expect(box.checked).to.equal(false);
      expect(box.closest('label')!.textContent!.trim()).to.equal(getSideEffect(box.value as SideEffectId).situation.en);
    }
    expect(root(el).querySelectorAll('details[part="answer"]')).to.have.length(0);
    expect(explainer(el).open).to.equal(false);
  });

  it('opens the explanation and advice for each ticked situation, in the manufacturer’s words, with who says it', async () => {
    const el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide></care-side-effect-guide>`);
    await tick(el, 'tinnitus-change', 'training-soreness');
    const shown = [...root(el).querySelectorAll<HTMLDetailsElement>('details[part="answer"]')];
    expect(shown.map((d) => d.dataset.situation), 'in the guide’s order').to.deep.equal(['training-soreness', 'tinnitus-change']);
    for (const details of shown) {
      const effect = getSideEffect(details.dataset.situation as SideEffectId);
      expect(details.open).to.equal(true);
      expect(details.querySelector('summary')!.textContent!.trim()).to.equal(effect.name.en);
      const text = textOf(details);
      for (const statement of [...effect.whatItIs, ...effect.whyItHappens, ...effect.whatToDo, ...effect.whenToContact]) {
        expect(text).to.contain(statement.text.en.replace(/\s+/g, ' '));
      }
      expect(text).to.contain('What it is');
      expect(text).to.contain('What to do');
      expect(text.includes('When to contact customer support'), 'only where the manufacturer says when').to.equal(
        effect.whenToContact.length > 0,
      );
      expect(details.querySelector('[part="source"]')!.textContent).to.contain('The manufacturer of IQoro');
    }
    await tick(el, 'tinnitus-change');
    expect(answer(el, 'tinnitus-change')).to.equal(null);
    expect(answer(el, 'training-soreness')).not.to.equal(null);
  });

  it('says in text, with an icon, whether the manufacturer calls it harmless', async () => {
    const el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide></care-side-effect-guide>`);
    await tick(el, ...SIDE_EFFECT_IDS);
    for (const id of SIDE_EFFECT_IDS) {
      const effect = getSideEffect(id);
      const mark = answer(el, id)!.querySelector<HTMLElement>('[part="harmless"]')!;
      expect(mark.querySelector('svg[aria-hidden="true"]')).not.to.equal(null);
      expect(mark.textContent).to.contain(
        effect.harmless ? 'The manufacturer calls this harmless.' : 'The manufacturer does not call this harmless whatever its cause.',
      );
      if (effect.harmlessStatement) expect(textOf(mark)).to.contain(effect.harmlessStatement.text.en.replace(/\s+/g, ' '));
    }
  });

  it('announces which advice appeared, politely', async () => {
    const el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide></care-side-effect-guide>`);
    const status = root(el).querySelector('[role="status"][aria-live="polite"]')!;
    expect(status.textContent!.trim()).to.equal('');
    await tick(el, 'blood-taste', 'tinnitus-change');
    const names = [getSideEffect('blood-taste').name.en, getSideEffect('tinnitus-change').name.en];
    expect(textOf(status).trim()).to.equal(`Advice below: ${names[0]} and ${names[1]}.`);
  });

  it('is operated with the keyboard alone: Tab to a situation, Space ticks it and opens its advice', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button>before</button><care-side-effect-guide></care-side-effect-guide></div>`,
    );
    const el = wrapper.querySelector('care-side-effect-guide')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(checkbox(el, SIDE_EFFECT_IDS[0]));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(root(el).activeElement, 'focus stays on the ticked situation').to.equal(checkbox(el, SIDE_EFFECT_IDS[1]));
    expect(checkbox(el, SIDE_EFFECT_IDS[1]).checked).to.equal(true);
    expect(answer(el, SIDE_EFFECT_IDS[1])!.open).to.equal(true);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(answer(el, SIDE_EFFECT_IDS[1])).to.equal(null);
  });

  it('opens and closes every disclosure with Enter and Space on its summary', async () => {
    const el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide situations="blood-taste"></care-side-effect-guide>`);
    const details = answer(el, 'blood-taste')!;
    const summary = details.querySelector('summary')!;
    expect(details.open).to.equal(true);
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(details.open).to.equal(false);
    expect(details.querySelector('.body')!.checkVisibility(), 'closed content is hidden').to.equal(false);
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(details.open).to.equal(true);
    expect(details.querySelector('.body')!.checkVisibility()).to.equal(true);

    const about = explainer(el);
    about.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(about.open).to.equal(true);
    const text = textOf(about);
    expect(about.querySelector('summary')!.textContent!.trim()).to.equal(adverseVersusSideEffect.title.en);
    for (const statement of [...adverseVersusSideEffect.adverseEffect, ...adverseVersusSideEffect.sideEffect]) {
      expect(text).to.contain(statement.text.en.replace(/\s+/g, ' '));
    }
    expect(about.querySelector('[part="source"]')!.textContent).to.contain('The manufacturer of IQoro');
  });

  it('keeps a closed disclosure closed when other situations are ticked, and reopens it when ticked again', async () => {
    const el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide></care-side-effect-guide>`);
    await tick(el, 'worse-reflux-symptoms');
    answer(el, 'worse-reflux-symptoms')!.querySelector('summary')!.click();
    await settle(el);
    await tick(el, 'training-soreness');
    expect(answer(el, 'worse-reflux-symptoms')!.open).to.equal(false);
    expect(answer(el, 'training-soreness')!.open).to.equal(true);
    await tick(el, 'worse-reflux-symptoms', 'worse-reflux-symptoms');
    expect(answer(el, 'worse-reflux-symptoms')!.open).to.equal(true);
  });

  it('hands the gentle start to the host: care-plan-request with { plan: "gentle-start" }, by click or Enter', async () => {
    const el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide></care-side-effect-guide>`);
    const suggesting = SIDE_EFFECT_IDS.filter((id) => getSideEffect(id).suggestsPlan === 'gentle-start');
    expect(suggesting, 'training soreness suggests the gentle start').to.include('training-soreness');
    for (const id of SIDE_EFFECT_IDS.filter((id) => getSideEffect(id).suggestsPlan === null)) {
      await tick(el, id);
      expect(gentleButton(el) === null, `${id} offers no plan`).to.equal(true);
      await tick(el, id);
    }
    // Everything but a changed tinnitus sound, which puts the user in the caution group.
    await tick(el, ...SIDE_EFFECT_IDS.filter((id) => id !== 'tinnitus-change'));
    expect(root(el).querySelectorAll('button[part="button"]'), 'one button however many situations suggest it').to.have.length(1);
    expect(gentleButton(el)!.closest('details')!.dataset.situation).to.equal(suggesting[0]);

    setTimeout(() => gentleButton(el)!.click());
    const clicked = await oneEvent(el, 'care-plan-request');
    expect(clicked.detail).to.deep.equal({ plan: 'gentle-start' });
    expect(clicked.bubbles && clicked.composed).to.equal(true);

    gentleButton(el)!.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    expect((await oneEvent(el, 'care-plan-request')).detail).to.deep.equal({ plan: 'gentle-start' });
  });

  it('takes the host’s own plan action in the plan-action slot', async () => {
    const el = await fixture<CareSideEffectGuide>(
      html`<care-side-effect-guide situations="training-soreness"><a slot="plan-action" href="#timer">Till timern</a></care-side-effect-guide>`,
    );
    const slot = root(el).querySelector<HTMLSlotElement>('slot[name="plan-action"]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Till timern');
    expect(slot.closest('details')!.dataset.situation).to.equal('training-soreness');
  });

  it('links a valid support contact and refuses other schemes with a notice and a warning', async () => {
    const el = await fixture<CareSideEffectGuide>(
      html`<care-side-effect-guide support-href="tel:+46 10 123 45 67" support-label="Ring oss"></care-side-effect-guide>`,
    );
    const link = root(el).querySelector<HTMLAnchorElement>('[part="contact"] a')!;
    expect(link.getAttribute('href')).to.match(/^tel:/);
    expect(link.textContent).to.equal('Ring oss');
    expect(root(el).querySelector<HTMLElement>('[part="contact"]')!.hidden).to.equal(false);
    await afterHostGrace(); // past the moment a host framework gets to set properties

    const warnings = await captureWarnings(async () => {
      el.supportHref = 'javascript:alert(1)';
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('tel:, mailto:, http: or https:');
    expect(root(el).querySelector('[part="contact"] a')).to.equal(null);
    expect(root(el).querySelector<HTMLElement>('[part="contact"]')!.hidden, 'no dangling “contact:” label').to.equal(true);
    expect(root(el).querySelector('[part="notice"]')!.textContent).to.contain('not valid');

    el.supportHref = 'mailto:kundtjanst@apotek.example';
    await el.updateComplete;
    expect(root(el).querySelector('[part="notice"]')).to.equal(null);
    expect(root(el).querySelector<HTMLAnchorElement>('[part="contact"] a')!.href).to.equal('mailto:kundtjanst@apotek.example');
  });

  it('takes a slotted contact instead of the attribute', async () => {
    const el = await fixture<CareSideEffectGuide>(
      html`<care-side-effect-guide><a slot="support" href="mailto:hjalp@apotek.example">Mejla oss</a></care-side-effect-guide>`,
    );
    await settle(el);
    const contact = root(el).querySelector<HTMLElement>('[part="contact"]')!;
    expect(contact.hidden).to.equal(false);
    expect(contact.querySelector<HTMLSlotElement>('slot')!.assignedElements()[0].textContent).to.equal('Mejla oss');
  });

  it('ticks and opens the situations named in `situations`', async () => {
    const el = await fixture<CareSideEffectGuide>(
      html`<care-side-effect-guide situations=" tinnitus-change  blood-taste "></care-side-effect-guide>`,
    );
    expect(SIDE_EFFECT_IDS.filter((id) => checkbox(el, id).checked)).to.deep.equal(['blood-taste', 'tinnitus-change']);
    expect(answer(el, 'blood-taste')!.open && answer(el, 'tinnitus-change')!.open).to.equal(true);
    expect(root(el).querySelector('[part="notice"]')).to.equal(null);
  });

  it('names unknown `situations` in a notice and a warning listing the valid ids, and keeps the known ones', async () => {
    let el!: CareSideEffectGuide;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide situations="blood-taste headache"></care-side-effect-guide>`);
      await afterHostGrace(); // a notice waits for the moment a host framework gets to set properties
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"headache"');
    expect(warnings[0]).to.contain(`Valid situation ids: ${SIDE_EFFECT_IDS.join(', ')}`);
    expect(root(el).querySelector('[part="notice"]')!.textContent).to.contain('“headache”');
    expect(checkbox(el, 'blood-taste').checked).to.equal(true);

    el.situations = 'training-soreness';
    await el.updateComplete;
    expect(root(el).querySelector('[part="notice"]')).to.equal(null);
    expect(SIDE_EFFECT_IDS.filter((id) => checkbox(el, id).checked)).to.deep.equal(['training-soreness']);
  });

  it('keeps what the user ticks on the page: no attribute, no storage, no event carries it', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide situations="tinnitus-change"></care-side-effect-guide>`);
    const events: string[] = [];
    const original = el.dispatchEvent.bind(el);
    el.dispatchEvent = (event: Event) => {
      events.push(event.type);
      return original(event);
    };
    await tick(el, 'blood-taste', 'training-soreness', 'tinnitus-change');
    expect(el.getAttribute('situations'), 'the host’s attribute is not rewritten').to.equal('tinnitus-change');
    expect([...el.attributes].map((a) => a.value).join(' ')).not.to.contain('blood-taste');
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect(events).to.deep.equal([]);
  });

  it('follows <html lang> live, with glossary terms in Swedish and Norwegian', async () => {
    const el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide situations="training-soreness"></care-side-effect-guide>`);
    // While the next language loads the element shows nothing (no legend): keep waiting, do not throw.
    const legend = () => root(el).querySelector('legend.title')?.textContent ?? '';
    try {
      // The translations load lazily: wait for the re-render rather than a fixed time.
      document.documentElement.lang = 'sv-SE';
      await waitUntil(() => legend().includes('Vad märker du sedan du började träna?'), 'follows lang="sv-SE"', { timeout: 3000 });
      expect(textOf(root(el))).to.contain('träningsvärk');
      expect(textOf(root(el))).to.contain('kundtjänst');
      document.documentElement.lang = 'nb';
      await waitUntil(() => legend().includes('Hva merker du etter at du begynte å trene?'), 'follows lang="nb"', { timeout: 3000 });
      expect(textOf(root(el))).to.contain('stølhet');
      expect(textOf(root(el))).to.contain('kundeservice');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('warns and says so in the element for an unknown lang, and still renders', async () => {
    let el!: CareSideEffectGuide;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide lang="de"></care-side-effect-guide>`);
      await afterHostGrace(); // a notice waits for the moment a host framework gets to set properties
      await el.updateComplete;
    });
    expect(warnings.join()).to.contain('Valid values: en, sv, nb');
    expect(root(el).querySelector('[part="notice"]')!.textContent).to.contain('“de”');
    expect(root(el).querySelectorAll('input[type="checkbox"]')).to.have.length(SIDE_EFFECT_IDS.length);
  });

  describe('content after the second reading (issue 12)', () => {
    it('1: does not mark a taste of blood harmless; the harmless sentence sits with the acid cause', async () => {
      const el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide situations="blood-taste"></care-side-effect-guide>`);
      const mark = answer(el, 'blood-taste')!.querySelector<HTMLElement>('[part="harmless"]')!;
      expect(mark.dataset.harmless).to.equal('false');
      expect(textOf(mark)).not.to.contain('calls this harmless.');
      expect(textOf(mark)).to.contain('does not call this harmless whatever its cause');
      expect(textOf(mark)).not.to.contain('The blood is harmless');
      const why = textOf(answer(el, 'blood-taste')!);
      expect(why.indexOf('For this cause, the manufacturer says the blood is harmless')).to.be.greaterThan(why.indexOf('stomach acid has come up'));
    });

    it('3: shows the general "harmless" note with training soreness and worse symptoms only', async () => {
      const el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide></care-side-effect-guide>`);
      const general = () => root(el).querySelector('[part="general"]');
      await tick(el, 'blood-taste', 'tinnitus-change');
      expect(general() === null, 'not for blood or tinnitus').to.equal(true);
      await tick(el, 'worse-reflux-symptoms');
      expect(textOf(general()!)).to.contain('These are harmless and disappear as your inner muscles get stronger');
      expect(textOf(general()!)).to.contain('The manufacturer says this of temporarily worse symptoms');
      expect(general()!.querySelector('[part="source"]')!.textContent).to.contain('The manufacturer of IQoro');
    });

    it('4: the explainer says "for the vast majority" and names the exceptions', async () => {
      const el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide></care-side-effect-guide>`);
      explainer(el).querySelector('summary')!.click();
      await settle(el);
      const text = textOf(explainer(el));
      expect(text).to.contain('For the vast majority, IQoro cannot do any harm.');
      expect(text).to.contain('trigeminal neuralgia');
      expect(text).to.contain('whiplash injury');
    });

    it('5: offers the caution plan, not the gentle start, to someone it knows to be in the caution group', async () => {
      const el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide situations="tinnitus-change"></care-side-effect-guide>`);
      expect(textOf(answer(el, 'tinnitus-change')!)).to.contain('3 seconds for the first two to three weeks');
      expect(gentleButton(el), 'the tinnitus card offers a plan').not.to.equal(null);
      setTimeout(() => gentleButton(el)!.click());
      expect((await oneEvent(el, 'care-plan-request')).detail).to.deep.equal({ plan: 'caution' });
      expect(gentleButton(el)!.textContent).to.contain('start with caution');
      await tick(el, 'training-soreness');
      const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('button[part="button"]')];
      expect(buttons, 'one button').to.have.length(1);
      expect(buttons[0].textContent).not.to.contain('gentle');
      expect(textOf(answer(el, 'training-soreness')!)).to.contain('If you have tinnitus, a whiplash injury or peripheral facial palsy');

      const told = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide plan="caution" situations="training-soreness"></care-side-effect-guide>`);
      expect(gentleButton(told)!.textContent).to.contain('start with caution');
      setTimeout(() => gentleButton(told)!.click());
      expect((await oneEvent(told, 'care-plan-request')).detail, 'plan="caution" from the host').to.deep.equal({ plan: 'caution' });
    });

    it('names the plan "plan" must be, in a notice and a warning', async () => {
      let el!: CareSideEffectGuide;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide plan="daily" situations="training-soreness"></care-side-effect-guide>`);
        await afterHostGrace(); // a notice waits for the moment a host framework gets to set properties
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('Valid values: standard, gentle-start, caution');
      expect(root(el).querySelector('[part="notice"]')!.textContent).to.contain('plan');
      expect(gentleButton(el)!.textContent, 'an unknown plan is treated as the careful one').to.contain('start with caution');
      setTimeout(() => gentleButton(el)!.click());
      expect((await oneEvent(el, 'care-plan-request')).detail).to.deep.equal({ plan: 'caution' });
    });

    it('12: names the gentle start apart from the caution plan in Swedish and Norwegian', async () => {
      const el = await fixture<CareSideEffectGuide>(html`<care-side-effect-guide situations="training-soreness"></care-side-effect-guide>`);
      await useLocale('sv');
      expect(gentleButton(el)!.textContent).to.contain('mjuk start');
      await useLocale('nb');
      expect(gentleButton(el)!.textContent).to.contain('rolig oppstart');
    });
  });

  for (const locale of ['en', 'sv', 'nb'] as const) {
    describe(`accessibility (${locale})`, () => {
      beforeEach(() => useLocale(locale));

      const states: { name: string; situations: string; explainer?: boolean; closed?: boolean; attrs?: 'bad' }[] = [
        { name: 'nothing ticked', situations: '' },
        ...SIDE_EFFECT_IDS.map((id) => ({ name: id, situations: id })),
        { name: 'everything ticked, explainer open', situations: SIDE_EFFECT_IDS.join(' '), explainer: true },
        { name: 'a ticked situation closed', situations: 'blood-taste', closed: true },
        { name: 'bad attributes', situations: 'headache', attrs: 'bad' },
      ];
      for (const state of states) {
        it(`has no axe violations: ${state.name}`, async () => {
          const el = await fixture<CareSideEffectGuide>(
            html`<care-side-effect-guide
              situations=${state.situations}
              support-href=${state.attrs === 'bad' ? 'javascript:alert(1)' : 'mailto:kundtjanst@example.se'}
            ></care-side-effect-guide>`,
          );
          if (state.explainer) explainer(el).querySelector('summary')!.click();
          if (state.closed) root(el).querySelector<HTMLElement>('details[part="answer"] summary')!.click();
          await settle(el);
          await expect(el).to.be.accessible();
        });
      }
    });
  }

  it('fits a 320 px wide phone without horizontal scrolling', async () => {
    const restore = phoneWidth(320);
    try {
      const el = await fixture<CareSideEffectGuide>(
        html`<care-side-effect-guide
          situations=${SIDE_EFFECT_IDS.join(' ')}
          support-href="https://apotek.example/kundtjanst/kontakta-oss"
        ></care-side-effect-guide>`,
      );
      for (const locale of ['en', 'sv', 'nb'] as const) {
        await useLocale(locale);
        explainer(el).open = true;
        await settle(el);
        const right = el.getBoundingClientRect().right;
        expect(right).to.be.at.most(320);
        for (const node of root(el).querySelectorAll<HTMLElement>('*:not(.visually-hidden)')) {
          expect(node.getBoundingClientRect().right, `${locale}: ${node.className || node.localName}`).to.be.at.most(right + 0.5);
        }
        expect(pageContentWidth()).to.be.at.most(320);
      }
    } finally {
      restore();
    }
  });

  it('keeps enough contrast on a dark host page', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div style="background:#121416;color:#e8eaed;padding:1rem">
        <care-side-effect-guide support-href="tel:+46101234567"></care-side-effect-guide>
      </div>`,
    );
    const el = host.querySelector('care-side-effect-guide')!;
    await expect(host).to.be.accessible();
    await tick(el, ...SIDE_EFFECT_IDS);
    explainer(el).querySelector('summary')!.click();
    await settle(el);
    await expect(host).to.be.accessible();
  });
});
