/**
 * What the suitability checker says, by id, in en, sv and nb. Every statement
 * records its seed: 'iqoro-when-to-avoid' (000) or 'iqoro-side-effects' (001).
 * Terms follow the project glossary.
 */
import type { ConditionGroupId, ConditionId, Verdict } from './conditions.js';
import type { LocalizedText } from './locale.js';
import type { Statement } from './sources.js';
import { CAUTION_PLAN_TEXT, GENTLE_START_TEXT, STANDARD_PLAN_TEXT } from './plan-content.js';
import { say, text } from './text.js';

export interface ConditionContent {
  /** Plain words first. */
  readonly label: LocalizedText;
  /** The medical term beside it, where there is one. */
  readonly term: LocalizedText | null;
  /** What the seeds say of this condition in particular, shown when it is ticked. */
  readonly notes: readonly Statement[];
}

export interface VerdictContent {
  readonly heading: LocalizedText;
  readonly statements: readonly Statement[];
}

const STEP_BACK = say(
  'iqoro-when-to-avoid',
  'Start training carefully and increase gradually to the optimal 3 × 10 seconds per session, 3 times a day. Stop, and step back in training seconds if needed, if you feel you are going too fast.',
  'Inled träningen med IQoro smygande och öka sedan successivt till optimala 3 × 10 sekunder per session, 3 gånger om dagen. Stanna av och backa eventuellt i antal träningssekunder om du känner att du går för fort fram.',
  'Start treningen med IQoro forsiktig og øk deretter gradvis til optimale 3 × 10 sekunder per økt, 3 ganger om dagen. Stopp opp og trapp eventuelt ned antall treningssekunder hvis du føler at du går for fort fram.',
);

