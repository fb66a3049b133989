import { css, html, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Locale, LocalizedText } from '../domain/locale.js';
import type { Source, SourceKind } from '../domain/sources.js';
import { evidenceLevelLabel } from '../domain/treatments.js';
import type { EvidenceLevel } from '../domain/treatments.js';
import { cautionIcon, checkIcon, frame, questionIcon } from './icons.js';

/** One shape per level, so the badge reads without colour (decorative: the label says it). */
const EVIDENCE_ICON: Readonly<Record<EvidenceLevel, ReturnType<typeof svg>>> = {
  'some-benefit': checkIcon,
  'not-documented': questionIcon,
  'not-studied': frame(svg`<circle cx="11" cy="11" r="7"/><path d="M21 21l-5-5M8 11h6"/>`),
  'rarely-recommended': cautionIcon,
  'no-long-term-effect': frame(svg`<circle cx="12" cy="12" r="10"/><path d="M7 12h10"/>`),
  'provider-claim': frame(svg`<path d="M21 12a8 8 0 0 1-11.8 7L3 21l2-5.6A8 8 0 1 1 21 12z"/><path d="M8 12h.01M12 12h.01M16 12h.01"/>`),
};

/**
 * "Evidence: No long-term effect", as text beside an icon; the tone colour only
 * repeats it. `label` replaces the level's label where a treatment words it more
 * narrowly ("Training may help somewhat").
 */
export function renderEvidenceBadge(level: EvidenceLevel, locale: Locale, label?: LocalizedText): TemplateResult {
  return html`<p class="badge" part="badge" data-evidence=${level}>
    ${EVIDENCE_ICON[level]}<span
      ><span class="visually-hidden">${msg('Evidence:', { id: 'evidence.badge-prefix' })} </span
      >${(label ?? evidenceLevelLabel[level])[locale]}</span
    >
  </p>`;
}

/** "Patient information:", "According to the provider:": who stands behind the text, as a label. */
export function sourceKindLabel(kind: SourceKind): string {
  switch (kind) {
    case 'patient-information':
      return msg('Patient information:', { id: 'evidence.kind-patient-information' });
    case 'provider':
      return msg('According to the provider:', { id: 'evidence.kind-provider' });
    case 'manufacturer':
      return msg('According to the manufacturer:', { id: 'evidence.kind-manufacturer' });
  }
}

/** "Patient information: Swedish patient information on osteoporosis (“title”)." with the kind in bold. */
export function renderKindSourceLine(source: Source, locale: Locale): TemplateResult {
  const who = source.publisher[locale];
  // The title stays in the source's own language, marked as such (WCAG 3.1.2).
  const title = html`<span lang=${source.language}>${source.title}</span>`;
  return html`<p class="source" part="source" data-source-kind=${source.kind}>
    <strong class="source-kind">${sourceKindLabel(source.kind)}</strong>
    ${msg(html`${who} (“${title}”).`, { id: 'evidence.source-who' })}
  </p>`;
}

/** The badge's tone per level, and how badge and source line print. */
export const evidenceBadgeStyles = css`
  .badge {
    /* The provider's own description ('provider-claim') keeps this tone. */
    --_tone: var(--_info);
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
    margin: 0;
    padding: 0.15em 0.65em 0.15em 0.45em;
    border: 1px solid var(--_tone);
    border-radius: 0.75em;
    font-size: 0.9375em;
    font-weight: 600;
    line-height: 1.3;
  }
  .badge svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    color: var(--_tone);
  }
  .badge[data-evidence='some-benefit'] {
    --_tone: var(--_ok);
  }
  .badge[data-evidence='not-documented'],
  .badge[data-evidence='not-studied'],
  .badge[data-evidence='rarely-recommended'] {
    --_tone: var(--_warning);
  }
  .badge[data-evidence='no-long-term-effect'] {
    --_tone: var(--_danger);
  }
  .source-kind {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    .badge svg {
      color: CanvasText;
    }
  }
  @media print {
    .badge {
      border-color: #000;
      background: none;
    }
    .badge,
    .badge svg,
    .source {
      color: #000;
    }
    .source {
      opacity: 1;
    }
  }
`;
