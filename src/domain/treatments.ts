/**
 * Treatments for pain and what their sources say of the evidence (issue 4).
 * Two sources, kept apart:
 * - 'osteoporosis-pain-treatment' (seed 003): Swedish patient information on
 *   treating pain in osteoporosis, without medicines. Its sections "Vid akuta
 *   smärtor" and "Vid ihållande smärtor" give the phases. Its verdicts are about
 *   pain in osteoporosis only (see `topicScope`).
 * - 'ims-vs-acupuncture' (seed 002): IMS Norge, a Norwegian IMS provider,
 *   describing its own treatment. Everything it claims is attributed to it in
 *   the text too, so a statement read on its own still says who claims it.
 * Terms follow the project glossary. No advice beyond the seeds.
 *
 * Every statement is a `say` (the Swedish text for 003, the Norwegian for 002,
 * is the seed's words) or a `paraphrase` naming the seed sentence it renders;
 * tests/node/seed-fidelity.test.mjs checks both against the seeds.
 *
 * Content notes, left out on purpose (so a later reader knows):
 * - Seed 002's "Man kan ikke operere hypersensitivitet eller muskelforkortninger"
 *   and "Smertestillende medikamenter «skjuler» bare smertene": claims against
 *   surgery and painkillers that the provider makes to sell its own treatment;
 *   shown, they would read as advice to avoid both. Also its paragraphs on
 *   "Det korte muskel syndrom" and spondylosis as the cause of neuropathic pain:
 *   a theory of causes, not a statement about the treatment.
 * - Seed 003's vertebroplasty heading "Verkan" and its link lines
 *   ("lim.integrativ-medicin.se …", "Bassängträning och kotkompression",
 *   "Akupunktur och benskörhet"): pointers to pages the kit does not have.
 */
import { assertId } from './ids.js';
import type { LocalizedText } from './locale.js';
import { IMS_VS_ACUPUNCTURE as IMS, OSTEOPOROSIS_PAIN_TREATMENT as OSTEOPOROSIS } from './sources.js';
import type { Source, Statement } from './sources.js';
import { paraphrase, say, text } from './text.js';

/** In the order the seeds present them: seed 003 top to bottom, then IMS (seed 002). */
export const TREATMENT_IDS = [
  'heat-pad',
  'ice-pack',
  'physiotherapy',
  'massage',
  'pool-training',
  'corset',
  'tender-area-injection',
  'vertebroplasty',
  'acupuncture',
  'laser-therapy',
  'tens',
  'ims',
] as const;
export type TreatmentId = (typeof TREATMENT_IDS)[number];

/**
 * Old treatment ids that host pages may still use, and the id that replaced
 * each. `getTreatment` accepts them; the elements warn once in the console.
 * `nerve-block` was a wrong name: seed 003's "blockader" are injections of
 * cortisone or local anaesthetic into tender areas, not nerve blocks.
 */
export const DEPRECATED_TREATMENT_IDS: Readonly<Record<string, TreatmentId>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, TreatmentId>, { 'nerve-block': 'tender-area-injection' }),
);

/** The id that replaces `id` when `id` is an old, deprecated treatment id; otherwise null. */
export function deprecatedTreatmentId(id: unknown): TreatmentId | null {
  return typeof id === 'string' && Object.hasOwn(DEPRECATED_TREATMENT_IDS, id) ? DEPRECATED_TREATMENT_IDS[id] : null;
}

/** What a source says of whether a treatment works, strongest first. */
export const EVIDENCE_LEVELS = [
  'some-benefit',
  'not-documented',
  'not-studied',
  'rarely-recommended',
  'no-long-term-effect',
  'provider-claim',
] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const TOPIC_IDS = ['osteoporosis-pain', 'neuropathic-pain'] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export const PHASES = ['acute', 'persistent'] as const;
export type Phase = (typeof PHASES)[number];

export interface Treatment {
  readonly id: TreatmentId;
  readonly topic: TopicId;
  readonly evidence: EvidenceLevel;
  /**
   * The badge's words where the level's label (`evidenceLevelLabel`) would say
   * more than the source: physiotherapy's "may help" is about training only.
   */
  readonly evidenceLabel?: LocalizedText;
  /** The kinds of pain the source names it for. */
  readonly phases: readonly Phase[];
  readonly source: Source;
  /** Plain words first, the term beside them where there is one. */
  readonly name: LocalizedText;
  readonly usedWhen: LocalizedText;
  readonly summary: LocalizedText;
  /** What the source itself says of the effect: the words behind `evidence`. */
  readonly effect: Statement;
  /** Practical notes, each as the source says it. */
  readonly notes: readonly Statement[];
}

export const evidenceLevelLabel: Readonly<Record<EvidenceLevel, LocalizedText>> = {
  'some-benefit': text('May help somewhat', 'Kan ha viss gynnsam effekt', 'Kan ha en viss gunstig effekt'),
  'not-documented': text('Effect not documented', 'Effekten är inte dokumenterad', 'Effekten er ikke dokumentert'),
  'not-studied': text('Effect not studied', 'Effekten är inte undersökt', 'Effekten er ikke undersøkt'),
  'rarely-recommended': text('Rarely recommended', 'Rekommenderas sällan', 'Anbefales sjelden'),
  'no-long-term-effect': text('No long-term effect', 'Ingen långtidseffekt', 'Ingen langtidseffekt'),
  'provider-claim': text(
    "The provider's own description; it cites no studies",
    'Behandlingsgivarens egen beskrivning, utan hänvisning till studier',
    'Tilbyderens egen beskrivelse, uten henvisning til studier',
  ),
};