export const CONDITION_CONTENT: Readonly<Record<ConditionId, ConditionContent>> = {
  'trigeminal-neuralgia': {
    label: text('Attacks of brief, intense pain in the face', 'Attacker av kortvarig, intensiv smärta i ansiktet', 'Anfall av kortvarige, intense smerter i ansiktet'),
    term: text('trigeminal neuralgia', 'trigeminusneuralgi', 'trigeminusnevralgi'),
    notes: [],
  },
  'paraesophageal-hernia': {
    label: text(
      'Part of the stomach pushed up into the chest, beside the oesophagus',
      'En del av magsäcken har tryckts upp i bröstkorgen, bredvid matstrupen',
      'En del av magesekken er presset opp i brysthulen, ved siden av spiserøret',
    ),
    term: text('paraesophageal hernia', 'paraesofagealt bråck', 'paraøsofagealt brokk'),
    notes: [],
  },
  'achalasia-cardiae': {
    label: text(
      'A rare disease in which the muscles of the oesophagus do not work properly',
      'En sällsynt matstrupssjukdom där matstrupens muskler inte fungerar som de ska',
      'En sjelden sykdom der musklene i spiserøret ikke fungerer som de skal',
    ),
    term: text('achalasia, achalasia cardiae', 'akalasi, achalasia cardiae', 'akalasi, achalasia cardiae'),
    notes: [
      say(
        'iqoro-side-effects',
        'If you have been examined for achalasia cardiae and a doctor has given you the diagnosis, training should only start on a doctor’s advice, with careful follow-up.',
        'Om du blivit utredd för achalasia cardiae och har fått diagnosen av en läkare bör träning endast inledas på läkares inrådan under noggrann uppföljning.',
        'Hvis du er utredet for achalasia cardiae og har fått diagnosen av en lege, bør trening bare startes etter råd fra lege og med nøye oppfølging.',
      ),
    ],
  },
  tinnitus: {
    label: text('Ringing or other noises in the ears', 'Ringningar eller andra ljud i öronen', 'Øresus eller andre lyder i ørene'),
    term: text('tinnitus', 'tinnitus', 'tinnitus'),
    notes: [
      say(
        'iqoro-when-to-avoid',
        'People with tinnitus have sometimes heard a changed sound when they start training with IQoro, because one of the nerves stimulated by the training goes to the middle ear. The changed tone can feel positive or negative. It is not dangerous to train with IQoro.',
        'Det har hänt att personer med tinnitus får en förändrad ljudbild när de inleder träning med IQoro. Det beror på att en av de nerver som stimuleras vid träning med IQoro går till mellanörat. Den förändrade tonen kan upplevas som positiv eller negativ. Det är inte farligt att träna med IQoro.',
        'Det har hendt at personer med tinnitus får et endret lydbilde når de starter trening med IQoro. Det skyldes at en av nervene som stimuleres ved trening med IQoro, går til mellomøret. Den endrede tonen kan oppleves som positiv eller negativ. Det er ikke farlig å trene med IQoro.',
      ),
      STEP_BACK,
    ],
  },
  whiplash: {
    label: text('A neck injury from a sudden jerk of the head', 'En nackskada efter en plötslig knyck med huvudet', 'En nakkeskade etter et brått rykk i hodet'),
    term: text('whiplash injury', 'whiplashskada', 'whiplashskade (nakkesleng)'),
    notes: [
      say(
        'iqoro-when-to-avoid',
        'With a whiplash injury, start gently and carefully to avoid straining the neck. Think extra carefully about technique and the position of your head, so that it is the lips that tense, not the neck. As the neck muscles can be very weak, training soreness there is common at the start.',
        'Vid en whiplashskada är det viktigt att inleda behandlingen mjukt och försiktigt för att undvika belastning av nacken. Tänk extra noga på träningstekniken och huvudets position, så att det är läpparna som spänns och inte nacken. Eftersom musklerna i nacken kan vara väldigt försvagade är det vanligt med träningsvärk där i början av träningen.',
        'Ved en whiplashskade er det viktig å starte behandlingen mykt og forsiktig for å unngå belastning på nakken. Tenk ekstra nøye på treningsteknikken og hodets stilling, slik at det er leppene som spennes og ikke nakken. Fordi musklene i nakken kan være svært svekket, er det vanlig med stølhet der i starten av treningen.',
      ),
    ],
  },
  'peripheral-facial-palsy': {
    label: text('Paralysis of one side of the face', 'Förlamning i ena ansiktshalvan', 'Lammelse i den ene ansiktshalvdelen'),
    term: text(
      'peripheral facial palsy, Bell’s palsy',
      'perifer ansiktsförlamning, perifer facialispares, Bells pares',
      'perifer ansiktslammelse, perifer facialisparese, Bells parese',
    ),
    notes: [
      STEP_BACK,
      say(
        'iqoro-when-to-avoid',
        'Train in front of a mirror, so that both sides of the face work evenly and in step.',
        'Träningen ska ske framför spegel så att den sker liksidigt och synkroniserat.',
        'Treningen skal skje foran et speil, slik at begge sider av ansiktet arbeider likt og samtidig.',
      ),
    ],
  },
  'stroke-within-7-days': {
    label: text('A stroke within the last 7 days', 'En stroke under de senaste 7 dagarna', 'Hjerneslag i løpet av de siste 7 dagene'),
    term: text('stroke', 'stroke', 'hjerneslag'),
    notes: [],
  },
  'multiple-sclerosis': {
    label: text('Multiple sclerosis', 'Multipel skleros', 'Multippel sklerose'),
    term: text('MS', 'MS', 'MS'),
    notes: [],
  },
  parkinsons: {
    label: text('Parkinson’s disease', 'Parkinsons sjukdom', 'Parkinsons sykdom'),
    term: null,
    notes: [],
  },
  als: {
    label: text('ALS', 'ALS', 'ALS'),
    term: null,
    notes: [],
  },
  dementia: {
    label: text('Dementia', 'Demens', 'Demens'),
    term: null,
    notes: [],
  },
  'unable-to-cooperate': {
    label: text(
      'Unwilling or otherwise unable to cooperate in the training',
      'Ovilja eller annan oförmåga att samarbeta i träningen',
      'Manglende vilje eller evne til å samarbeide i treningen',
    ),
    term: null,
    notes: [],
  },
  'impaired-sensory-reception': {
    label: text(
      'Swallowing difficulties caused by an inability to take in impressions',
      'Sväljsvårigheter som beror på en oförmåga att ta emot intryck',
      'Svelgevansker som skyldes manglende evne til å ta inn sanseinntrykk',
    ),
    term: null,
    notes: [],
  },
  'high-muscle-tone': {
    label: text('Very tense, stiff muscles', 'Mycket spända, stela muskler', 'Svært spente, stive muskler'),
    term: text('high muscle tone', 'hög muskeltonus', 'høy muskeltonus'),
    notes: [
      say(
        'iqoro-when-to-avoid',
        'With high muscle tone, training with IQoro is advised against after discussion with the multidisciplinary team working with the patient. If the team concludes that IQoro should be tried, this can be done with assistance, starting with an IQoro test package.',
        'Vid hög muskeltonus avråds träning med IQoro efter diskussion med det multidisciplinära team som samarbetar kring patienten. Kommer teamet fram till att träning med IQoro bör testas kan detta ske assisterat och inledningsvis med IQoro-testpaket.',
        'Ved høy muskeltonus frarådes trening med IQoro etter diskusjon med det tverrfaglige teamet som samarbeider rundt pasienten. Kommer teamet fram til at trening med IQoro bør testes, kan det skje med assistanse og innledningsvis med en IQoro-testpakke.',
      ),
    ],
  },
};

