// README: next-server
// app/page.tsx: a Server Component (no 'use client'). care-widgets/react is a
// client module, so its wrappers render here with props that serialize.
import { EvidenceCard, EvidenceList, IqoroUses, TreatmentCompare } from 'care-widgets/react';
import { OrderForm } from './order-form';

export default function Page() {
  return (
    <main>
      <OrderForm />
      <EvidenceCard treatment="vertebroplasty" headingLevel={2} />
      <EvidenceList topic="osteoporosis-pain" />
      <TreatmentCompare a="ims" b="acupuncture" />
      <IqoroUses headingLevel={2} />
    </main>
  );
}
// END README
