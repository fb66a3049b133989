// README: next-order-form
'use client';
// app/order-form.tsx: event props are functions, so they live in a client component.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { SuitabilityCheck } from 'care-widgets/react';

export function OrderForm() {
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
    </>
  );
}
// END README
