/**
 * The conditions the IQoro manufacturer names (seeds 000 and 001), grouped as
 * the seeds group them, with the verdict each group leads to.
 */
export const VERDICTS = ['avoid', 'wait', 'individual-assessment', 'caution', 'effect-not-established', 'suitable'] as const;
/** Most restrictive first. */
export type Verdict = (typeof VERDICTS)[number];

export const CONDITION_GROUPS = {
  avoid: ['trigeminal-neuralgia', 'paraesophageal-hernia', 'achalasia-cardiae'],
  caution: ['tinnitus', 'whiplash', 'peripheral-facial-palsy'],
  stroke: ['stroke-within-7-days'],
  progressive: ['multiple-sclerosis', 'parkinsons', 'als', 'dementia'],
  'individual-assessment': ['unable-to-cooperate', 'impaired-sensory-reception', 'high-muscle-tone'],
} as const;

export type ConditionGroupId = keyof typeof CONDITION_GROUPS;
export type ConditionId = (typeof CONDITION_GROUPS)[ConditionGroupId][number];

export const CONDITION_GROUP_IDS = Object.keys(CONDITION_GROUPS) as ConditionGroupId[];
export const CONDITION_IDS: readonly ConditionId[] = CONDITION_GROUP_IDS.flatMap(
  (group) => CONDITION_GROUPS[group],
);

/**
 * What each group means for starting training:
 * - avoid: "kan inte rekommenderas"; contact support before ordering (000, 001).
 * - caution: start with 3 s per stretch and increase slowly (000, 001).
 * - stroke: not used the first week after a stroke (000) → wait.
 * - progressive: effect not scientifically established, likely a complement (000).
 *   The seed neither advises against training nor asks for a slower start, but
 *   it does not call training effective either: its own verdict, after caution.
 * - individual-assessment: "individuella bedömningar före träning ... inleds" (000).
 */
export const GROUP_VERDICT: Readonly<Record<ConditionGroupId, Verdict>> = {
  avoid: 'avoid',
  caution: 'caution',
  stroke: 'wait',
  progressive: 'effect-not-established',
  'individual-assessment': 'individual-assessment',
};

export function groupOf(condition: ConditionId): ConditionGroupId {
  return CONDITION_GROUP_IDS.find((group) =>
    (CONDITION_GROUPS[group] as readonly string[]).includes(condition),
  )!;
}
