/**
 * Treatments for pain and what their sources say of the evidence (issue 4).
 * Two sources, kept apart:
 * - 'osteoporosis-pain-treatment' (seed 003): Swedish patient information on
 *   treating pain in osteoporosis, without medicines. Its sections "Vid akuta
 *   smärtor" and "Vid ihållande smärtor" give the phases.
 * - 'ims-vs-acupuncture' (seed 002): a Norwegian IMS provider describing its
 *   own treatment. Everything it claims is attributed to it in the text too,
 *   so a statement read on its own still says who claims it.
 * Terms follow the project glossary. No advice beyond the seeds.
 */
import { assertId } from './ids.js';
import type { LocalizedText } from './locale.js';
import { SOURCES } from './sources.js';
import type { Source, SourceId, Statement } from './sources.js';
import { say, text } from './text.js';

/** In the order the seeds present them: seed 003 top to bottom, then IMS (seed 002). */
export const TREATMENT_IDS = [
  'heat-pad',
  'ice-pack',
  'physiotherapy',
  'massage',
  'pool-training',
  'corset',
  'nerve-block',
  'vertebroplasty',
  'acupuncture',
  'laser-therapy',
  'tens',
  'ims',
] as const;
export type TreatmentId = (typeof TREATMENT_IDS)[number];

