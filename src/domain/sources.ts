import type { LocalizedText } from './locale.js';

/** Who stands behind a text, shown beside it so a reader can weigh it. */
export type SourceKind = 'manufacturer' | 'provider' | 'patient-information';

export const SOURCE_IDS = [
  'iqoro-when-to-avoid',
  'iqoro-side-effects',
  'ims-vs-acupuncture',
  'osteoporosis-pain-treatment',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export interface Source {
  readonly id: SourceId;
  /** The seed text this content was written from. */
  readonly seed: string;
  /** The language the source is written in: its `title` and its quoted words are in it. */
  readonly language: 'sv' | 'nb';
  readonly kind: SourceKind;
  /**
   * The source's own title, in its own language: the seed's words (two
   * headings joined by " / " where the content draws on two parts of it).
   */
  readonly title: string;
  /** Who says it, in words a reader understands. */
  readonly publisher: LocalizedText;
}

// Each source on its own, so that a bundle carries only the sources its content
// cites (a statement holds its source: see `Statement.from`).
export const IQORO_WHEN_TO_AVOID: Source = {
  id: 'iqoro-when-to-avoid',
  seed: '000',
  language: 'sv',
  kind: 'manufacturer',
  title: 'När ska man avstå från behandling med IQoro?',
  publisher: {
    en: 'The manufacturer of IQoro, based on its clinical experience',
    sv: 'Tillverkaren av IQoro, utifrån sin kliniska erfarenhet',
    nb: 'Produsenten av IQoro, basert på sin kliniske erfaring',
  },
};

export const IQORO_SIDE_EFFECTS: Source = {
  id: 'iqoro-side-effects',
  seed: '001',
  language: 'sv',
  kind: 'manufacturer',
  title: 'IQoro biverkningar och bieffekter',
  publisher: {
    en: 'The manufacturer of IQoro',
    sv: 'Tillverkaren av IQoro',
    nb: 'Produsenten av IQoro',
  },
};

export const IMS_VS_ACUPUNCTURE: Source = {
  id: 'ims-vs-acupuncture',
  seed: '002',
  language: 'nb',
  kind: 'provider',
  title: 'Effekten av IMS / Hvordan kan vi sammenligne IMS-behandling og akupunkturbehandling',
  publisher: {
    en: 'IMS Norge, a Norwegian provider of IMS treatment, describing its own treatment',
    sv: 'IMS Norge, som erbjuder IMS-behandling i Norge och beskriver sin egen behandling',
    nb: 'IMS Norge, en norsk tilbyder av IMS-behandling, som beskriver sin egen behandling',
  },
};

export const OSTEOPOROSIS_PAIN_TREATMENT: Source = {
  id: 'osteoporosis-pain-treatment',
  seed: '003',
  language: 'sv',
  kind: 'patient-information',
  // The seed has no title of its own: its text opens "Patient kunskap: Förutom
  // medicinsk smärtbehandling kan …", so "Patient kunskap" (the heading it
  // stands under) is the only name it offers; `publisher` says what it is about.
  title: 'Patient kunskap',
  publisher: {
    en: 'Swedish patient information on treating pain in osteoporosis',
    sv: 'Svensk patientinformation om smärtbehandling vid osteoporos',
    nb: 'Svensk pasientinformasjon om smertebehandling ved osteoporose',
  },
};

/** Every source by id. */
export const SOURCES: Readonly<Record<SourceId, Source>> = {
  'iqoro-when-to-avoid': IQORO_WHEN_TO_AVOID,
  'iqoro-side-effects': IQORO_SIDE_EFFECTS,
  'ims-vs-acupuncture': IMS_VS_ACUPUNCTURE,
  'osteoporosis-pain-treatment': OSTEOPOROSIS_PAIN_TREATMENT,
};

/** One statement of content, in every locale, with the source it says. */
export interface Statement {
  readonly text: LocalizedText;
  /** The id of the source that says it. */
  readonly source: SourceId;
  /** That source itself (`from.id === source`): who says it, without a look-up in every source. */
  readonly from: Source;
  /** For a paraphrase, the source's own words it renders (see `paraphrase`); absent for a quote. */
  readonly renders?: string;
}

export function getSource(id: SourceId): Source {
  return SOURCES[id];
}
