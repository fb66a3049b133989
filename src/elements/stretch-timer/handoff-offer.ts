/**
 * The hand-off offer, loaded only when the page's address holds a hand-off
 * (`#care-plan=…`) and the timer does not ignore it (see handoff-controller.ts,
 * whose cheap check of the fragment is all the first file carries of this):
 * the offer's view and styles, the link's parser and encoder, and the notice
 * and console warning for a link that cannot be used.
 */
import { msg, str } from '@lit/localize';
import { HANDOFF_VALID, HANDOFF_VERSION, parseHandoff } from '../../domain/plan-handoff.js';
import type { Handoff, HandoffField, HandoffResult } from '../../domain/plan-handoff.js';
import type { IsoDate } from '../../domain/calendar.js';
import type { Locale } from '../../domain/locale.js';
import type { AttributeProblem } from '../../internal/care-element.js';
import { longDate } from './texts.js';

export { handoffStyles as styles, renderHandoffOffer } from './handoff-view.js';
/** The link's encoder: the first file reads only a stored hand-off, with the settings' own checks. */
export { encodeHandoff, withoutHandoff } from '../../domain/plan-handoff.js';

const fieldName = (field: HandoffField): string => {
  switch (field) {
    case 'plan':
      return msg('the plan', { id: 'timer.handoff-field-plan' });
    case 'start':
      return msg('the start date', { id: 'timer.handoff-field-start' });
    case 'rest':
      return msg('the rest time', { id: 'timer.handoff-field-rest' });
    case 'reminders':
      return msg('the reminder times', { id: 'timer.handoff-field-reminders' });
  }
};

const FORMAT = `#care-plan=${HANDOFF_VERSION}&plan=…&start=yyyy-mm-dd&rest=…&reminders=hh:mm,…`;

/** The notice and console warning for a link that gives no hand-off; null when there is none to report. */
function handoffProblem(result: HandoffResult, locale: () => Locale): AttributeProblem | null {
  const newLink = () => msg('Ask your clinic or pharmacy for a new link.', { id: 'timer.handoff-new-link' });
  switch (result.kind) {
    case 'ok':
    case 'none':
      return null;
    case 'damaged':
      return {
        warning: `the hand-off link in this page's address is damaged: ${result.reason}. Nothing was changed. A valid link's fragment is ${FORMAT} (see the README).`,
        notice: () =>
          `${msg('The training plan link that opened this page is damaged, so nothing has been changed.', { id: 'timer.handoff-damaged' })} ${newLink()}`,
      };
    case 'newer':
      return {
        warning: `the hand-off link in this page's address is of version ${result.version}; this timer reads version ${HANDOFF_VERSION}. Nothing was changed. Valid values: care-plan=${HANDOFF_VERSION}.`,
        notice: () =>
          `${msg('The training plan link that opened this page was made for a newer version of this timer, so nothing has been changed.', { id: 'timer.handoff-newer' })} ${newLink()}`,
      };
    case 'out-of-range': {
      const { field, value, valid } = result;
      return {
        warning: `the hand-off link in this page's address has ${field}="${value}", which is refused. Valid values: ${valid}. Nothing was changed.`,
        notice: () => {
          const name = fieldName(field);
          return `${msg(str`The training plan link that opened this page has a value for ${name} that is not valid, so nothing has been changed.`, { id: 'timer.handoff-out-of-range' })} ${newLink()}`;
        },
      };
    }
    case 'not-yet':
      return {
        warning: `the hand-off link in this page's address starts the plan on ${result.startDate}, after today. Valid values for start: ${HANDOFF_VALID.start}. Nothing was changed.`,
        notice: () => {
          const date = longDate(locale(), result.startDate);
          return msg(str`The training plan in the link that opened this page starts on ${date}. Open the link again on that day or later. Nothing has been changed.`, {
            id: 'timer.handoff-not-yet',
          });
        },
      };
  }
}

/** The hand-off in `fragment` to offer, or the notice and warning for a link that cannot be used (neither when there is no link). */
export function readHandoffLink(fragment: string, today: IsoDate, locale: () => Locale): { offer: Handoff | null; problem: AttributeProblem | null } {
  const result = parseHandoff(fragment, { today });
  return { offer: result.kind === 'ok' ? result.handoff : null, problem: handoffProblem(result, locale) };
}