export const evidenceLevelMeaning: Readonly<Record<EvidenceLevel, LocalizedText>> = {
  'some-benefit': text(
    'The source says the treatment can have some favourable effect, but not that the effect is well documented.',
    'Källan säger att behandlingen kan ha en viss gynnsam effekt, men inte att effekten är väl dokumenterad.',
    'Kilden sier at behandlingen kan ha en viss gunstig effekt, men ikke at effekten er godt dokumentert.',
  ),
  'not-documented': text(
    'The effect of the treatment has never been documented: there is no documentation that it works.',
    'Behandlingseffekten har aldrig dokumenterats: det finns ingen dokumentation för att den verkar.',
    'Effekten av behandlingen er aldri dokumentert: det finnes ingen dokumentasjon på at den virker.',
  ),
  'not-studied': text(
    'No studies have been made of how well the treatment works.',
    'Det har inte gjorts några undersökningar av hur bra behandlingen verkar.',
    'Det er ikke gjort noen undersøkelser av hvor godt behandlingen virker.',
  ),
  'rarely-recommended': text(
    'The source gives no statement of how well the treatment works, and says most doctors very rarely recommend it.',
    'Källan säger inget om hur väl behandlingen verkar, och säger att de flesta läkare ytterst sällan rekommenderar den.',
    'Kilden sier ikke noe om hvor godt behandlingen virker, og sier at de fleste leger svært sjelden anbefaler den.',
  ),
  'no-long-term-effect': text(
    'Controlled studies show that the treatment has no long-term effect.',
    'Kontrollerade undersökningar visar att behandlingen inte har någon långtidseffekt.',
    'Kontrollerte undersøkelser viser at behandlingen ikke har noen langtidseffekt.',
  ),
  'provider-claim': text(
    'This is only the provider’s own description of its treatment; the source refers to no studies.',
    'Detta är bara behandlingsgivarens egen beskrivning av sin behandling; källan hänvisar inte till några undersökningar.',
    'Dette er bare tilbyderens egen beskrivelse av sin behandling; kilden viser ikke til noen undersøkelser.',
  ),
};

export const topicLabel: Readonly<Record<TopicId, LocalizedText>> = {
  'osteoporosis-pain': text('Pain in osteoporosis', 'Smärta vid osteoporos (benskörhet)', 'Smerter ved osteoporose (beinskjørhet)'),
  'neuropathic-pain': text('Neuropathic pain', 'Neuropatisk smärta', 'Nevropatiske smerter'),
};

/**
 * What a treatment's verdict is about, for a card shown on its own: seed 003
 * speaks of pain in osteoporosis only, seed 002 of neuropathic pain.
 */
export const topicScope: Readonly<Record<TopicId, LocalizedText>> = {
  'osteoporosis-pain': text(
    'Applies to pain in osteoporosis',
    'Gäller smärta vid osteoporos (benskörhet)',
    'Gjelder smerter ved osteoporose (beinskjørhet)',
  ),
  'neuropathic-pain': text('Applies to neuropathic pain', 'Gäller neuropatisk smärta', 'Gjelder nevropatiske smerter'),
};

export const phaseLabel: Readonly<Record<Phase, LocalizedText>> = {
  acute: text('Acute pain', 'Akuta smärtor', 'Akutte smerter'),
  persistent: text('Persistent pain', 'Ihållande smärtor', 'Vedvarende smerter'),
};

const PERSISTENT = say(
  OSTEOPOROSIS,
  'For persistent pain.',
  'Vid ihållande smärtor.',
  'Ved vedvarende smerter.',
).text;

/** Seed 003 on acupuncture, laser therapy and TENS. */
const NO_DOCUMENTATION = paraphrase(
  OSTEOPOROSIS,
  'Det finns ingen dokumentation för behandlingarnas effekt.',
  'There is no documentation of the effect of the treatment.',
  'Det finns ingen dokumentation för behandlingens effekt.',
  'Det finnes ingen dokumentasjon på effekten av behandlingen.',
);

/** Seed 003 on heat pads and ice packs. */
const NEVER_DOCUMENTED = say(
  OSTEOPOROSIS,
  'The treatment effect has never been documented.',
  'Behandlingseffekten har aldrig dokumenterats.',
  'Behandlingseffekten er aldri blitt dokumentert.',
);

/** IMS's name, on its own: the comparison names IMS without the other treatments' texts. */
export const IMS_NAME = text('IMS (intramuscular stimulation)', 'IMS (intramuskulär stimulering)', 'IMS (intramuskulær stimulering)');

