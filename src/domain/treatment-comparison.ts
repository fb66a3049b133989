/**
 * IMS compared with traditional acupuncture, as an IMS provider (IMS Norge)
 * compares them (seed 002, 'ims-vs-acupuncture'). Each cell is a `say` (its
 * Norwegian is the seed's words) or a `paraphrase` naming the seed sentences it
 * renders; tests/node/seed-fidelity.test.mjs checks them against the seed. The whole table is the provider's view:
 * show `source` with it. Its claims about its own treatment and about the rules
 * for practitioners are attributed in the text too. Where the seed says nothing
 * for a cell, the cell says so rather than filling the gap.
 */
import { assertId } from './ids.js';
import type { LocalizedText } from './locale.js';
import { IMS_VS_ACUPUNCTURE } from './sources.js';
import type { Source } from './sources.js';
import { paraphrase, say, text } from './text.js';
import { IMS_NAME, TREATMENT_IDS, getTreatment } from './treatments.js';
import type { TreatmentId } from './treatments.js';

export const COMPARISON_ROWS = [
  'basis',
  'needle-placement',
  'practitioner-requirements',
  'examination',
  'course-of-treatment',
  'expected-progress',
] as const;
export type ComparisonRowId = (typeof COMPARISON_ROWS)[number];

export interface ComparisonRow {
  readonly id: ComparisonRowId;
  readonly label: LocalizedText;
  readonly a: LocalizedText;
  readonly b: LocalizedText;
}

export interface TreatmentComparison {
  readonly a: TreatmentId;
  readonly b: TreatmentId;
  /** Each side's name as the comparison's source words it ("traditional acupuncture"). */
  readonly names: { readonly a: LocalizedText; readonly b: LocalizedText };
  readonly rows: readonly ComparisonRow[];
  readonly source: Source;
}

/** The pairs with a comparison, each in the order its data is written. */
export const COMPARABLE_PAIRS: readonly (readonly [TreatmentId, TreatmentId])[] = [['ims', 'acupuncture']];

const NOT_SAID = text('The source does not say.', 'Källan säger inget om detta.', 'Kilden sier ikke noe om dette.');

const ROW_LABELS: Readonly<Record<ComparisonRowId, LocalizedText>> = {
  basis: text('Based on', 'Bygger på', 'Grunnlag'),
  'needle-placement': text('Where the needles go', 'Var nålarna sätts', 'Hvor nålene settes'),
  'practitioner-requirements': text('Requirements for the practitioner', 'Krav på behandlaren', 'Krav til utøveren'),
  examination: text('Examination and diagnosis', 'Undersökning och diagnos', 'Undersøkelse og diagnose'),
  'course-of-treatment': text('Course of treatment', 'Behandlingsförlopp', 'Behandlingsforløp'),
  'expected-progress': text('Expected improvement', 'Förväntad förbättring', 'Forventet bedring'),
};

type Cells = Readonly<Record<ComparisonRowId, LocalizedText>>;

