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
    margin: 0.25em 0 0.75em;
  }
  .option {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding: 0.5em 0.75em;
    margin-block-end: 0.5em;
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
    inline-size: max(24px, 1.25em);
    block-size: max(24px, 1.25em);
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }
  .general p {
    margin: 0;
  }
  .general .source {
    margin-block: 0.25em 0;
  }
  .answers {
    display: grid;
    gap: 0.75em;
  }
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  summary {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-block-size: max(24px, 2.75em);
    padding: 0.5em 0.75em;
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
    padding: 0 0.75em 0.75em;
  }
  .body p {
    margin: 0 0 0.5em;
  }
  .harmless {
    --_tone: var(--_info);
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding: 0.5em 0.75em;
    margin-block-end: 0.75em;
    border-inline-start: 0.375em solid var(--_tone);
    border-radius: var(--_radius);
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
    margin-block-start: 0.75em;
  }
  .part-title {
    margin: 0 0 0.5em;
    font-size: 1em;
    font-weight: 700;
    line-height: inherit;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.5em;
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
    margin-block: 0.5em 0;
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