const TREATMENTS: Readonly<Record<TreatmentId, Treatment>> = {
  'heat-pad': {
    id: 'heat-pad',
    topic: 'osteoporosis-pain',
    evidence: 'not-documented',
    phases: ['acute'],
    source: OSTEOPOROSIS,
    name: text('Heat pad', 'Värmekudde', 'Varmepute'),
    usedWhen: paraphrase(
      OSTEOPOROSIS,
      'Värmekuddar används av och till i den akuta fasen efter en kompression, men behandlingseffekten har aldrig dokumenterats.',
      'Now and then in the acute phase after a vertebral compression.',
      'Av och till i den akuta fasen efter en kotkompression.',
      'Av og til i den akutte fasen etter at en ryggvirvel har falt sammen (kompresjonsbrudd).',
    ).text,
    summary: paraphrase(
      OSTEOPOROSIS,
      'Utöver sjukgymnastik och arbetsterapi kan behandlingen omfatta: Värmekudde',
      'Besides physiotherapy and occupational therapy, treatment of acute pain can include a heat pad.',
      'Utöver sjukgymnastik och arbetsterapi kan behandlingen vid akuta smärtor omfatta värmekudde.',
      'I tillegg til fysioterapi og ergoterapi kan behandlingen ved akutte smerter omfatte varmepute.',
    ).text,
    effect: NEVER_DOCUMENTED,
    notes: [],
  },
  'ice-pack': {
    id: 'ice-pack',
    topic: 'osteoporosis-pain',
    evidence: 'not-documented',
    phases: ['acute'],
    source: OSTEOPOROSIS,
    name: text('Ice pack', 'Ispackning', 'Ispakning'),
    usedWhen: paraphrase(
      OSTEOPOROSIS,
      'Ispackningar används av och till i den akuta fasen efter en kompression, men behandlingseffekten har aldrig dokumenterats.',
      'Now and then in the acute phase after a vertebral compression.',
      'Av och till i den akuta fasen efter en kotkompression.',
      'Av og til i den akutte fasen etter at en ryggvirvel har falt sammen (kompresjonsbrudd).',
    ).text,
    summary: paraphrase(
      OSTEOPOROSIS,
      'Utöver sjukgymnastik och arbetsterapi kan behandlingen omfatta: … Ispackningar',
      'Besides physiotherapy and occupational therapy, treatment of acute pain can include ice packs.',
      'Utöver sjukgymnastik och arbetsterapi kan behandlingen vid akuta smärtor omfatta ispackningar.',
      'I tillegg til fysioterapi og ergoterapi kan behandlingen ved akutte smerter omfatte ispakninger.',
    ).text,
    effect: NEVER_DOCUMENTED,
    notes: [],
  },
  physiotherapy: {
    id: 'physiotherapy',
    topic: 'osteoporosis-pain',
    evidence: 'some-benefit',
    // Seed 003's "viss gynnsam effekt" is about training ("fysisk träning"), not
    // about occupational therapy, which shares the card: the badge says so.
    evidenceLabel: text('Training may help somewhat', 'Träning kan ha viss gynnsam effekt', 'Trening kan ha en viss gunstig effekt'),
    // "Både patienter med akuta och kroniska smärtor kan ha nytta av sjukgymnastik och arbetsterapi."
    phases: ['acute', 'persistent'],
    source: OSTEOPOROSIS,
    name: text(
      'Physiotherapy and occupational therapy',
      'Sjukgymnastik och arbetsterapi',
      'Fysioterapi og ergoterapi',
    ),
    usedWhen: paraphrase(
      OSTEOPOROSIS,
      'Både patienter med akuta och kroniska smärtor kan ha nytta av sjukgymnastik och arbetsterapi.',
      'For both acute and chronic pain.',
      'Vid både akuta och kroniska smärtor.',
      'Ved både akutte og kroniske smerter.',
    ).text,
    summary: paraphrase(
      OSTEOPOROSIS,
      'Både patienter med akuta och kroniska smärtor kan ha nytta av sjukgymnastik och arbetsterapi. … Sjukgymnastisk träning (mobilisering) används ofta till patienter som har smärtor som följd av kotkompression.',
      'Patients with acute pain and patients with chronic pain can both benefit from physiotherapy and occupational therapy. Physiotherapy training (mobilisation) is often used for patients who have pain after a vertebral compression.',
      'Både patienter med akuta och kroniska smärtor kan ha nytta av sjukgymnastik och arbetsterapi. Sjukgymnastisk träning (mobilisering) används ofta för patienter som har smärtor som följd av kotkompression.',
      'Både pasienter med akutte og kroniske smerter kan ha nytte av fysioterapi og ergoterapi. Trening med fysioterapeut (mobilisering) brukes ofte for pasienter som har smerter etter at en ryggvirvel har falt sammen (kompresjonsbrudd).',
    ).text,
    effect: say(
      OSTEOPOROSIS,
      'The effect of physical training in patients with osteoporosis is not especially well studied, but the knowledge there is suggests that training has some favourable effect.',
      'Effekten av fysisk träning på osteoporospatienter är inte speciellt välbelyst, men den kunskap som finns tyder dock på att träning har en viss gynnsam effekt.',
      'Effekten av fysisk trening hos pasienter med osteoporose er ikke spesielt godt belyst, men den kunnskapen som finnes, tyder på at trening har en viss gunstig effekt.',
    ),
    notes: [
      say(
        OSTEOPOROSIS,
        'It is important that you get guidance in good lifting technique and suitable movement patterns.',
        'Det är viktigt att du får vägledning i god lyfteknik och lämpliga rörelsemönster.',
        'Det er viktig at du får veiledning i god løfteteknikk og hensiktsmessige bevegelsesmønstre.',
      ),
      say(
        OSTEOPOROSIS,
        'There are no standardised rehabilitation programmes.',
        'Det finns inga standardiserade rehabiliteringsprogram.',
        'Det finnes ingen standardiserte rehabiliteringsprogrammer.',
      ),
      say(
        OSTEOPOROSIS,
        'As an osteoporosis patient, you can sometimes get physiotherapy and occupational therapy on referral from your own doctor.',
        'Som osteoporospatient kan du ibland få sjukgymnastik och arbetsterapi efter remiss från din egen läkare.',
        'Som osteoporosepasient kan du noen ganger få fysioterapi og ergoterapi etter henvisning fra din egen lege.',
      ),
    ],
  },
  massage: {
    id: 'massage',
    topic: 'osteoporosis-pain',
    // The seed's only words on massage: "Muskelmassage kan också ha en lindrande
    // effekt." That says it can relieve, so 'some-benefit' ("can have some
    // favourable effect") is the level that says what the seed says. The seed does
    // not call it undocumented or unstudied, so those would add a claim; nor does
    // it say the effect is well documented, which the level's meaning makes plain
    // and `effect` repeats.
    evidence: 'some-benefit',
    // Mentioned in the physiotherapy part of "Vid ihållande smärtor".
    phases: ['persistent'],
    source: OSTEOPOROSIS,
    name: text('Muscle massage', 'Muskelmassage', 'Muskelmassasje'),
    usedWhen: PERSISTENT,
    summary: paraphrase(
      OSTEOPOROSIS,
      'Muskelmassage kan också ha en lindrande effekt.',
      'Muscle massage is mentioned together with physiotherapy and occupational therapy for persistent pain.',
      'Muskelmassage nämns tillsammans med sjukgymnastik och arbetsterapi vid ihållande smärtor.',
      'Muskelmassasje nevnes sammen med fysioterapi og ergoterapi ved vedvarende smerter.',
    ).text,
    effect: paraphrase(
      OSTEOPOROSIS,
      'Muskelmassage kan också ha en lindrande effekt.',
      'Muscle massage can have a relieving effect. The source says nothing about how well this is documented.',
      'Muskelmassage kan ha en lindrande effekt. Källan säger inget om hur väl detta är dokumenterat.',
      'Muskelmassasje kan ha en lindrende effekt. Kilden sier ikke noe om hvor godt dette er dokumentert.',
    ),
    notes: [],
  },
  'pool-training': {
    id: 'pool-training',
    topic: 'osteoporosis-pain',
    // "Det föreligger dock inga undersökningar av effekten av bassängträning."
    evidence: 'not-studied',
    phases: ['persistent'],
    source: OSTEOPOROSIS,
    name: text('Pool training (warm-water pool)', 'Bassängträning (varmvattenbassäng)', 'Bassengtrening (varmtvannsbasseng)'),
    usedWhen: paraphrase(
      OSTEOPOROSIS,
      'En del patienter med kotkompression är glada för att träna i en varmvattenbassäng.',
      'For persistent pain in patients with a vertebral compression.',
      'Vid ihållande smärtor hos patienter med kotkompression.',
      'Ved vedvarende smerter hos pasienter med sammenfalt ryggvirvel (kompresjonsbrudd).',
    ).text,
    summary: say(
      OSTEOPOROSIS,
      'Some patients with a vertebral compression are glad to train in a warm-water pool.',
      'En del patienter med kotkompression är glada för att träna i en varmvattenbassäng.',
      'Noen pasienter med sammenfalt ryggvirvel liker godt å trene i varmtvannsbasseng.',
    ).text,
    effect: paraphrase(
      OSTEOPOROSIS,
      'Det föreligger dock inga undersökningar av effekten av bassängträning till patienter med osteoporos.',
      'There are no studies of the effect of pool training for patients with osteoporosis.',
      'Det föreligger inga undersökningar av effekten av bassängträning för patienter med osteoporos.',
      'Det finnes ingen undersøkelser av effekten av bassengtrening for pasienter med osteoporose.',
    ),
    notes: [
      paraphrase(
        OSTEOPOROSIS,
        'För att undvika olyckor skall du vara någorlunda mobil för att träna i bassäng.',
        'To avoid accidents, you must be reasonably mobile to train in a pool.',
        'För att undvika olyckor ska du vara någorlunda mobil för att träna i bassäng.',
        'For å unngå ulykker må du kunne bevege deg noenlunde godt for å trene i basseng.',
      ),
      paraphrase(
        OSTEOPOROSIS,
        'Av hygieniska orsaker får du inte vara inkontinent.',
        'For reasons of hygiene, you must not train in a pool if you are incontinent.',
        'Av hygieniska skäl får du inte träna i bassäng om du är inkontinent.',
        'Av hygieniske grunner må du ikke trene i basseng hvis du er inkontinent.',
      ),
    ],
  },
  corset: {
    id: 'corset',
    topic: 'osteoporosis-pain',
    // Seed 003 gives no statement of how well a corset works: no documentation,
    // no studies, no "may help". What it does say is "De flesta läkare
    // rekommenderar ytterst sällan patienter att använda korsett", and that a
    // corset "kan användas som smärtstillande behandling i en kort period efter
    // en ny kotkompression". So the level says what the seed says: rarely
    // recommended, in the warning tone (never the green check of 'some-benefit').
    evidence: 'rarely-recommended',
    // Placed under "Vid ihållande smärtor", although its use is for a short
    // period after a new compression (see usedWhen).
    phases: ['persistent'],
    source: OSTEOPOROSIS,
    name: text('Back brace (corset)', 'Stödkorsett', 'Støttekorsett'),
    usedWhen: paraphrase(
      OSTEOPOROSIS,
      'Korsett kan användas som smärtstillande behandling i en kort period efter en ny kotkompression. Korsett kan också användas när man motionerar eller är aktiv på annat vis.',
      'For a short period after a new vertebral compression, and when you exercise or are active in other ways.',
      'I en kort period efter en ny kotkompression, och när man motionerar eller är aktiv på annat vis.',
      'I en kort periode etter at en ryggvirvel nylig har falt sammen (kompresjonsbrudd), og når man mosjonerer eller er aktiv på andre måter.',
    ).text,
    // The seed's warning is the summary, so a compact card shows it too.
    summary: say(
      OSTEOPOROSIS,
      'Most doctors very rarely recommend patients to use a corset, because long-term use of a corset weakens the muscles and so may increase bone loss further.',
      'De flesta läkare rekommenderar ytterst sällan patienter att använda korsett, eftersom långtidsanvändning av korsett försvagar muskulaturen och därigenom kanske ökar bennedbrytningen ytterligare.',
      'De fleste leger anbefaler bare svært sjelden at pasienter bruker korsett, fordi langvarig bruk av korsett svekker muskulaturen og dermed kanskje øker nedbrytningen av beinvevet ytterligere.',
    ).text,
    effect: paraphrase(
      OSTEOPOROSIS,
      'Korsett kan användas som smärtstillande behandling i en kort period efter en ny kotkompression.',
      'The source calls a corset a pain-relieving treatment for a short period after a new vertebral compression, but says nothing about how well it works.',
      'Källan kallar korsett en smärtstillande behandling i en kort period efter en ny kotkompression, men säger inget om hur väl den verkar.',
      'Kilden kaller korsett en smertestillende behandling i en kort periode etter et nytt kompresjonsbrudd i en ryggvirvel, men sier ikke noe om hvor godt den virker.',
    ),
    notes: [
      say(
        OSTEOPOROSIS,
        'A corset can be used as pain relief for a short period after a new vertebral compression.',
        'Korsett kan användas som smärtstillande behandling i en kort period efter en ny kotkompression.',
        'Korsett kan brukes som smertestillende behandling i en kort periode etter at en ryggvirvel nylig har falt sammen (kompresjonsbrudd).',
      ),
      say(
        OSTEOPOROSIS,
        'A corset can also be used when you exercise or are active in other ways. Wearing it all day is rarely recommended.',
        'Korsett kan också användas när man motionerar eller är aktiv på annat vis. Man rekommenderar sällan att använda den hela dagen.',
        'Korsett kan også brukes når man mosjonerer eller er aktiv på andre måter. Det anbefales sjelden å bruke den hele dagen.',
      ),
      paraphrase(
        OSTEOPOROSIS,
        'Om man skall ha korsett blir man hänvisad till en avdelning för medicintekniska hjälpmedel.',
        'If you are to have a corset, you are referred to a department for medical aids.',
        'Om man ska ha korsett blir man hänvisad till en avdelning för medicintekniska hjälpmedel.',
        'Skal man ha korsett, blir man henvist til en avdeling for medisinske hjelpemidler.',
      ),
    ],
  },
  'tender-area-injection': {
    id: 'tender-area-injection',
    topic: 'osteoporosis-pain',
    // "Det har inte gjorts vetenskapliga undersökningar av hur bra blockadbehandling verkar."
    evidence: 'not-studied',
    phases: ['persistent'],
    source: OSTEOPOROSIS,
    // Seed 003's "blockader": cortisone or local anaesthetic injected into tender
    // areas. Not nerve blocks (the old id `nerve-block` still works, deprecated).
    name: text('Injections into tender areas (block treatment)', 'Blockadbehandling', 'Blokadebehandling'),
    usedWhen: paraphrase(
      OSTEOPOROSIS,
      'Om du har smärtsamma muskelspänningar (myoser) i området omkring en osteoporotisk kotkompression kan smärtorna möjligtvis lindras med blockader där kortison eller lokalbedövande medicin sprutas in i de ömma områdena.',
      'For painful muscle tension (muscle knots) around an osteoporotic vertebral compression.',
      'Vid smärtsamma muskelspänningar (myoser) i området omkring en osteoporotisk kotkompression.',
      'Ved smertefulle muskelspenninger (myoser) rundt en ryggvirvel som har falt sammen på grunn av osteoporose.',
    ).text,
    summary: paraphrase(
      OSTEOPOROSIS,
      'Om du har smärtsamma muskelspänningar (myoser) i området omkring en osteoporotisk kotkompression kan smärtorna möjligtvis lindras med blockader där kortison eller lokalbedövande medicin sprutas in i de ömma områdena.',
      'Cortisone or a local anaesthetic is injected into the tender areas (the source calls these injections “blocks”), which may possibly relieve the pain.',
      'Kortison eller lokalbedövande medicin sprutas in i de ömma områdena (blockader), och smärtorna kan möjligtvis lindras.',
      'Kortison eller lokalbedøvende medisin sprøytes inn i de ømme områdene (blokader), og smertene kan muligens lindres.',
    ).text,
    effect: say(
      OSTEOPOROSIS,
      'No scientific studies have been made of how well these injections work in patients with osteoporosis.',
      'Det har inte gjorts vetenskapliga undersökningar av hur bra blockadbehandling verkar på osteoporospatienter.',
      'Det er ikke gjort vitenskapelige undersøkelser av hvor godt blokadebehandling virker hos pasienter med osteoporose.',
    ),
    notes: [
      paraphrase(
        OSTEOPOROSIS,
        'Det har inte gjorts vetenskapliga undersökningar av hur bra blockadbehandling verkar på osteoporospatienter. Behandlingen används därför endast sällan hos patienter med benskörhet.',
        'As its effect has not been studied, the treatment is used only rarely in patients with osteoporosis.',
        'Eftersom effekten inte har undersökts används behandlingen endast sällan hos patienter med benskörhet.',
        'Siden effekten ikke er undersøkt, brukes behandlingen bare sjelden hos pasienter med beinskjørhet.',
      ),
    ],
  },
  vertebroplasty: {
    id: 'vertebroplasty',
    topic: 'osteoporosis-pain',
    evidence: 'no-long-term-effect',
    phases: ['persistent'],
    source: OSTEOPOROSIS,
    name: text('Vertebroplasty', 'Vertebroplastik', 'Vertebroplastikk'),
    usedWhen: paraphrase(
      OSTEOPOROSIS,
      'Vertebroplastik är en kirurgisk metod att behandla kompressioner i ryggen som har praktiserats i Göteborg, men där resultaten på sikt inte är speciellt goda.',
      'To treat compressed vertebrae in the back.',
      'För att behandla kompressioner i ryggen.',
      'For å behandle sammenfalte ryggvirvler (kompresjonsbrudd).',
    ).text,
    summary: paraphrase(
      OSTEOPOROSIS,
      'Vertebroplastik är en kirurgisk metod att behandla kompressioner i ryggen som har praktiserats i Göteborg, men där resultaten på sikt inte är speciellt goda. … Vid vertebroplastik sprutas bencement in i de ryggkotor som har komprimerats. Med insprutningen försöker man att stabilisera kotkompressionen och i några fall kan den komprimerade kotan få tillbaka sin ursprungliga form.',
      'A surgical method in which bone cement is injected into the compressed vertebrae. The injection aims to stabilise the compression, and in some cases the compressed vertebra can regain its original shape.',
      'En kirurgisk metod där bencement sprutas in i de ryggkotor som har komprimerats. Med insprutningen försöker man att stabilisera kotkompressionen, och i några fall kan den komprimerade kotan få tillbaka sin ursprungliga form.',
      'En kirurgisk metode der beinsement sprøytes inn i ryggvirvler som har falt sammen. Med innsprøytingen prøver man å stabilisere kompresjonsbruddet, og i noen tilfeller kan ryggvirvelen få tilbake sin opprinnelige form.',
    ).text,
    // The seed writes "viser" (for "visar"); the Swedish here corrects the typo.
    effect: paraphrase(
      OSTEOPOROSIS,
      'Det har gjorts 2 kontrollerade undersökningar som entydigt viser att det inte finns en långtidseffekt av vertebroplastik.',
      'Two controlled studies show clearly that vertebroplasty has no long-term effect.',
      'Det har gjorts 2 kontrollerade undersökningar som entydigt visar att det inte finns en långtidseffekt av vertebroplastik.',
      'To kontrollerte undersøkelser viser entydig at vertebroplastikk ikke har noen langtidseffekt.',
    ),
    notes: [
      say(
        OSTEOPOROSIS,
        'The procedure can be done under local anaesthesia, and the patient can normally move around after a few hours.',
        'Ingreppet kan utföras under lokalbedövning och patienten kan normalt röra sig runt efter få timmar.',
        'Inngrepet kan gjøres med lokalbedøvelse, og pasienten kan normalt bevege seg rundt etter noen få timer.',
      ),
      say(
        OSTEOPOROSIS,
        'The immediate pain relief is thought to come from the spine being stabilised and from the injected bone cement destroying the pain-conducting nerve fibres in the bone tissue.',
        'Man menar att den omedelbara smärtlindrande effekten av vertebroplastik beror på att ryggraden stabiliseras och att den insprutade bencementen förstör de smärtförande nervtrådarna i benvävnaden.',
        'Man mener at den umiddelbare smertelindrende effekten av vertebroplastikk skyldes at ryggsøylen stabiliseres, og at den innsprøytede beinsementen ødelegger de smerteledende nervetrådene i beinvevet.',
      ),
      paraphrase(
        OSTEOPOROSIS,
        'Vertebroplastik är en kirurgisk metod att behandla kompressioner i ryggen som har praktiserats i Göteborg, men där resultaten på sikt inte är speciellt goda.',
        'The method has been practised in Gothenburg, but its results over time are not especially good.',
        'Metoden har praktiserats i Göteborg, men resultaten på sikt är inte speciellt goda.',
        'Metoden har vært brukt i Göteborg, men resultatene på sikt er ikke spesielt gode.',
      ),
    ],
  },
  acupuncture: {
    id: 'acupuncture',
    topic: 'osteoporosis-pain',
    evidence: 'not-documented',
    phases: ['persistent'],
    source: OSTEOPOROSIS,
    name: text('Acupuncture', 'Akupunktur', 'Akupunktur'),
    usedWhen: PERSISTENT,
    summary: paraphrase(
      OSTEOPOROSIS,
      'Akupunktur, laserterapi och transkutan nervstimulation (TNS) används av några behandlare utanför sjukhusväsendet.',
      'Acupuncture is used by some practitioners outside the hospital service.',
      'Akupunktur används av några behandlare utanför sjukhusväsendet.',
      'Akupunktur brukes av noen behandlere utenfor sykehusene.',
    ).text,
    effect: NO_DOCUMENTATION,
    notes: [],
  },
  'laser-therapy': {
    id: 'laser-therapy',
    topic: 'osteoporosis-pain',
    evidence: 'not-documented',
    phases: ['persistent'],
    source: OSTEOPOROSIS,
    name: text('Laser therapy', 'Laserterapi', 'Laserbehandling'),
    usedWhen: PERSISTENT,
    summary: paraphrase(
      OSTEOPOROSIS,
      'Akupunktur, laserterapi och transkutan nervstimulation (TNS) används av några behandlare utanför sjukhusväsendet.',
      'Laser therapy is used by some practitioners outside the hospital service.',
      'Laserterapi används av några behandlare utanför sjukhusväsendet.',
      'Laserbehandling brukes av noen behandlere utenfor sykehusene.',
    ).text,
    effect: NO_DOCUMENTATION,
    notes: [],
  },
  tens: {
    id: 'tens',
    topic: 'osteoporosis-pain',
    evidence: 'not-documented',
    phases: ['persistent'],
    source: OSTEOPOROSIS,
    // Seed 003 writes "transkutan nervstimulation (TNS)"; TENS is the usual name
    // of the same treatment, and "electrical" is what it stimulates with.
    name: text(
      'TENS (transcutaneous electrical nerve stimulation)',
      'TENS (transkutan elektrisk nervstimulering)',
      'TENS (transkutan elektrisk nervestimulering)',
    ),
    usedWhen: PERSISTENT,
    summary: paraphrase(
      OSTEOPOROSIS,
      'Akupunktur, laserterapi och transkutan nervstimulation (TNS) används av några behandlare utanför sjukhusväsendet.',
      'Transcutaneous electrical nerve stimulation (TENS; the source writes “TNS”) is used by some practitioners outside the hospital service.',
      'Transkutan nervstimulation (TNS) används av några behandlare utanför sjukhusväsendet.',
      'Transkutan elektrisk nervestimulering (TENS, kilden skriver «TNS») brukes av noen behandlere utenfor sykehusene.',
    ).text,
    effect: NO_DOCUMENTATION,
    notes: [],
  },
  ims: {
    id: 'ims',
    topic: 'neuropathic-pain',
    evidence: 'provider-claim',
    // Seed 002 has no acute/persistent sections, but it names both: pain that
    // "nettopp har oppstått" (one treatment may be enough) and long-standing pain
    // with scar tissue that needs more treatments.
    phases: ['acute', 'persistent'],
    source: IMS,
    name: IMS_NAME,
    usedWhen: paraphrase(
      IMS,
      'Behandling av Nevropatiske smerter',
      'For neuropathic pain, according to the provider.',
      'Vid neuropatisk smärta, enligt IMS Norge.',
      'Ved nevropatiske smerter, ifølge tilbyderen.',
    ).text,
    summary: paraphrase(
      IMS,
      'IMS er en segmental behandling hvor det stilles strenge krav til at utøveren har gode akupunktur- og anatomi kunnskaper. Triggerpunktbehandling er en del av IMS. … Målet for behandlingen er å «slippe» muskelsammentrekningen som presser på og irriterer nerven. Hyperfølsomme områder vil bli reduserte og det konstante drag i den korte muskelen vil avta.',
      'A segmental needle treatment that includes treating trigger points (motor points). According to the provider, the aim is to “release” the muscle contraction that presses on and irritates the nerve, so that hypersensitive areas are reduced and the constant pull in the short muscle eases.',
      'En segmentell nålbehandling där behandling av triggerpunkter (motorpunkter) ingår. Enligt IMS Norge är målet att ”släppa” den muskelsammandragning som trycker på och irriterar nerven, så att överkänsliga områden minskar och det ständiga draget i den korta muskeln avtar.',
      'En segmental nålebehandling der behandling av triggerpunkter (motorpunkter) inngår. Ifølge tilbyderen er målet å «slippe» muskelsammentrekningen som presser på og irriterer nerven, slik at hyperfølsomme områder reduseres og det konstante draget i den korte muskelen avtar.',
    ).text,
    effect: paraphrase(
      IMS,
      'Effekten av IMS bygger seg gradvis opp – nåling stimulerer en viss mengde tilhelning, og til slutt vil tilstanden bli tilhelet og smertene forsvinner. … Flere pasienter som har fått IMS behandling har vært smertefrie i over 20 år.',
      'According to the provider, the effect of IMS builds up gradually: the needling stimulates some healing, until in the end the condition has healed and the pain goes away. The provider says several patients who have had IMS have been free of pain for over 20 years.',
      'Enligt IMS Norge byggs effekten av IMS upp gradvis: nålningen stimulerar en viss läkning, och till slut har tillståndet läkt och smärtorna försvinner. IMS Norge säger att flera patienter som har fått IMS har varit smärtfria i över 20 år.',
      'Ifølge tilbyderen bygger effekten av IMS seg gradvis opp: nålingen stimulerer en viss tilheling, og til slutt er tilstanden tilhelet og smertene forsvinner. Tilbyderen sier at flere pasienter som har fått IMS, har vært smertefrie i over 20 år.',
    ),
    notes: [
      paraphrase(
        IMS,
        'Denne tilhelningen tar ca. 21 dager!',
        'According to the provider, this healing takes about 21 days.',
        'Enligt IMS Norge tar denna läkning cirka 21 dagar.',
        'Ifølge tilbyderen tar denne tilhelingen ca. 21 dager.',
      ),
      paraphrase(
        IMS,
        'Behandlingen er vanligvis en gang i uken (men kan også være hver 14. dag eller lengre) for å gi kroppen tid til å tilheles.',
        'According to the provider, treatment is usually once a week (but can also be every 14 days or less often), to give the body time to heal.',
        'Enligt IMS Norge ges behandlingen vanligtvis en gång i veckan (men kan också ges var 14:e dag eller mer sällan), för att ge kroppen tid att läka.',
        'Ifølge tilbyderen er behandlingen vanligvis en gang i uken (men kan også være hver 14. dag eller sjeldnere), for å gi kroppen tid til å tilheles.',
      ),
      paraphrase(
        IMS,
        'Antall behandlinger er avhengig av varighet og sykdomstilstand, hvor mye arrvev en har (ofte mer ved operative inngrep) og hvor raskt kroppen din klarer å tilheles.',
        'According to the provider, the number of treatments depends on how long you have had the condition and what it is, how much scar tissue you have (often more after surgery) and how fast your body manages to heal.',
        'Enligt IMS Norge beror antalet behandlingar på hur länge man har haft tillståndet och vilket tillstånd det är, hur mycket ärrvävnad man har (ofta mer efter operationer) och hur snabbt kroppen klarar att läka.',
        'Ifølge tilbyderen er antall behandlinger avhengig av varighet og sykdomstilstand, hvor mye arrvev en har (ofte mer etter operative inngrep) og hvor raskt kroppen din klarer å tilheles.',
      ),
      paraphrase(
        IMS,
        'Tilhelningstiden kommer også an på nervenes tilstand (hos yngre tilheles ofte disse fortere enn hos eldre).',
        'According to the provider, the healing time also depends on the state of the nerves: in younger people they often heal faster than in older people.',
        'Enligt IMS Norge beror läkningstiden också på nervernas tillstånd: hos yngre läker de ofta fortare än hos äldre.',
        'Ifølge tilbyderen kommer tilhelingstiden også an på nervenes tilstand: hos yngre tilheles de ofte fortere enn hos eldre.',
      ),
      paraphrase(
        IMS,
        'Hvis smertene nettopp har oppstått kan én behandling være nok.',
        'According to the provider, one treatment may be enough if the pain has only just started.',
        'Enligt IMS Norge kan en enda behandling räcka om smärtorna nyss har uppstått.',
        'Ifølge tilbyderen kan én behandling være nok hvis smertene nettopp har oppstått.',
      ),
    ],
  },
};

/**
 * The treatment with this id, or with the id that replaced a deprecated one
 * (`nerve-block`). Throws a `RangeError` listing the valid ids for any other value.
 */
export function getTreatment(id: string): Treatment {
  return TREATMENTS[deprecatedTreatmentId(id) ?? assertId('treatment', TREATMENT_IDS, id)];
}

export interface TreatmentFilter {
  readonly topic?: TopicId;
  readonly phase?: Phase;
}

/**
 * The treatments in seed order, those of `filter.topic` and `filter.phase` only
 * when given. An unknown topic or phase throws a `RangeError` listing the valid ones.
 */
export function listTreatments(filter: TreatmentFilter = {}): Treatment[] {
  const topic = filter.topic === undefined ? undefined : assertId('topic', TOPIC_IDS, filter.topic);
  const phase = filter.phase === undefined ? undefined : assertId('phase', PHASES, filter.phase);
  return TREATMENT_IDS.map((id) => TREATMENTS[id]).filter(
    (treatment) =>
      (topic === undefined || treatment.topic === topic) &&
      (phase === undefined || treatment.phases.includes(phase)),
  );
}
