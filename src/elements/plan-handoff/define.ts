import { defineElement } from '../../internal/define.js';
import { CarePlanHandoff } from './plan-handoff.js';

export { CarePlanHandoff };
export type { HandoffLinkDetail } from './plan-handoff.js';

defineElement('care-plan-handoff', CarePlanHandoff);

declare global {
  interface HTMLElementTagNameMap {
    'care-plan-handoff': CarePlanHandoff;
  }
}
