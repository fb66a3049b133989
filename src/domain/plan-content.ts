/**
 * The training plans in words, by plan (seeds 000 and 001). Shared by the
 * suitability check and the stretch timer, so neither carries the other's texts.
 * Each is a `paraphrase`: the plan in the imperative, with the seed's sentences.
 */
import type { PlanId } from './plans.js';
import type { Statement } from './sources.js';
import { IQORO_SIDE_EFFECTS, IQORO_WHEN_TO_AVOID } from './sources.js';
import { paraphrase, say } from './text.js';

/** The standard instructions (000, 001). */
export const STANDARD_PLAN_TEXT = paraphrase(
  IQORO_SIDE_EFFECTS,
  'Sedan kan du trappa upp någon sekund i taget med några dagars mellanrum tills du är uppe i 3 x 10 sekunder, tre gånger per dag – som är den rekommenderade träningstiden med IQoro.',
  'The recommended training time with IQoro is 3 × 10 seconds of stretching, 3 times a day.',
  'Den rekommenderade träningstiden med IQoro är 3 × 10 sekunders töjning, 3 gånger om dagen.',
  'Den anbefalte treningstiden med IQoro er 3 × 10 sekunders tøyning, 3 ganger om dagen.',
);

/** The gentle start against soreness (001). */
export const GENTLE_START_TEXT = paraphrase(
  IQORO_SIDE_EFFECTS,
  'Det kan dock vara en bra idé att trappa upp träningen långsamt under de första veckorna efter att du fått din IQoro för att undvika för mycket träningsvärk. I så fall kan du börja med 3 x 5 sekunders töjning, tre gånger per dag. Se också till att träningspassen är väl utspridda över dagen så att musklerna hinner återhämta sig däremellan. Sedan kan du trappa upp någon sekund i taget med några dagars mellanrum tills du är uppe i 3 x 10 sekunder, tre gånger per dag – som är den rekommenderade träningstiden med IQoro.',
  'To avoid too much training soreness, you can build up slowly in the first weeks: start with 3 × 5 seconds of stretching, three times a day, with the sessions well spread over the day so the muscles can recover in between. Then add a second at a time, with a few days in between, until you reach 3 × 10 seconds, three times a day.',
  'För att undvika för mycket träningsvärk kan du trappa upp träningen långsamt under de första veckorna: börja med 3 × 5 sekunders töjning, tre gånger per dag, med träningspassen väl utspridda över dagen så att musklerna hinner återhämta sig däremellan. Trappa sedan upp någon sekund i taget med några dagars mellanrum tills du är uppe i 3 × 10 sekunder, tre gånger per dag.',
  'For å unngå for mye stølhet kan du trappe opp treningen langsomt de første ukene: start med 3 × 5 sekunders tøyning, tre ganger om dagen, med treningsøktene godt spredt utover dagen slik at musklene rekker å hente seg inn mellom dem. Trapp deretter opp ett sekund om gangen, med noen dagers mellomrom, til du er oppe i 3 × 10 sekunder, tre ganger om dagen.',
);

/** The caution ramp-up in words (001). */
export const CAUTION_PLAN_TEXT = paraphrase(
  IQORO_SIDE_EFFECTS,
  'För personer med dessa diagnoser rekommenderar vi att du töjer 3 sekunder de första två till tre veckorna, för att sedan öka en sekund per vecka så länge det känns bra. Öka till max 10 sekunder per töjning. I övrigt gäller ordinarie träningsinstruktioner.',
  'Stretch for 3 seconds for the first two to three weeks, then increase by one second a week as long as it feels good. Increase to at most 10 seconds per stretch. Otherwise the ordinary training instructions apply.',
  'Töj 3 sekunder de första två till tre veckorna, för att sedan öka en sekund per vecka så länge det känns bra. Öka till max 10 sekunder per töjning. I övrigt gäller ordinarie träningsinstruktioner.',
  'Tøy i 3 sekunder de første to til tre ukene, og øk deretter med ett sekund per uke så lenge det føles bra. Øk til maks 10 sekunder per tøyning. Ellers gjelder de vanlige treningsinstruksjonene.',
);

export const PLAN_TEXT: Readonly<Record<PlanId, Statement>> = {
  standard: STANDARD_PLAN_TEXT,
  'gentle-start': GENTLE_START_TEXT,
  caution: CAUTION_PLAN_TEXT,
};

/**
 * Stop and step back when it goes too fast (000, in the tinnitus and the
 * facial-palsy advice): the manufacturer's words beside the timer's hold and
 * step-back controls. Increases come "så länge det känns bra" (000, 001), which
 * the timer says with every next step. Marked pure, so a bundle without the
 * timer (the suitability check's) leaves it out.
 */
export const PACE_TEXT = /* @__PURE__ */ say(
  IQORO_WHEN_TO_AVOID,
  'Stop, and step back in training seconds if needed, if you feel that you are progressing too fast.',
  'Stanna av och backa eventuellt i antal träningssekunder om du känner att du går för fort fram.',
  'Stans opp, og gå eventuelt tilbake i antall treningssekunder hvis du føler at du går for fort frem.',
);
