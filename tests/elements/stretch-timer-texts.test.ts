/** The timer's words about the plan (issue 12, items 6, 7 and 12): what the seeds say, and what is this page's own. */
import { expect } from '@open-wc/testing';
import { followPageLanguage } from '../../src/internal/localization.js';
import { useLocale } from '../helpers/locale.js';
import { clearLogs, mountTimer, textOf } from './stretch-timer-fixture.js';
import { britishDate } from '../helpers/dates.js';

describe('<care-stretch-timer> texts', () => {
  afterEach(async () => {
    clearLogs();
    await followPageLanguage();
  });

  it('6: announces the next step only "as long as it feels good", in every language', async () => {
    // 2025-11-11 + 20 days = Monday 1 December: the last day at 3 s.
    const { el } = await mountTimer({ attributes: { plan: 'caution', 'start-date': '2025-11-11' } });
    expect(textOf(el, '[part="plan"]')).to.contain(`4 seconds from ${britishDate('2025-12-02', 'long')}, as long as training feels good.`);
    await useLocale('sv');
    expect(textOf(el, '[part="plan"]')).to.contain('4 sekunder från och med tisdag 2 december, så länge det känns bra.');
    await useLocale('nb');
    expect(textOf(el, '[part="plan"]')).to.contain('4 sekunder fra og med tirsdag 2. desember, så lenge det føles bra.');
  });

  it('7: presents the rest between stretches as this page’s setting, not the manufacturer’s', async () => {
    const { el } = await mountTimer({ attributes: { 'rest-seconds': '10' } });
    const hint = textOf(el, '.session .hint');
    expect(hint).to.contain('Each session: 3 stretches of 10 seconds.');
    expect(hint).to.contain('The 10 seconds of rest between stretches is this page’s setting; the manufacturer names no rest between stretches.');
    await useLocale('sv');
    expect(textOf(el, '.session .hint')).to.contain('tillverkaren anger ingen vila mellan töjningarna');
    await useLocale('nb');
    expect(textOf(el, '.session .hint')).to.contain('produsenten oppgir ingen hvile mellom tøyningene');
  });

  it('12: names the gentle start apart from the caution plan in Swedish and Norwegian', async () => {
    const { el } = await mountTimer({ attributes: { plan: 'gentle-start' } });
    await useLocale('sv');
    expect(textOf(el, '[part="plan"]')).to.contain('Mjuk start');
    await useLocale('nb');
    expect(textOf(el, '[part="plan"]')).to.contain('Rolig oppstart');
  });
});
