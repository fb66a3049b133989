/**
 * Hold and step back (issue 16.1): "Stay at 4 seconds for now", "Go back one
 * second" and, while held, "Resume the plan's increases", beside the
 * manufacturer's words (PACE_TEXT, seed 000) and its source. Shown only where a
 * choice changes something (see `makeAdjustment`): never on the standard plan,
 * which starts at 10 s. The rules live in the domain (plan-adjustments.ts).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { IsoDate } from '../../domain/calendar.js';
import type { Locale } from '../../domain/locale.js';
import { makeAdjustment } from '../../domain/plan-adjustments.js';
import type { AdjustedProgress, AdjustmentKind } from '../../domain/plan-adjustments.js';
import { PACE_TEXT } from '../../domain/plan-content.js';
import { renderSourceLine } from '../../internal/sources-view.js';
import { longDate, secondsText } from './texts.js';

export interface PaceViewOptions {
  readonly progress: AdjustedProgress;
  readonly today: IsoDate;
  readonly locale: Locale;
  /** False while a session runs: its seconds were fixed at its start. */
  readonly enabled: boolean;
  readonly onAdjust: (kind: AdjustmentKind) => void;
}

/** Whether any pace control applies today. */
export function hasPaceChoices(progress: AdjustedProgress, today: IsoDate): boolean {
  return (['hold', 'back', 'resume'] as const).some((kind) => makeAdjustment(kind, progress, today) !== null);
}

/** "You are staying at 4 seconds per stretch since Monday 1 December …", in the plan's block while held. */
export function renderHeldStatus(progress: AdjustedProgress, locale: Locale): TemplateResult | typeof nothing {
  if (progress.heldSince === null) return nothing;
  const seconds = secondsText(locale, progress.seconds);
  const since = longDate(locale, progress.heldSince);
  return html`<p class="next held">
    ${msg(str`You are staying at ${seconds} per stretch since ${since}. The plan’s increases wait until you resume them.`, {
      id: 'timer.pace-held',
    })}
  </p>`;
}

/** What the live region says after an adjustment. */
export function adjustedText(kind: AdjustmentKind, seconds: number, locale: Locale): string {
  const text = secondsText(locale, seconds);
  switch (kind) {
    case 'hold':
      return msg(str`You will stay at ${text} per stretch.`, { id: 'timer.say-pace-hold' });
    case 'back':
      return msg(str`Stepped back to ${text} per stretch.`, { id: 'timer.say-pace-back' });
    case 'resume':
      return msg(str`The plan goes on from ${text} per stretch.`, { id: 'timer.say-pace-resume' });
  }
}

/** The manufacturer's words and the controls, as one group; nothing where no choice applies. */
export function renderPace({ progress, today, locale, enabled, onAdjust }: PaceViewOptions): TemplateResult | typeof nothing {
  if (!hasPaceChoices(progress, today)) return nothing;
  const hold = makeAdjustment('hold', progress, today);
  const back = makeAdjustment('back', progress, today);
  const resume = makeAdjustment('resume', progress, today);
  const button = (kind: AdjustmentKind, label: string) =>
    html`<button
      type="button"
      class="button secondary pace-${kind}"
      part="button"
      ?disabled=${!enabled}
      @click=${() => onAdjust(kind)}
    >
      ${label}
    </button>`;
  const holdSeconds = secondsText(locale, progress.seconds);
  const backSeconds = back ? secondsText(locale, back.seconds) : '';
  return html`<div class="pace" part="pace" role="group" aria-labelledby="pace-title">
    <p class="subtitle" id="pace-title">${msg('Going too fast? Stay or step back', { id: 'timer.pace' })}</p>
    <blockquote class="quote"><p>${PACE_TEXT.text[locale]}</p></blockquote>
    ${renderSourceLine([PACE_TEXT.from], locale)}
    <div class="pace-controls">
      ${hold ? button('hold', msg(str`Stay at ${holdSeconds} for now`, { id: 'timer.pace-hold' })) : nothing}
      ${back ? button('back', msg(str`Go back one second, to ${backSeconds}`, { id: 'timer.pace-back' })) : nothing}
      ${resume ? button('resume', msg('Resume the plan’s increases', { id: 'timer.pace-resume' })) : nothing}
    </div>
    <p class="hint">
      ${enabled
        ? msg('Your choice applies from the next session and is kept in your training log.', { id: 'timer.pace-hint' })
        : msg('You can change the pace when this session is over.', { id: 'timer.pace-after-session' })}
    </p>
  </div>`;
}
