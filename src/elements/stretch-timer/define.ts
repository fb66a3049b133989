import { defineElement } from '../../internal/define.js';
import { CareStretchTimer } from './stretch-timer.js';

export { CareStretchTimer };
export type { SessionCompleteDetail, SideEffectOpenDetail, StretchDetail } from './stretch-timer.js';
export type { SessionStatus } from './session-controller.js';
export { ManualClock, systemClock } from '../../internal/clock.js';
export type { Clock } from '../../internal/clock.js';

defineElement('care-stretch-timer', CareStretchTimer);

declare global {
  interface HTMLElementTagNameMap {
    'care-stretch-timer': CareStretchTimer;
  }
}