const IMS_CELLS: Cells = {
  basis: say(
    IMS_VS_ACUPUNCTURE,
    'IMS is based on a Western medical understanding of the body.',
    'IMS bygger på en västerländsk medicinsk förståelse av kroppen.',
    'IMS er basert på en vestlig medisinsk forståelse av kroppen.',
  ).text,
  'needle-placement': paraphrase(
    IMS_VS_ACUPUNCTURE,
    'IMS er en segmental behandling hvor det stilles strenge krav til at utøveren har gode akupunktur- og anatomi kunnskaper. Triggerpunktbehandling er en del av IMS. Nåle-innstikk palperes til fysiske ømme punkter , såkalte triggerpunkter/ motorpunkter.',
    'A segmental treatment: the needles are placed by feel at physically tender points, so-called trigger points (motor points). Trigger point treatment is part of IMS.',
    'En segmentell behandling: nålarna sätts i fysiskt ömma punkter som man känner sig fram till, så kallade triggerpunkter (motorpunkter). Triggerpunktbehandling är en del av IMS.',
    'En segmental behandling: nålene settes i fysisk ømme punkter som man kjenner seg frem til, såkalte triggerpunkter (motorpunkter). Triggerpunktbehandling er en del av IMS.',
  ).text,
  'practitioner-requirements': paraphrase(
    IMS_VS_ACUPUNCTURE,
    'IMS er en segmental behandling hvor det stilles strenge krav til at utøveren har gode akupunktur- og anatomi kunnskaper. … Gode anatomikunnskaper er en forutsetning for trygg utøvelse. IMSNorge samarbeider med Høyskolen Kristiania og Akupunkturforeningen når vi kurser og utdanner kvalifiserte utøvere.',
    'According to the provider, IMS sets strict requirements that the practitioner has good knowledge of acupuncture and anatomy, and good knowledge of anatomy is a precondition for safe practice. IMS Norge says it works with Høyskolen Kristiania and the Norwegian Acupuncture Association (Akupunkturforeningen) to train qualified practitioners.',
    'Enligt IMS Norge ställer IMS stränga krav på att behandlaren har goda kunskaper i akupunktur och anatomi, och goda anatomikunskaper är en förutsättning för säker behandling. IMS Norge säger att de samarbetar med Høyskolen Kristiania och den norska akupunkturföreningen (Akupunkturforeningen) när de utbildar kvalificerade behandlare.',
    'Ifølge tilbyderen stilles det strenge krav til at utøveren av IMS har gode kunnskaper i akupunktur og anatomi, og gode anatomikunnskaper er en forutsetning for trygg utøvelse. IMS Norge sier at de samarbeider med Høyskolen Kristiania og Akupunkturforeningen når de kurser og utdanner kvalifiserte utøvere.',
  ).text,
  examination: paraphrase(
    IMS_VS_ACUPUNCTURE,
    'Eksaminering må gjennomføres, og en diagnose er nødvendig.',
    'An examination must be carried out, and a diagnosis is necessary.',
    'En undersökning måste göras, och en diagnos är nödvändig.',
    'En undersøkelse må gjennomføres, og en diagnose er nødvendig.',
  ).text,
  'course-of-treatment': paraphrase(
    IMS_VS_ACUPUNCTURE,
    'Behandlingen er vanligvis en gang i uken (men kan også være hver 14. dag eller lengre) for å gi kroppen tid til å tilheles. Antall behandlinger er avhengig av varighet og sykdomstilstand, hvor mye arrvev en har (ofte mer ved operative inngrep) og hvor raskt kroppen din klarer å tilheles.',
    'According to the provider, treatment is usually once a week (or every 14 days or less often), and the number of treatments depends on how long you have had the condition and what it is, how much scar tissue you have and how fast your body heals.',
    'Enligt IMS Norge ges behandlingen vanligtvis en gång i veckan (eller var 14:e dag eller mer sällan), och antalet behandlingar beror på hur länge man har haft tillståndet och vilket tillstånd det är, hur mycket ärrvävnad man har och hur snabbt kroppen läker.',
    'Ifølge tilbyderen er behandlingen vanligvis en gang i uken (eller hver 14. dag eller sjeldnere), og antall behandlinger er avhengig av varighet og sykdomstilstand, hvor mye arrvev en har og hvor raskt kroppen tilheles.',
  ).text,
  'expected-progress': paraphrase(
    IMS_VS_ACUPUNCTURE,
    'Rask subjektiv og objektiv forbedring forventes. … Effekten av IMS bygger seg gradvis opp – nåling stimulerer en viss mengde tilhelning, og til slutt vil tilstanden bli tilhelet og smertene forsvinner. Denne tilhelningen tar ca. 21 dager!',
    'Rapid subjective and objective improvement is expected (according to the provider). The provider also says the effect builds up gradually, and that the healing takes about 21 days.',
    'Snabb subjektiv och objektiv förbättring förväntas (enligt IMS Norge). IMS Norge säger också att effekten byggs upp gradvis och att läkningen tar cirka 21 dagar.',
    'Rask subjektiv og objektiv forbedring forventes (ifølge tilbyderen). Tilbyderen sier også at effekten bygger seg gradvis opp, og at tilhelingen tar ca. 21 dager.',
  ).text,
};

