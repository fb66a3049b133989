/**
 * What a running session needs and the first paint does not, loaded on the
 * first press of "Start session" (see session-slot.ts): the session's rules
 * (src/domain/training-session.ts), the controller that runs them on the
 * clock, what the live region says at each boundary, and the screen wake lock.
 */
export { sessionTiming } from '../../domain/training-session.js';
export { announce } from './announcements.js';
export { ScreenWakeLock } from './screen-wake-lock.js';
export { SessionController } from './session-controller.js';
