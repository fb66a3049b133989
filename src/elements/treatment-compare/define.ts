import { defineElement } from '../../internal/define.js';
import { CareTreatmentCompare } from './treatment-compare.js';

export { CareTreatmentCompare };

defineElement('care-treatment-compare', CareTreatmentCompare);

declare global {
  interface HTMLElementTagNameMap {
    'care-treatment-compare': CareTreatmentCompare;
  }
}
