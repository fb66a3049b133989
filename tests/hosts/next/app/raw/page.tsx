// README: next-client
'use client';
// app/raw/page.tsx: a client component with the raw tags. The server renders
// them with their attributes. React 19 does not attach `on<event>` props of a
// custom element when it hydrates server HTML, so listen through a ref.
import { useCallback, useState } from 'react';
import type { FormEvent } from 'react';
import 'care-widgets'; // registers every <care-*> element (in the browser)
import type { CarePlanHandoff, CareSuitabilityCheck, HandoffLinkDetail, SuitabilityChangeDetail } from 'care-widgets';
import type {} from 'care-widgets/jsx-react'; // types the tags in JSX

export default function RawPage() {
  const [log, setLog] = useState<string[]>([]);
  const listen = useCallback((check: CareSuitabilityCheck | null) => {
    const onChange = (event: CustomEvent<SuitabilityChangeDetail>) =>
      setLog((lines) => [...lines, `care-suitability-change ${event.detail.verdict}`]);
    check?.addEventListener('care-suitability-change', onChange);
    return () => check?.removeEventListener('care-suitability-change', onChange);
  }, []);
  const listenHandoff = useCallback((handoff: CarePlanHandoff | null) => {
    const onLink = (event: CustomEvent<HandoffLinkDetail>) => setLog((lines) => [...lines, `care-handoff-link ${event.detail.url}`]);
    handoff?.addEventListener('care-handoff-link', onLink);
    return () => handoff?.removeEventListener('care-handoff-link', onLink);
  }, []);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = [...new FormData(event.currentTarget)].map(([name, value]) => `${name}=${String(value)}`);
    setLog((lines) => [...lines, `submit ${fields.join('&')}`]);
  };
  return (
    <main>
      <form id="order" onSubmit={onSubmit}>
        <care-suitability-check
          name="iqoro-check"
          support-href="tel:+46101234567"
          ref={listen}
        ></care-suitability-check>
        <button id="submit">Beställ</button>
      </form>
      <pre id="host-log">{log.join('\n')}</pre>
      <care-evidence-card treatment="vertebroplasty" heading-level={2}></care-evidence-card>
      <care-evidence-list topic="osteoporosis-pain"></care-evidence-list>
      <care-treatment-compare a="ims" b="acupuncture"></care-treatment-compare>
      <care-side-effect-guide situations="training-soreness" support-href="tel:+46101234567"></care-side-effect-guide>
      <care-stretch-timer plan="caution"></care-stretch-timer>
      <care-iqoro-uses heading-level={2}></care-iqoro-uses>
      <care-plan-handoff patient-url="/din-traningsplan" plan="gentle-start" ref={listenHandoff}></care-plan-handoff>
    </main>
  );
}
// END README
