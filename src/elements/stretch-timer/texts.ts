/** The timer's words: plan names, seconds and dates in the active locale. */
import { msg, str } from '@lit/localize';
import { utcDateOf } from '../../domain/calendar.js';
import type { IsoDate, TimeOfDay } from '../../domain/calendar.js';
import type { Locale } from '../../domain/locale.js';
import type { PlanId } from '../../domain/plans.js';
import { dateTimeFormat, listFormat, numberFormat } from '../../internal/intl.js';

/** The Intl locale for a kit locale: English dates are written the European way ("Monday 14 December"). */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale;
}

export function planName(plan: PlanId): string {
  switch (plan) {
    case 'standard':
      return msg('Standard plan', { id: 'timer.plan-standard' });
    case 'gentle-start':
      return msg('Gentle start', { id: 'timer.plan-gentle-start' });
    case 'caution':
      return msg('Start with caution', { id: 'timer.plan-caution' });
  }
}

/**
 * The next step of the plan, "4 seconds from Tuesday 2 December, as long as
 * training feels good": the seeds increase only "så länge det känns bra" (000,
 * 001), and say to stop and step back if it goes too fast (000).
 */
export function nextIncreaseText(nextSeconds: string, nextDate: string): string {
  return msg(str`${nextSeconds} from ${nextDate}, as long as training feels good.`, { id: 'timer.next-increase-if-good' });
}

/**
 * What a session holds. The rest between stretches is this page's setting
 * (`rest-seconds`): no seed names one, so it is never presented as the
 * manufacturer's instruction.
 */
export function sessionPlanText(count: number, hold: string, rest: string, restSeconds: number): string {
  const stretches = msg(str`Each session: ${count} stretches of ${hold}.`, { id: 'timer.session-stretches' });
  const pause =
    restSeconds > 0
      ? msg(str`The ${rest} of rest between stretches is this page’s setting; the manufacturer names no rest between stretches.`, {
          id: 'timer.session-rest-is-page-setting',
        })
      : msg('The stretches follow one another without rest.', { id: 'timer.session-no-rest' });
  return `${stretches} ${pause}`;
}

const SECONDS: Intl.NumberFormatOptions = { style: 'unit', unit: 'second', unitDisplay: 'long' };

/** "4 seconds", "1 sekund": Intl chooses the plural. */
export function secondsText(locale: Locale, seconds: number): string {
  return numberFormat(intlLocale(locale), SECONDS).format(seconds);
}

/** The number and the unit word apart, for the big countdown: ["7", "seconds"]. */
export function secondsParts(locale: Locale, seconds: number): { number: string; unit: string } {
  const parts = numberFormat(intlLocale(locale), SECONDS).formatToParts(seconds);
  return {
    number: parts.filter((p) => p.type === 'integer' || p.type === 'group').map((p) => p.value).join(''),
    unit: parts.filter((p) => p.type === 'unit').map((p) => p.value).join(''),
  };
}

/** "Monday 14 December". */
export function longDate(locale: Locale, date: IsoDate): string {
  return dateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(utcDateOf(date));
}

/** "Mon 14 Dec". */
export function shortDate(locale: Locale, date: IsoDate): string {
  return dateTimeFormat(intlLocale(locale), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(utcDateOf(date));
}

/** "08:00, 13:00 and 19:00". */
export function timesList(locale: Locale, times: readonly TimeOfDay[]): string {
  const format = dateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  const texts = times.map((t) => format.format(new Date(Date.UTC(2000, 0, 1, t.hour, t.minute))));
  return listFormat(intlLocale(locale), { type: 'conjunction' }).format(texts);
}

/** "Friday 20 November 2026". */
export function dateWithYear(locale: Locale, date: IsoDate): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return dateTimeFormat(intlLocale(locale), options).format(utcDateOf(date));
}
