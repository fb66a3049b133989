import { defineElement } from '../../internal/define.js';
import { CareEvidenceCard } from './evidence-card.js';

export { CareEvidenceCard };
export type { CardVariant } from './evidence-card.js';

defineElement('care-evidence-card', CareEvidenceCard);

declare global {
  interface HTMLElementTagNameMap {
    'care-evidence-card': CareEvidenceCard;
  }
}