export const GROUP_LEGENDS: Readonly<Record<ConditionGroupId, LocalizedText>> = {
  avoid: text('Facial nerve pain, stomach and oesophagus', 'Nervsmärta i ansiktet, magsäck och matstrupe', 'Nervesmerter i ansiktet, magesekk og spiserør'),
  caution: text('Ears, neck and face', 'Öron, nacke och ansikte', 'Ører, nakke og ansikt'),
  stroke: text('Stroke', 'Stroke', 'Hjerneslag'),
  progressive: text(
    'Neurological diseases that progress over time',
    'Neurologiska sjukdomar som förvärras med tiden',
    'Nevrologiske sykdommer som forverres over tid',
  ),
  'individual-assessment': text('Taking part in the training', 'Att kunna delta i träningen', 'Å kunne delta i treningen'),
};

/** What the seeds say of a whole group, shown once when any of its conditions is ticked. */
export const GROUP_NOTES: Readonly<Partial<Record<ConditionGroupId, readonly Statement[]>>> = {
  progressive: [
    say(
      'iqoro-when-to-avoid',
      'Whether training with IQoro has an effect in MS, Parkinson’s or ALS is not scientifically established. It is, however, likely that IQoro can work as a complement, given that most of the research has been done on people who have had a stroke.',
      'Om träning med IQoro har en effekt även vid MS, Parkinsons och ALS är inte vetenskapligt säkerställt. Att IQoro kan fungera som ett komplement är dock troligt utifrån att den dominerande delen av forskningen är utförd på personer med stroke.',
      'Om trening med IQoro har effekt også ved MS, Parkinsons og ALS, er ikke vitenskapelig fastslått. At IQoro kan fungere som et supplement, er likevel trolig, ut fra at det meste av forskningen er gjort på personer med hjerneslag.',
    ),
    say(
      'iqoro-when-to-avoid',
      'There is also clinical experience of treating people with these diagnoses. IQoro cannot cure these diseases, but training with IQoro has been shown to have a positive effect on the functions the patient still has: muscles that would otherwise have lost their function sooner keep it for longer.',
      'Därutöver finns klinisk erfarenhet av behandling av personer med nämnda diagnoser. IQoro kan inte bota dessa sjukdomar, men träning med IQoro har visat sig ha en positiv inverkan på de funktioner som patienten har kvar: muskler som annars snabbare skulle ha förlorat sin funktion behåller den längre.',
      'I tillegg finnes det klinisk erfaring med behandling av personer med disse diagnosene. IQoro kan ikke kurere disse sykdommene, men trening med IQoro har vist seg å ha en positiv innvirkning på funksjonene pasienten har igjen: muskler som ellers raskere ville mistet funksjonen sin, beholder den lenger.',
    ),
  ],
};

const CONTACT_BEFORE_ORDERING = say(
  'iqoro-when-to-avoid',
  'Please contact customer support before you order if you have any of these diagnoses.',
  'Vänligen kontakta kundsupporten innan du beställer om du har någon av dessa diagnoser.',
  'Vennligst kontakt kundeservice før du bestiller hvis du har noen av disse diagnosene.',
);

/** Training soreness at the start (000); shown with every verdict that leads to a plan. */
export const SORENESS_NOTE = say(
  'iqoro-when-to-avoid',
  'At first, IQoro can cause training soreness in the muscles it activates, usually the chewing, tongue, throat and neck muscles. Training soreness is harmless and passes by itself.',
  'Initialt kan IQoro ge träningsvärk i de muskler som aktiveras. Vanligen sätter sig träningsvärken i tugg-, tung-, svalg- och nackmuskler. Träningsvärk är ofarligt och går över av sig själv.',
  'I begynnelsen kan IQoro gi stølhet i musklene som aktiveres, vanligvis i tygge-, tunge-, svelg- og nakkemusklene. Stølhet er ufarlig og går over av seg selv.',
);

