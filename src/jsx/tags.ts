/**
 * What each tag accepts and fires, for typings outside the DOM's own
 * (React's JSX, Vue's templates, the React wrappers): the element class, its
 * properties with the domain's id unions where the class says `string`, its
 * attributes, and its events. Types only; nothing here runs.
 */
import type { PlanId, SideEffectId, TopicId, TreatmentId } from '../domain/index.js';
import type { CardVariant, CareEvidenceCard } from '../elements/evidence-card/evidence-card.js';
import type { CareEvidenceList, PhaseChangeDetail, PhaseFilter } from '../elements/evidence-list/evidence-list.js';
import type { CareIqoroUses } from '../elements/iqoro-uses/iqoro-uses.js';
import type { CareSideEffectGuide } from '../elements/side-effect-guide/side-effect-guide.js';
import type { CareStretchTimer, SessionCompleteDetail, SideEffectOpenDetail, StretchDetail } from '../elements/stretch-timer/stretch-timer.js';
import type {
  CareSuitabilityCheck,
  PlanRequestDetail,
  SuitabilityChangeDetail,
} from '../elements/suitability-check/suitability-check.js';
import type { CareTreatmentCompare } from '../elements/treatment-compare/treatment-compare.js';

/** A space-separated list of situation ids, as `situations="blood-taste tinnitus-change"`. */
export type SituationList = SideEffectId | `${SideEffectId} ${string}`;

/** Properties a host sets, typed as narrowly as the element accepts them. */
export interface CareProperties {
  'care-suitability-check': {
    name?: string;
    supportHref?: string;
    supportLabel?: string;
    requireAcknowledgement?: boolean;
    shareConditions?: boolean;
    headingLevel?: number;
  };
  'care-stretch-timer': Partial<
    Pick<
      CareStretchTimer,
      'startDate' | 'restSeconds' | 'cautionHoldDays' | 'gentleStepDays' | 'reminderTimes' | 'storageKey' | 'clock'
    >
  > & { plan?: PlanId; headingLevel?: number };
  'care-evidence-card': { treatment?: TreatmentId; variant?: CardVariant; headingLevel?: number };
  'care-evidence-list': { topic?: TopicId; phase?: PhaseFilter; variant?: CardVariant; headingLevel?: number };
  'care-treatment-compare': { a?: TreatmentId; b?: TreatmentId };
  'care-side-effect-guide': {
    situations?: SituationList;
    supportHref?: string;
    supportLabel?: string;
    plan?: PlanId;
    headingLevel?: number;
  };
  'care-iqoro-uses': { headingLevel?: number };
}

/** The same values as HTML attributes (what a server renderer or a template writes). */
export interface CareAttributes {
  'care-suitability-check': {
    name?: string;
    'support-href'?: string;
    'support-label'?: string;
    'require-acknowledgement'?: boolean | '';
    'share-conditions'?: boolean | '';
    'heading-level'?: number | `${number}`;
  };
  'care-stretch-timer': {
    plan?: PlanId;
    'start-date'?: string;
    'rest-seconds'?: number | `${number}`;
    'caution-hold-days'?: number | `${number}`;
    'gentle-step-days'?: number | `${number}`;
    'reminder-times'?: string;
    'storage-key'?: string;
    'heading-level'?: number | `${number}`;
  };
  'care-evidence-card': {
    treatment?: TreatmentId;
    variant?: CardVariant;
    'heading-level'?: number | `${number}`;
  };
  'care-evidence-list': {
    topic?: TopicId;
    phase?: PhaseFilter;
    variant?: CardVariant;
    'heading-level'?: number | `${number}`;
  };
  'care-treatment-compare': { a?: TreatmentId; b?: TreatmentId };
  'care-side-effect-guide': {
    situations?: SituationList;
    'support-href'?: string;
    'support-label'?: string;
    plan?: PlanId;
    'heading-level'?: number | `${number}`;
  };
  'care-iqoro-uses': { 'heading-level'?: number | `${number}` };
}

/** Events each tag fires (bubbling, composed). */
export interface CareEvents {
  'care-suitability-check': {
    'care-suitability-change': CustomEvent<SuitabilityChangeDetail>;
    'care-plan-request': CustomEvent<PlanRequestDetail>;
  };
  'care-stretch-timer': {
    'care-stretch-start': CustomEvent<StretchDetail>;
    'care-stretch-end': CustomEvent<StretchDetail>;
    'care-session-complete': CustomEvent<SessionCompleteDetail>;
    'care-side-effect-open': CustomEvent<SideEffectOpenDetail>;
  };
  'care-evidence-card': Record<never, never>;
  'care-evidence-list': { 'care-phase-change': CustomEvent<PhaseChangeDetail> };
  'care-treatment-compare': Record<never, never>;
  'care-side-effect-guide': { 'care-plan-request': CustomEvent<PlanRequestDetail> };
  'care-iqoro-uses': Record<never, never>;
}

/** The element classes by tag. */
export interface CareElements {
  'care-suitability-check': CareSuitabilityCheck;
  'care-stretch-timer': CareStretchTimer;
  'care-evidence-card': CareEvidenceCard;
  'care-evidence-list': CareEvidenceList;
  'care-treatment-compare': CareTreatmentCompare;
  'care-side-effect-guide': CareSideEffectGuide;
  'care-iqoro-uses': CareIqoroUses;
}

export type CareTag = keyof CareElements;
