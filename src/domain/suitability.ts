import { CONDITION_GROUPS, CONDITION_GROUP_IDS, CONDITION_IDS, GROUP_VERDICT, VERDICTS } from './conditions.js';
import type { ConditionGroupId, ConditionId, Verdict } from './conditions.js';
import { assertId } from './ids.js';
import type { PlanId } from './plans.js';

export interface Assessment {
  /** The most restrictive verdict of all the conditions; `suitable` when none. */
  readonly verdict: Verdict;
  /** Every condition given, once each, in the order of `CONDITION_IDS`. */
  readonly reasons: readonly ConditionId[];
  /** The groups the reasons fall in, in the order of `CONDITION_GROUP_IDS`. */
  readonly groups: readonly ConditionGroupId[];
  /** The plan to start on: `caution` → 'caution', `effect-not-established` and `suitable` → 'standard', else none. */
  readonly plan: PlanId | null;
}

const PLAN_FOR_VERDICT: Readonly<Record<Verdict, PlanId | null>> = {
  avoid: null,
  wait: null,
  'individual-assessment': null,
  caution: 'caution',
  // 000 gives no plan of its own for MS, Parkinson's, ALS or dementia: the ordinary instructions.
  'effect-not-established': 'standard',
  suitable: 'standard',
};

/**
 * Assesses the conditions a person has ticked. Unknown ids throw a `RangeError`
 * listing the valid ids; duplicates count once.
 */
export function assessSuitability(conditions: Iterable<string>): Assessment {
  const given = new Set<ConditionId>();
  for (const condition of conditions) given.add(assertId('condition', CONDITION_IDS, condition));
  const reasons = CONDITION_IDS.filter((id) => given.has(id));
  const groups = CONDITION_GROUP_IDS.filter((group) => CONDITION_GROUPS[group].some((id) => given.has(id)));
  // VERDICTS runs from the most restrictive: the first that a group leads to.
  const verdict = VERDICTS.find((candidate) => groups.some((group) => GROUP_VERDICT[group] === candidate)) ?? 'suitable';
  return { verdict, reasons, groups, plan: PLAN_FOR_VERDICT[verdict] };
}
