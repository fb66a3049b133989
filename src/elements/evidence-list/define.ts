import { defineElement } from '../../internal/define.js';
import { CareEvidenceList } from './evidence-list.js';

export { CareEvidenceList };
export type { PhaseChangeDetail, PhaseFilter } from './evidence-list.js';

defineElement('care-evidence-list', CareEvidenceList);

declare global {
  interface HTMLElementTagNameMap {
    'care-evidence-list': CareEvidenceList;
  }
}