export const VERDICT_CONTENT: Readonly<Record<Verdict, VerdictContent>> = {
  avoid: {
    heading: text('IQoro is generally not recommended for you', 'IQoro kan generellt inte rekommenderas för dig', 'IQoro kan generelt ikke anbefales for deg'),
    statements: [
      say(
        'iqoro-when-to-avoid',
        'Clinical experience shows three conditions in which treatment with IQoro generally cannot be recommended for adults.',
        'Klinisk erfarenhet visar att det finns tre sjukdomstillstånd när behandling med IQoro för vuxna generellt inte kan rekommenderas.',
        'Klinisk erfaring viser at det finnes tre sykdomstilstander der behandling med IQoro for voksne generelt ikke kan anbefales.',
      ),
      say(
        'iqoro-side-effects',
        'People who have any of these diagnoses should probably avoid training with IQoro, as it can cause further problems.',
        'Personer som har någon av dessa diagnoser bör troligen undvika att träna med IQoro eftersom detta kan ge ytterligare besvär.',
        'Personer som har noen av disse diagnosene, bør trolig unngå å trene med IQoro, fordi det kan gi ytterligere plager.',
      ),
      CONTACT_BEFORE_ORDERING,
    ],
  },
  wait: {
    heading: text(
      'Wait until the first week after the stroke has passed',
      'Vänta tills första veckan efter stroken har passerat',
      'Vent til den første uken etter hjerneslaget er over',
    ),
    statements: [
      say(
        'iqoro-when-to-avoid',
        'In Sweden, IQoro is normally not used in the first week after a stroke, as the patient may be disoriented and the risk of a relapse or a new stroke is greatest then.',
        'I Sverige används normalt inte IQoro den första veckan efter en stroke, då patienten kan vara desorienterad och risken för återfall eller ny stroke är som störst.',
        'I Sverige brukes IQoro normalt ikke den første uken etter et hjerneslag, fordi pasienten kan være desorientert og risikoen for tilbakefall eller nytt hjerneslag er størst da.',
      ),
      say(
        'iqoro-when-to-avoid',
        'Once the first week after the stroke has passed, the patient is usually stable, and it is appropriate to start training with IQoro if swallowing difficulties (dysphagia) are suspected or seen.',
        'När första veckan efter inträffad stroke har passerat är patienten oftast stabil, och det är lämpligt att inleda träning med IQoro om man misstänker eller iakttar dysfagi (sväljsvårigheter).',
        'Når den første uken etter hjerneslaget er over, er pasienten oftest stabil, og det er hensiktsmessig å starte trening med IQoro hvis man mistenker eller ser dysfagi (svelgevansker).',
      ),
    ],
  },
  'individual-assessment': {
    heading: text(
      'An individual assessment comes before training',
      'En individuell bedömning görs innan träningen inleds',
      'En individuell vurdering gjøres før treningen starter',
    ),
    statements: [
      say(
        'iqoro-when-to-avoid',
        'Some patients are not physically stable, or cannot train with IQoro for other reasons. As with any other rehabilitation, individual assessments are made before training with IQoro starts.',
        'Det finns patienter som inte är fysiskt stabila eller som av andra anledningar inte har möjlighet att träna med IQoro. Som vid all annan rehabiliterande insats görs individuella bedömningar innan träning med IQoro inleds.',
        'Noen pasienter er ikke fysisk stabile, eller har av andre grunner ikke mulighet til å trene med IQoro. Som ved all annen rehabilitering gjøres individuelle vurderinger før trening med IQoro starter.',
      ),
    ],
  },
  caution: {
    heading: text('Start training with caution', 'Inled träningen med försiktighet', 'Start treningen med forsiktighet'),
    statements: [
      say(
        'iqoro-side-effects',
        'With these diagnoses, it is advisable to start with a shorter training time and increase slowly.',
        'Vid dessa diagnoser är det lämpligt att inleda med en kortare träningstid och öka sakta.',
        'Ved disse diagnosene er det lurt å starte med kortere treningstid og øke sakte.',
      ),
      CAUTION_PLAN_TEXT,
      say(
        'iqoro-side-effects',
        'Feel free to contact customer support for advice and help on how to train correctly for your diagnosis.',
        'Kontakta gärna kundsupporten för råd och stöd om hur du kan träna på ett korrekt sätt för din diagnos.',
        'Kontakt gjerne kundeservice for råd og støtte om hvordan du kan trene riktig for din diagnose.',
      ),
      SORENESS_NOTE,
    ],
  },
  suitable: {
    heading: text(
      'Nothing you have ticked stands in the way of training',
      'Inget av det du har kryssat i hindrar träning',
      'Ingenting av det du har krysset av, står i veien for trening',
    ),
    statements: [STANDARD_PLAN_TEXT, GENTLE_START_TEXT, SORENESS_NOTE],
  },
};
