/**
 * React wrappers (`care-widgets/react`): each element as a React component with
 * typed props and typed event props. React is the host's; the kit does not bundle it.
 */
import React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { CareSuitabilityCheck } from '../elements/suitability-check/define.js';
import type { PlanRequestDetail, SuitabilityChangeDetail } from '../elements/suitability-check/define.js';
import { CareStretchTimer } from '../elements/stretch-timer/define.js';
import type { SessionCompleteDetail, StretchDetail } from '../elements/stretch-timer/define.js';
import { CareEvidenceCard } from '../elements/evidence-card/define.js';
import { CareEvidenceList } from '../elements/evidence-list/define.js';
import type { PhaseChangeDetail } from '../elements/evidence-list/define.js';
import { CareTreatmentCompare } from '../elements/treatment-compare/define.js';
import { CareSideEffectGuide } from '../elements/side-effect-guide/define.js';

export const SuitabilityCheck = createComponent({
  tagName: 'care-suitability-check',
  elementClass: CareSuitabilityCheck,
  react: React,
  events: {
    onSuitabilityChange: 'care-suitability-change' as EventName<CustomEvent<SuitabilityChangeDetail>>,
    onPlanRequest: 'care-plan-request' as EventName<CustomEvent<PlanRequestDetail>>,
  },
});

export const StretchTimer = createComponent({
  tagName: 'care-stretch-timer',
  elementClass: CareStretchTimer,
  react: React,
  events: {
    onStretchStart: 'care-stretch-start' as EventName<CustomEvent<StretchDetail>>,
    onStretchEnd: 'care-stretch-end' as EventName<CustomEvent<StretchDetail>>,
    onSessionComplete: 'care-session-complete' as EventName<CustomEvent<SessionCompleteDetail>>,
  },
});

export const EvidenceCard = createComponent({ tagName: 'care-evidence-card', elementClass: CareEvidenceCard, react: React });

export const EvidenceList = createComponent({
  tagName: 'care-evidence-list',
  elementClass: CareEvidenceList,
  react: React,
  events: { onPhaseChange: 'care-phase-change' as EventName<CustomEvent<PhaseChangeDetail>> },
});

export const TreatmentCompare = createComponent({ tagName: 'care-treatment-compare', elementClass: CareTreatmentCompare, react: React });

export const SideEffectGuide = createComponent({
  tagName: 'care-side-effect-guide',
  elementClass: CareSideEffectGuide,
  react: React,
  events: { onPlanRequest: 'care-plan-request' as EventName<CustomEvent<PlanRequestDetail>> },
});
