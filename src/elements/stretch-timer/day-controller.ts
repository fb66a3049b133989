/**
 * Re-renders its host at each local midnight and when the page comes back, so
 * "today" moves on while a page stays open overnight.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localIsoDate, msUntilNextLocalMidnight } from '../../domain/calendar.js';
import type { IsoDate } from '../../domain/calendar.js';
import type { Clock } from '../../internal/clock.js';

export class DayController implements ReactiveController {
  private cancel: (() => void) | null = null;
  private readonly refresh = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly clock: () => Clock,
  ) {
    host.addController(this);
  }

  /** Today's local date on the host's clock. */
  get today(): IsoDate {
    return localIsoDate(new Date(this.clock().wallTime()));
  }

  hostConnected(): void {
    // Timers sleep with a hidden tab: look at the date again when it comes back.
    document.addEventListener('visibilitychange', this.refresh);
    this.reschedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.refresh);
    this.cancel?.();
    this.cancel = null;
  }

  /** Schedules the next midnight on the current clock (call after the clock changes). */
  reschedule(): void {
    this.cancel?.();
    const clock = this.clock();
    this.cancel = clock.schedule(() => {
      this.host.requestUpdate();
      this.reschedule();
    }, msUntilNextLocalMidnight(new Date(clock.wallTime())) + 1);
  }
}
