'use client';
/**
 * React wrappers (`care-widgets/react`): each element as a React component with
 * typed props (the domain's id unions, not `string`) and typed event props.
 * React and `@lit/react` are the host's (optional peer dependencies); the kit
 * bundles neither. `'use client'` marks this module as a client boundary, so a
 * Next.js Server Component can render the wrappers; the build keeps the
 * directive at the top of dist/react.js (a node test checks it).
 */
import React from 'react';
import { createComponent } from '@lit/react';
import type { EventName, ReactWebComponent } from '@lit/react';
import { CareSuitabilityCheck } from '../elements/suitability-check/define.js';
import type { PlanRequestDetail, SuitabilityChangeDetail } from '../elements/suitability-check/define.js';
import { CareStretchTimer } from '../elements/stretch-timer/define.js';
import type { SessionCompleteDetail, SideEffectOpenDetail, StretchDetail } from '../elements/stretch-timer/define.js';
import { CareEvidenceCard } from '../elements/evidence-card/define.js';
import { CareEvidenceList } from '../elements/evidence-list/define.js';
import type { PhaseChangeDetail } from '../elements/evidence-list/define.js';
import { CareTreatmentCompare } from '../elements/treatment-compare/define.js';
import { CareSideEffectGuide } from '../elements/side-effect-guide/define.js';
import { CareIqoroUses } from '../elements/iqoro-uses/define.js';
import type { CareProperties, CareTag } from '../jsx/tags.js';
export type { CareIntrinsicProps } from '../jsx/react.js';
export type { SituationList } from '../jsx/tags.js';
export type { PlanId, SideEffectId as SituationId, TopicId, TreatmentId } from '../domain/index.js';

/** A wrapper whose props use the kit's narrow types (`TreatmentId`, not `string`). */
type Narrowed<C, T extends CareTag> =
  C extends React.ForwardRefExoticComponent<infer P>
    ? React.ForwardRefExoticComponent<Omit<P, keyof CareProperties[T]> & CareProperties[T]>
    : never;

function wrap<T extends CareTag, I extends HTMLElement, E extends Record<string, EventName | string> = {}>(
  tagName: T,
  elementClass: new () => I,
  displayName: string,
  events?: E,
): Narrowed<ReactWebComponent<I, E>, T> {
  return createComponent({ react: React, tagName, elementClass, displayName, ...(events ? { events } : {}) }) as never;
}

export const SuitabilityCheck = wrap('care-suitability-check', CareSuitabilityCheck, 'SuitabilityCheck', {
  onSuitabilityChange: 'care-suitability-change' as EventName<CustomEvent<SuitabilityChangeDetail>>,
  onPlanRequest: 'care-plan-request' as EventName<CustomEvent<PlanRequestDetail>>,
});

export const StretchTimer = wrap('care-stretch-timer', CareStretchTimer, 'StretchTimer', {
  onStretchStart: 'care-stretch-start' as EventName<CustomEvent<StretchDetail>>,
  onStretchEnd: 'care-stretch-end' as EventName<CustomEvent<StretchDetail>>,
  onSessionComplete: 'care-session-complete' as EventName<CustomEvent<SessionCompleteDetail>>,
  onSideEffectOpen: 'care-side-effect-open' as EventName<CustomEvent<SideEffectOpenDetail>>,
});

export const EvidenceCard = wrap('care-evidence-card', CareEvidenceCard, 'EvidenceCard');

export const EvidenceList = wrap('care-evidence-list', CareEvidenceList, 'EvidenceList', {
  onPhaseChange: 'care-phase-change' as EventName<CustomEvent<PhaseChangeDetail>>,
});

export const TreatmentCompare = wrap('care-treatment-compare', CareTreatmentCompare, 'TreatmentCompare');

export const SideEffectGuide = wrap('care-side-effect-guide', CareSideEffectGuide, 'SideEffectGuide', {
  onPlanRequest: 'care-plan-request' as EventName<CustomEvent<PlanRequestDetail>>,
});

export const IqoroUses = wrap('care-iqoro-uses', CareIqoroUses, 'IqoroUses');