const ACUPUNCTURE_CELLS: Cells = {
  basis: paraphrase(
    IMS_VS_ACUPUNCTURE,
    'Basert på kinesisk medisin med røtter flere tusen år tilbake i tid. Baserer seg på en forståelse om at menneskets helse er avhengig av fri bevegelse av Qi («livsenergi»).',
    'Chinese medicine, with roots several thousand years back in time. It builds on an understanding that human health depends on the free movement of Qi (“life energy”).',
    'Kinesisk medicin med rötter flera tusen år tillbaka i tiden. Den bygger på en förståelse av att människans hälsa beror på att Qi (”livsenergi”) kan röra sig fritt.',
    'Kinesisk medisin med røtter flere tusen år tilbake i tid. Den baserer seg på en forståelse av at menneskets helse er avhengig av fri bevegelse av Qi («livsenergi»).',
  ).text,
  'needle-placement': paraphrase(
    IMS_VS_ACUPUNCTURE,
    'Nåle-innstikk (akupunkturnåler) utføres i akupunkturpunkter, eller palperbare smertepunkter (ashi punkter). Akupunkturpunkter er definerte punkter på såkalte meridianer (energibaner igjennom kroppen).',
    'The needles are inserted at acupuncture points, or at tender points found by touch (ashi points). Acupuncture points are defined points on so-called meridians (energy channels through the body).',
    'Nålarna sätts i akupunkturpunkter eller i palperbara smärtpunkter, ömma punkter som man hittar genom att känna efter (ashipunkter). Akupunkturpunkter är definierade punkter på så kallade meridianer (energibanor genom kroppen).',
    'Nålene settes i akupunkturpunkter eller i palperbare smertepunkter (ashi-punkter). Akupunkturpunkter er definerte punkter på såkalte meridianer (energibaner gjennom kroppen).',
  ).text,
  'practitioner-requirements': paraphrase(
    IMS_VS_ACUPUNCTURE,
    'I Norge i dag stilles det ingen krav til utdannelse eller anatomikunnskaper for å kalle seg akupunktør, men Akupunkturforeningen jobber i dag for en autorisasjon av sine medlemmer og stiller strenge krav til utdannelse for medlemskap.',
    'According to the provider, in Norway today there are no requirements for education or knowledge of anatomy to call yourself an acupuncturist, but the Norwegian Acupuncture Association (Akupunkturforeningen) is working for authorisation of its members and sets strict educational requirements for membership.',
    'Enligt IMS Norge ställs det i Norge i dag inga krav på utbildning eller anatomikunskaper för att kalla sig akupunktör, men den norska akupunkturföreningen (Akupunkturforeningen) arbetar för en auktorisation av sina medlemmar och ställer stränga krav på utbildning för medlemskap.',
    'Ifølge tilbyderen stilles det i Norge i dag ingen krav til utdanning eller anatomikunnskaper for å kalle seg akupunktør, men Akupunkturforeningen arbeider for autorisasjon av medlemmene sine og stiller strenge krav til utdanning for medlemskap.',
  ).text,
  examination: NOT_SAID,
  'course-of-treatment': say(
    IMS_VS_ACUPUNCTURE,
    'The course of treatment is individual, and so varies from person to person.',
    'Behandlingsförloppet är individuellt och varierar därför från person till person.',
    'Behandlingsforløpet er individuelt, og varierer derfor fra person til person.',
  ).text,
  'expected-progress': NOT_SAID,
};

interface Side {
  /** The name as the comparison's source words it. */
  readonly name: LocalizedText;
  readonly cells: Cells;
}

/** Seed 002 sets IMS against "tradisjonell akupunktur", not acupuncture at large. */
const SIDES: Readonly<Partial<Record<TreatmentId, Side>>> = {
  ims: { name: IMS_NAME, cells: IMS_CELLS },
  acupuncture: { name: text('Traditional acupuncture', 'Traditionell akupunktur', 'Tradisjonell akupunktur'), cells: ACUPUNCTURE_CELLS },
};

/** A treatment's name as the comparisons word it: "Traditional acupuncture" for acupuncture. */
export function comparisonName(id: TreatmentId): LocalizedText {
  return SIDES[id]?.name ?? getTreatment(id).name;
}

function isComparable(a: TreatmentId, b: TreatmentId): boolean {
  return COMPARABLE_PAIRS.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

/**
 * The comparison of treatments `a` and `b`, rows in the order of `COMPARISON_ROWS`.
 * Only IMS and acupuncture (either order) have one; an unknown id or any other
 * pair throws a `RangeError` that says what is valid.
 */
export function compareTreatments(a: string, b: string): TreatmentComparison {
  const first = assertId('treatment', TREATMENT_IDS, a);
  const second = assertId('treatment', TREATMENT_IDS, b);
  const sideA = SIDES[first];
  const sideB = SIDES[second];
  if (!isComparable(first, second) || !sideA || !sideB) {
    const pairs = COMPARABLE_PAIRS.map(([x, y]) => `${x} and ${y}`).join('; ');
    throw new RangeError(
      `No comparison of ${JSON.stringify(a)} and ${JSON.stringify(b)}. Comparisons exist for (either order): ${pairs}.`,
    );
  }
  return {
    a: first,
    b: second,
    names: { a: sideA.name, b: sideB.name },
    rows: COMPARISON_ROWS.map((id) => ({ id, label: ROW_LABELS[id], a: sideA.cells[id], b: sideB.cells[id] })),
    source: IMS_VS_ACUPUNCTURE,
  };
}
