import { css } from 'lit';

export const sideEffectGuideStyles = css`
  :host {
    overflow-wrap: break-word;
  }
  fieldset {
    margin: 0 0 var(--_gap);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .title {
    padding: 0;
    font-size: 1.25em;
    font-weight: 700;
  }
  .hint {
    margin: 0.25rem 0 0.75rem;
  }
  .option {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    padding: 0.5rem 0.75rem;
    margin-block-end: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_surface);
  }
  .option input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_accent);
  }
  .general p {
    margin: 0;
  }
  .general .source {
    margin-block: 0.25rem 0;
  }
  .answers {
    display: grid;
    gap: 0.75rem;
  }
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  summary {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    font-weight: 700;
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '';
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s ease;
  }
  :host(:dir(rtl)) summary::before {
    transform: rotate(135deg);
  }
  details[open] > summary::before {
    transform: rotate(45deg);
  }
  @media (prefers-reduced-motion: reduce) {
    summary::before {
      transition: none;
    }
  }
  .body {
    padding: 0 0.75rem 0.75rem;
  }
  .body p {
    margin: 0 0 0.5rem;
  }
  .harmless {
    --_tone: var(--_info);
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.5rem 0.75rem;
    margin-block-end: 0.75rem;
    border-inline-start: 0.375rem solid var(--_tone);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_tone) 10%, transparent);
  }
  .harmless[data-harmless='true'] {
    --_tone: var(--_ok);
  }
  .harmless svg {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    color: var(--_tone);
  }
  .harmless p {
    margin: 0;
  }
  .harmless .verdict {
    font-weight: 700;
  }
  .part {
    margin-block-start: 0.75rem;
  }
  .part-title {
    margin: 0 0 0.5rem;
    font-size: 1em;
    font-weight: 700;
    line-height: inherit;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  .button {
    max-inline-size: 100%;
    text-align: start;
  }
  .contact {
    margin-block: var(--_gap) 0;
    font-weight: 600;
  }
  .explainer {
    margin-block-start: var(--_gap);
  }
  .disclaimer {
    margin-block: var(--_gap) 0;
    font-weight: 600;
  }
  .source {
    margin-block: 0.5rem 0;
  }
  @media (forced-colors: active) {
    .harmless,
    .option:has(input:checked) {
      border-color: CanvasText;
    }
    .harmless svg {
      color: CanvasText;
    }
  }
`;
