/** Defines the timer in a page of its own, so a test can load two documents (or a sandboxed one) in iframes. */
import '../../src/elements/stretch-timer/define.js';
