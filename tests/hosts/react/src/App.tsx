// README: react
import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  EvidenceCard,
  EvidenceList,
  IqoroUses,
  PlanHandoff,
  SideEffectGuide,
  StretchTimer,
  SuitabilityCheck,
  TreatmentCompare,
} from 'care-widgets/react';

export function App() {
  const [log, setLog] = useState<string[]>([]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = [...new FormData(event.currentTarget)].map(([name, value]) => `${name}=${String(value)}`);
    setLog((lines) => [...lines, `submit ${fields.join('&')}`]);
  };
  return (
    <>
      <form id="order" onSubmit={onSubmit}>
        <SuitabilityCheck
          name="iqoro-check"
          supportHref="tel:+46101234567"
          onSuitabilityChange={(event) => setLog((lines) => [...lines, `care-suitability-change ${event.detail.verdict}`])}
        />
        <button id="submit">Beställ</button>
      </form>
      <pre id="host-log">{log.join('\n')}</pre>
      <EvidenceCard treatment="vertebroplasty" headingLevel={3} />
      <EvidenceList topic="osteoporosis-pain" />
      <TreatmentCompare a="ims" b="acupuncture" />
      <SideEffectGuide situations="training-soreness" supportHref="tel:+46101234567" />
      <StretchTimer plan="caution" />
      <IqoroUses headingLevel={2} />
      <PlanHandoff
        patientUrl="/din-traningsplan"
        plan="gentle-start"
        onHandoffLink={(event) => setLog((lines) => [...lines, `care-handoff-link ${event.detail.url}`])}
      />
    </>
  );
}
// END README

// The wrappers' props are the kit's ids, not any string: these do not compile.
export function TypeChecks() {
  return (
    <>
      {/* @ts-expect-error: not a treatment id */}
      <EvidenceCard treatment="aspirin" />
      {/* @ts-expect-error: not a plan id */}
      <StretchTimer plan="fast" />
      {/* @ts-expect-error: not a situation id */}
      <SideEffectGuide situations="headache" />
    </>
  );
}