/** What a source says of whether a treatment works, strongest first. */
export const EVIDENCE_LEVELS = [
  'some-benefit',
  'not-documented',
  'not-studied',
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
  'no-long-term-effect': text('No long-term effect', 'Ingen långtidseffekt', 'Ingen langtidseffekt'),
  'provider-claim': text(
    "The provider's own description",
    'Utövarens egen beskrivning',
    'Tilbyderens egen beskrivelse',
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
  'no-long-term-effect': text(
    'Controlled studies show that the treatment has no long-term effect.',
    'Kontrollerade undersökningar visar att behandlingen inte har någon långtidseffekt.',
    'Kontrollerte undersøkelser viser at behandlingen ikke har noen langtidseffekt.',
  ),
  'provider-claim': text(
    'This is only the provider’s own description of its treatment; the source refers to no studies.',
    'Detta är bara utövarens egen beskrivning av sin behandling; källan hänvisar inte till några undersökningar.',
    'Dette er bare tilbyderens egen beskrivelse av sin behandling; kilden viser ikke til noen undersøkelser.',
  ),
};

export const topicLabel: Readonly<Record<TopicId, LocalizedText>> = {
  'osteoporosis-pain': text('Pain in osteoporosis', 'Smärta vid osteoporos (benskörhet)', 'Smerter ved osteoporose (beinskjørhet)'),
  'neuropathic-pain': text('Neuropathic pain', 'Neuropatisk smärta', 'Nevropatiske smerter'),
};

export const phaseLabel: Readonly<Record<Phase, LocalizedText>> = {
  acute: text('Acute pain', 'Akuta smärtor', 'Akutte smerter'),
  persistent: text('Persistent pain', 'Ihållande smärtor', 'Vedvarende smerter'),
};

const OSTEOPOROSIS: SourceId = 'osteoporosis-pain-treatment';
const IMS: SourceId = 'ims-vs-acupuncture';

function osteoporosis(en: string, sv: string, nb: string): Statement {
  return say(OSTEOPOROSIS, en, sv, nb);
}

function provider(en: string, sv: string, nb: string): Statement {
  return say(IMS, en, sv, nb);
}

const PERSISTENT = text('For persistent pain.', 'Vid ihållande smärtor.', 'Ved vedvarende smerter.');

/** Seed 003: "Det finns ingen dokumentation för behandlingarnas effekt" (acupuncture, laser therapy, TENS). */
const NO_DOCUMENTATION = osteoporosis(
  'There is no documentation of the effect of the treatment.',
  'Det finns ingen dokumentation för behandlingens effekt.',
  'Det finnes ingen dokumentasjon på effekten av behandlingen.',
);

/** Seed 003: heat pads and ice packs, "behandlingseffekten har aldrig dokumenterats". */
const NEVER_DOCUMENTED = osteoporosis(
  'The treatment effect has never been documented.',
  'Behandlingseffekten har aldrig dokumenterats.',
  'Behandlingseffekten er aldri blitt dokumentert.',
);

const TREATMENTS: Readonly<Record<TreatmentId, Treatment>> = {
  'heat-pad': {
    id: 'heat-pad',
    topic: 'osteoporosis-pain',
    evidence: 'not-documented',
    phases: ['acute'],
    source: SOURCES[OSTEOPOROSIS],
    name: text('Heat pad', 'Värmekudde', 'Varmepute'),
    usedWhen: text(
      'Now and then in the acute phase after a vertebral compression.',
      'Av och till i den akuta fasen efter en kotkompression.',
      'Av og til i den akutte fasen etter at en ryggvirvel har falt sammen (kompresjonsbrudd).',
    ),
    summary: text(
      'Besides physiotherapy and occupational therapy, treatment of acute pain can include a heat pad.',
      'Utöver sjukgymnastik och arbetsterapi kan behandlingen vid akuta smärtor omfatta värmekudde.',
      'I tillegg til fysioterapi og ergoterapi kan behandlingen ved akutte smerter omfatte varmepute.',
    ),
    effect: NEVER_DOCUMENTED,
    notes: [],
  },
  'ice-pack': {
    id: 'ice-pack',
    topic: 'osteoporosis-pain',
    evidence: 'not-documented',
    phases: ['acute'],
    source: SOURCES[OSTEOPOROSIS],
    name: text('Ice pack', 'Ispackning', 'Ispakning'),
    usedWhen: text(
      'Now and then in the acute phase after a vertebral compression.',
      'Av och till i den akuta fasen efter en kotkompression.',
      'Av og til i den akutte fasen etter at en ryggvirvel har falt sammen (kompresjonsbrudd).',
    ),
    summary: text(
      'Besides physiotherapy and occupational therapy, treatment of acute pain can include ice packs.',
      'Utöver sjukgymnastik och arbetsterapi kan behandlingen vid akuta smärtor omfatta ispackningar.',
      'I tillegg til fysioterapi og ergoterapi kan behandlingen ved akutte smerter omfatte ispakninger.',
    ),
    effect: NEVER_DOCUMENTED,
    notes: [],
  },
  physiotherapy: {
    id: 'physiotherapy',
    topic: 'osteoporosis-pain',
    evidence: 'some-benefit',
    // "Både patienter med akuta och kroniska smärtor kan ha nytta av sjukgymnastik och arbetsterapi."
    phases: ['acute', 'persistent'],
    source: SOURCES[OSTEOPOROSIS],
    name: text(
      'Physiotherapy and occupational therapy',
      'Sjukgymnastik och arbetsterapi',
      'Fysioterapi og ergoterapi',
    ),
    usedWhen: text(
      'For both acute and chronic pain.',
      'Vid både akuta och kroniska smärtor.',
      'Ved både akutte og kroniske smerter.',
    ),
    summary: text(
      'Patients with acute pain and patients with chronic pain can both benefit from physiotherapy and occupational therapy. Physiotherapy training (mobilisation) is often used for patients who have pain after a vertebral compression.',
      'Både patienter med akuta och kroniska smärtor kan ha nytta av sjukgymnastik och arbetsterapi. Sjukgymnastisk träning (mobilisering) används ofta för patienter som har smärtor som följd av kotkompression.',
      'Både pasienter med akutte og kroniske smerter kan ha nytte av fysioterapi og ergoterapi. Trening med fysioterapeut (mobilisering) brukes ofte for pasienter som har smerter etter at en ryggvirvel har falt sammen (kompresjonsbrudd).',
    ),
    effect: osteoporosis(
      'The effect of physical training in patients with osteoporosis is not especially well studied, but the knowledge there is suggests that training has some favourable effect.',
      'Effekten av fysisk träning på osteoporospatienter är inte speciellt välbelyst, men den kunskap som finns tyder dock på att träning har en viss gynnsam effekt.',
      'Effekten av fysisk trening hos pasienter med osteoporose er ikke spesielt godt belyst, men den kunnskapen som finnes, tyder på at trening har en viss gunstig effekt.',
    ),
    notes: [
      osteoporosis(
        'It is important that you get guidance in good lifting technique and suitable movement patterns.',
        'Det är viktigt att du får vägledning i god lyfteknik och lämpliga rörelsemönster.',
        'Det er viktig at du får veiledning i god løfteteknikk og hensiktsmessige bevegelsesmønstre.',
      ),
      osteoporosis(
        'There are no standardised rehabilitation programmes.',
        'Det finns inga standardiserade rehabiliteringsprogram.',
        'Det finnes ingen standardiserte rehabiliteringsprogrammer.',
      ),
      osteoporosis(
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
    source: SOURCES[OSTEOPOROSIS],
    name: text('Muscle massage', 'Muskelmassage', 'Muskelmassasje'),
    usedWhen: PERSISTENT,
    summary: text(
      'Muscle massage is mentioned together with physiotherapy and occupational therapy for persistent pain.',
      'Muskelmassage nämns tillsammans med sjukgymnastik och arbetsterapi vid ihållande smärtor.',
      'Muskelmassasje nevnes sammen med fysioterapi og ergoterapi ved vedvarende smerter.',
    ),
    effect: osteoporosis(
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
    source: SOURCES[OSTEOPOROSIS],
    name: text('Pool training (warm-water pool)', 'Bassängträning (varmvattenbassäng)', 'Bassengtrening (varmtvannsbasseng)'),
    usedWhen: text(
      'For persistent pain in patients with a vertebral compression.',
      'Vid ihållande smärtor hos patienter med kotkompression.',
      'Ved vedvarende smerter hos pasienter med sammenfalt ryggvirvel (kompresjonsbrudd).',
    ),
    summary: text(
      'Some patients with a vertebral compression are glad to train in a warm-water pool.',
      'En del patienter med kotkompression är glada för att träna i en varmvattenbassäng.',
      'Noen pasienter med sammenfalt ryggvirvel liker godt å trene i varmtvannsbasseng.',
    ),
    effect: osteoporosis(
      'There are no studies of the effect of pool training for patients with osteoporosis.',
      'Det föreligger inga undersökningar av effekten av bassängträning för patienter med osteoporos.',
      'Det finnes ingen undersøkelser av effekten av bassengtrening for pasienter med osteoporose.',
    ),
    notes: [
      osteoporosis(
        'To avoid accidents, you must be reasonably mobile to train in a pool.',
        'För att undvika olyckor ska du vara någorlunda mobil för att träna i bassäng.',
        'For å unngå ulykker må du kunne bevege deg noenlunde godt for å trene i basseng.',
      ),
      osteoporosis(
        'For reasons of hygiene, you must not train in a pool if you are incontinent.',
        'Av hygieniska skäl får du inte träna i bassäng om du är inkontinent.',
        'Av hygieniske grunner må du ikke trene i basseng hvis du er inkontinent.',
      ),
    ],
  },
  corset: {
    id: 'corset',
    topic: 'osteoporosis-pain',
    // The seed says nothing of how well a corset works: no documentation, no
    // studies. What it does say is that a corset "kan användas som smärtstillande
    // behandling i en kort period efter en ny kotkompression", so it presents the
    // corset as pain-relieving for a short time. Of the levels, 'some-benefit'
    // ("can have some favourable effect, not said to be well documented") is the
    // closest; 'not-documented' and 'not-studied' would claim what the seed does
    // not, and 'no-long-term-effect' means controlled studies, which it does not
    // mention (its warning about long-term use is about harm, kept in `summary`).
    // `effect` states plainly that the source gives no statement of effect.
    evidence: 'some-benefit',
    // Placed under "Vid ihållande smärtor", although its use is for a short
    // period after a new compression (see usedWhen).
    phases: ['persistent'],
    source: SOURCES[OSTEOPOROSIS],
    name: text('Back brace (corset)', 'Stödkorsett', 'Støttekorsett'),
    usedWhen: text(
      'For a short period after a new vertebral compression, and when you exercise or are active in other ways.',
      'I en kort period efter en ny kotkompression, och när man motionerar eller är aktiv på annat vis.',
      'I en kort periode etter at en ryggvirvel nylig har falt sammen (kompresjonsbrudd), og når man mosjonerer eller er aktiv på andre måter.',
    ),
    // The seed's warning is the summary, so a compact card shows it too.
    summary: text(
      'Most doctors very rarely recommend patients to use a corset, because long-term use of a corset weakens the muscles and so may increase bone loss further.',
      'De flesta läkare rekommenderar ytterst sällan patienter att använda korsett, eftersom långtidsanvändning av korsett försvagar muskulaturen och därigenom kanske ökar bennedbrytningen ytterligare.',
      'De fleste leger anbefaler svært sjelden pasienter å bruke korsett, fordi langvarig bruk av korsett svekker muskulaturen og dermed kanskje øker nedbrytningen av beinvev ytterligere.',
    ),
    effect: osteoporosis(
      'The source calls a corset a pain-relieving treatment for a short period after a new vertebral compression, but says nothing about how well it works.',
      'Källan kallar korsett en smärtstillande behandling i en kort period efter en ny kotkompression, men säger inget om hur väl den verkar.',
      'Kilden kaller korsett en smertestillende behandling i en kort periode etter et nytt kompresjonsbrudd i en ryggvirvel, men sier ikke noe om hvor godt den virker.',
    ),
    notes: [
      osteoporosis(
        'A corset can be used as pain relief for a short period after a new vertebral compression.',
        'Korsett kan användas som smärtstillande behandling i en kort period efter en ny kotkompression.',
        'Korsett kan brukes som smertestillende behandling i en kort periode etter at en ryggvirvel nylig har falt sammen (kompresjonsbrudd).',
      ),
      osteoporosis(
        'A corset can also be used when you exercise or are active in other ways. Wearing it all day is rarely recommended.',
        'Korsett kan också användas när man motionerar eller är aktiv på annat vis. Man rekommenderar sällan att använda den hela dagen.',
        'Korsett kan også brukes når man mosjonerer eller er aktiv på andre måter. Det anbefales sjelden å bruke den hele dagen.',
      ),
      osteoporosis(
        'If you are to have a corset, you are referred to a department for medical aids.',
        'Om man ska ha korsett blir man hänvisad till en avdelning för medicintekniska hjälpmedel.',
        'Skal man ha korsett, blir man henvist til en avdeling for medisinske hjelpemidler.',
      ),
    ],
  },
  'nerve-block': {
    id: 'nerve-block',
    topic: 'osteoporosis-pain',
    // "Det har inte gjorts vetenskapliga undersökningar av hur bra blockadbehandling verkar."
    evidence: 'not-studied',
    phases: ['persistent'],
    source: SOURCES[OSTEOPOROSIS],
    name: text('Nerve block', 'Blockadbehandling', 'Blokadebehandling'),
    usedWhen: text(
      'For painful muscle tension (myosis) around an osteoporotic vertebral compression.',
      'Vid smärtsamma muskelspänningar (myoser) i området omkring en osteoporotisk kotkompression.',
      'Ved smertefulle muskelspenninger (myoser) rundt en ryggvirvel som har falt sammen på grunn av osteoporose.',
    ),
    summary: text(
      'Cortisone or a local anaesthetic is injected into the tender areas, which may possibly relieve the pain.',
      'Kortison eller lokalbedövande medicin sprutas in i de ömma områdena, och smärtorna kan möjligtvis lindras.',
      'Kortison eller lokalbedøvende medisin sprøytes inn i de ømme områdene, og smertene kan muligens lindres.',
    ),
    effect: osteoporosis(
      'No scientific studies have been made of how well nerve blocks work in patients with osteoporosis.',
      'Det har inte gjorts vetenskapliga undersökningar av hur bra blockadbehandling verkar på osteoporospatienter.',
      'Det er ikke gjort vitenskapelige undersøkelser av hvor godt blokadebehandling virker hos pasienter med osteoporose.',
    ),
    notes: [
      osteoporosis(
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
    source: SOURCES[OSTEOPOROSIS],
    name: text('Vertebroplasty', 'Vertebroplastik', 'Vertebroplastikk'),
    usedWhen: text(
      'To treat compressed vertebrae in the back.',
      'För att behandla kompressioner i ryggen.',
      'For å behandle sammenfalte ryggvirvler (kompresjonsbrudd).',
    ),
    summary: text(
      'A surgical method in which bone cement is injected into the compressed vertebrae. The injection aims to stabilise the compression, and in some cases the compressed vertebra can regain its original shape.',
      'En kirurgisk metod där bencement sprutas in i de ryggkotor som har komprimerats. Med insprutningen försöker man att stabilisera kotkompressionen, och i några fall kan den komprimerade kotan få tillbaka sin ursprungliga form.',
      'En kirurgisk metode der beinsement sprøytes inn i ryggvirvler som har falt sammen. Med innsprøytingen prøver man å stabilisere kompresjonsbruddet, og i noen tilfeller kan ryggvirvelen få tilbake sin opprinnelige form.',
    ),
    effect: osteoporosis(
      'Two controlled studies show clearly that vertebroplasty has no long-term effect.',
      'Det har gjorts 2 kontrollerade undersökningar som entydigt visar att det inte finns en långtidseffekt av vertebroplastik.',
      'To kontrollerte undersøkelser viser entydig at vertebroplastikk ikke har noen langtidseffekt.',
    ),
    notes: [
      osteoporosis(
        'The procedure can be done under local anaesthesia, and the patient can normally move around after a few hours.',
        'Ingreppet kan utföras under lokalbedövning och patienten kan normalt röra sig runt efter få timmar.',
        'Inngrepet kan gjøres med lokalbedøvelse, og pasienten kan normalt bevege seg rundt etter noen få timer.',
      ),
      osteoporosis(
        'The immediate pain relief is thought to come from the spine being stabilised and from the injected bone cement destroying the pain-conducting nerve fibres in the bone tissue.',
        'Man menar att den omedelbara smärtlindrande effekten av vertebroplastik beror på att ryggraden stabiliseras och att den insprutade bencementen förstör de smärtförande nervtrådarna i benvävnaden.',
        'Man mener at den umiddelbare smertelindrende effekten av vertebroplastikk skyldes at ryggsøylen stabiliseres, og at den innsprøytede beinsementen ødelegger de smerteledende nervetrådene i beinvevet.',
      ),
      osteoporosis(
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
    source: SOURCES[OSTEOPOROSIS],
    name: text('Acupuncture', 'Akupunktur', 'Akupunktur'),
    usedWhen: PERSISTENT,
    summary: text(
      'Acupuncture is used by some practitioners outside the hospital service.',
      'Akupunktur används av några behandlare utanför sjukhusväsendet.',
      'Akupunktur brukes av noen behandlere utenfor sykehusene.',
    ),
    effect: NO_DOCUMENTATION,
    notes: [],
  },
  'laser-therapy': {
    id: 'laser-therapy',
    topic: 'osteoporosis-pain',
    evidence: 'not-documented',
    phases: ['persistent'],
    source: SOURCES[OSTEOPOROSIS],
    name: text('Laser therapy', 'Laserterapi', 'Laserbehandling'),
    usedWhen: PERSISTENT,
    summary: text(
      'Laser therapy is used by some practitioners outside the hospital service.',
      'Laserterapi används av några behandlare utanför sjukhusväsendet.',
      'Laserbehandling brukes av noen behandlere utenfor sykehusene.',
    ),
    effect: NO_DOCUMENTATION,
    notes: [],
  },
  tens: {
    id: 'tens',
    topic: 'osteoporosis-pain',
    evidence: 'not-documented',
    phases: ['persistent'],
    source: SOURCES[OSTEOPOROSIS],
    name: text(
      'TENS (transcutaneous nerve stimulation)',
      'TENS (transkutan nervstimulering)',
      'TENS (transkutan elektrisk nervestimulering)',
    ),
    usedWhen: PERSISTENT,
    summary: text(
      'Nerve stimulation through the skin (TENS) is used by some practitioners outside the hospital service.',
      'Transkutan nervstimulering (TENS) används av några behandlare utanför sjukhusväsendet.',
      'Transkutan elektrisk nervestimulering (TENS) brukes av noen behandlere utenfor sykehusene.',
    ),
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
    source: SOURCES[IMS],
    name: text('IMS (intramuscular stimulation)', 'IMS (intramuskulär stimulering)', 'IMS (intramuskulær stimulering)'),
    usedWhen: text(
      'For neuropathic pain, according to the provider.',
      'Vid neuropatisk smärta, enligt utövaren.',
      'Ved nevropatiske smerter, ifølge tilbyderen.',
    ),
    summary: text(
      'A segmental needle treatment that includes treating trigger points (motor points). According to the provider, the aim is to “release” the muscle contraction that presses on and irritates the nerve, so that hypersensitive areas are reduced and the constant pull in the short muscle eases.',
      'En segmentell nålbehandling där behandling av triggerpunkter (motorpunkter) ingår. Enligt utövaren är målet att ”släppa” den muskelsammandragning som trycker på och irriterar nerven, så att överkänsliga områden minskar och det ständiga draget i den korta muskeln avtar.',
      'En segmental nålebehandling der behandling av triggerpunkter (motorpunkter) inngår. Ifølge tilbyderen er målet å «slippe» muskelsammentrekningen som presser på og irriterer nerven, slik at hyperfølsomme områder reduseres og det konstante draget i den korte muskelen avtar.',
    ),
    effect: provider(
      'According to the provider, the effect of IMS builds up gradually: the needling stimulates some healing, until in the end the condition has healed and the pain goes away. The provider says several patients who have had IMS have been free of pain for over 20 years.',
      'Enligt utövaren byggs effekten av IMS upp gradvis: nålningen stimulerar en viss läkning, och till slut har tillståndet läkt och smärtorna försvinner. Utövaren säger att flera patienter som har fått IMS har varit smärtfria i över 20 år.',
      'Ifølge tilbyderen bygger effekten av IMS seg gradvis opp: nålingen stimulerer en viss tilheling, og til slutt er tilstanden tilhelet og smertene forsvinner. Tilbyderen sier at flere pasienter som har fått IMS, har vært smertefrie i over 20 år.',
    ),
    notes: [
      provider(
        'According to the provider, this healing takes about 21 days.',
        'Enligt utövaren tar denna läkning cirka 21 dagar.',
        'Ifølge tilbyderen tar denne tilhelingen ca. 21 dager.',
      ),
      provider(
        'According to the provider, treatment is usually once a week (but can also be every 14 days or less often), to give the body time to heal.',
        'Enligt utövaren ges behandlingen vanligtvis en gång i veckan (men kan också ges var 14:e dag eller mer sällan), för att ge kroppen tid att läka.',
        'Ifølge tilbyderen er behandlingen vanligvis en gang i uken (men kan også være hver 14. dag eller sjeldnere), for å gi kroppen tid til å tilheles.',
      ),
      provider(
        'According to the provider, the number of treatments depends on how long you have had the condition and what it is, how much scar tissue you have (often more after surgery) and how fast your body manages to heal.',
        'Enligt utövaren beror antalet behandlingar på hur länge man har haft tillståndet och vilket tillstånd det är, hur mycket ärrvävnad man har (ofta mer efter operationer) och hur snabbt kroppen klarar att läka.',
        'Ifølge tilbyderen er antall behandlinger avhengig av varighet og sykdomstilstand, hvor mye arrvev en har (ofte mer etter operative inngrep) og hvor raskt kroppen din klarer å tilheles.',
      ),
      provider(
        'According to the provider, the healing time also depends on the state of the nerves: in younger people they often heal faster than in older people.',
        'Enligt utövaren beror läkningstiden också på nervernas tillstånd: hos yngre läker de ofta fortare än hos äldre.',
        'Ifølge tilbyderen kommer tilhelingstiden også an på nervenes tilstand: hos yngre tilheles de ofte fortere enn hos eldre.',
      ),
      provider(
        'According to the provider, one treatment may be enough if the pain has only just started.',
        'Enligt utövaren kan en enda behandling räcka om smärtorna nyss har uppstått.',
        'Ifølge tilbyderen kan én behandling være nok hvis smertene nettopp har oppstått.',
      ),
    ],
  },
};

/** The treatment with this id. Throws a `RangeError` listing the valid ids for any other value. */
export function getTreatment(id: string): Treatment {
  return TREATMENTS[assertId('treatment', TREATMENT_IDS, id)];
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
