/**
 * What the polite live region says: once at the start and end of each stretch
 * and session, never every second. After a catch-up (a hidden tab) only the
 * latest moment is said, not every boundary that passed meanwhile.
 */
import { msg, str } from '@lit/localize';
import { SESSIONS_PER_DAY } from '../../domain/plans.js';
import type { SessionEvent, SessionTiming } from '../../domain/training-session.js';

export interface AnnouncementContext {
  /** "10 seconds", in the timer's language (texts.ts's secondsText, handed in: see session-run.ts). */
  readonly seconds: (seconds: number) => string;
  readonly timing: SessionTiming;
  /** Sessions done today, counting one just completed. */
  readonly sessionsToday: number;
}

function say(event: SessionEvent, context: AnnouncementContext): string {
  const { seconds, timing, sessionsToday } = context;
  const total = timing.stretches;
  switch (event.type) {
    case 'stretch-start': {
      const n = event.stretch;
      const hold = seconds(timing.stretchMs / 1000);
      return msg(str`Stretch ${n} of ${total}: hold for ${hold}.`, { id: 'timer.say-stretch-start' });
    }
    case 'stretch-end': {
      const n = event.stretch;
      if (n === total || timing.restMs === 0) return msg(str`Stretch ${n} done.`, { id: 'timer.say-stretch-end' });
      const rest = seconds(timing.restMs / 1000);
      return msg(str`Stretch ${n} done. Rest for ${rest}.`, { id: 'timer.say-rest' });
    }
    case 'session-complete': {
      const done = sessionsToday;
      const perDay = SESSIONS_PER_DAY;
      return msg(str`Session done: ${done} of ${perDay} today.`, { id: 'timer.say-session-done' });
    }
  }
}

/** The sentence for a batch of events: those at the latest moment, the session's end alone if it ended. */
export function announce(events: readonly SessionEvent[], context: AnnouncementContext): string {
  const last = events.at(-1);
  if (!last) return '';
  if (last.type === 'session-complete') return say(last, context);
  return events
    .filter((event) => event.atMs === last.atMs)
    .map((event) => say(event, context))
    .join(' ');
}
