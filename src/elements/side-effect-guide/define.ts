import { defineElement } from '../../internal/define.js';
import { CareSideEffectGuide } from './side-effect-guide.js';

export { CareSideEffectGuide };
export type { PlanRequestDetail } from './side-effect-guide.js';

defineElement('care-side-effect-guide', CareSideEffectGuide);

declare global {
  interface HTMLElementTagNameMap {
    'care-side-effect-guide': CareSideEffectGuide;
  }
}
