import { defineElement } from '../../internal/define.js';
import { CareSuitabilityCheck } from './suitability-check.js';

export { CareSuitabilityCheck };
export type { PlanRequestDetail, SuitabilityChangeDetail } from './suitability-check.js';

defineElement('care-suitability-check', CareSuitabilityCheck);

declare global {
  interface HTMLElementTagNameMap {
    'care-suitability-check': CareSuitabilityCheck;
  }
}
