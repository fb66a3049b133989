import { defineElement } from '../../internal/define.js';
import { CareIqoroUses } from './iqoro-uses.js';

export { CareIqoroUses };

defineElement('care-iqoro-uses', CareIqoroUses);

declare global {
  interface HTMLElementTagNameMap {
    'care-iqoro-uses': CareIqoroUses;
  }
}
