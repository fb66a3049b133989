import { css } from 'lit';

export const planHandoffStyles = css`
  .handoff {
    display: grid;
    gap: var(--_gap);
    overflow-wrap: break-word;
  }
  .handoff > *,
  .result > *,
  .form > * {
    margin: 0;
  }
  .title {
    font-size: 1.25em;
    line-height: 1.25;
  }
  .result-title {
    font-size: 1.1em;
    line-height: 1.25;
  }
  .form,
  .result {
    display: grid;
    gap: 0.5em;
  }
  .field {
    display: grid;
    gap: 0.25em;
    justify-items: start;
  }
  .field span {
    font-weight: 600;
  }
  input,
  select {
    min-block-size: max(24px, 2.5em);
    max-inline-size: 100%;
    padding: 0.25em 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
  }
  select option {
    color: initial;
  }
  /* Date and time fields are typed in, like text fields, so their ring shows whenever they have focus: WebKit
     matches :focus-visible on the field's inner day or hour part, not on the input. */
  input[type='date']:focus,
  input[type='time']:focus {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .times {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin-inline: 0;
    padding: 0.5em 0.75em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  legend {
    padding-inline: 0.25em;
    font-weight: 600;
  }
  .error {
    padding-inline-start: 0.5em;
    border-inline-start: 0.25em solid var(--_danger);
    font-weight: 600;
  }
  .hint {
    font-size: 0.875em;
  }
  .link {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  .qr {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--care-handoff-qr-size, 14em);
    block-size: auto;
    aspect-ratio: 1;
    /* Scanners need dark modules on a light ground, whatever the page's or the system's colours. */
    forced-color-adjust: none;
  }
`;
