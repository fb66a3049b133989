/**
 * What the suitability checker says, by id, in en, sv and nb. Every statement
 * records its seed: 'iqoro-when-to-avoid' (000) or 'iqoro-side-effects' (001);
 * `say` where the Swedish is the seed's own words, `paraphrase` with the seed's
 * sentence where it is not. Terms follow the project glossary; Swedish says
 * "kundtjänst" (English "customer support", as in the glossary) for the seeds' "vår kundsupport" and "oss".
 */
import type { ConditionGroupId, ConditionId, Verdict } from './conditions.js';
import type { LocalizedText } from './locale.js';
import type { Statement } from './sources.js';
import { IQORO_SIDE_EFFECTS, IQORO_WHEN_TO_AVOID } from './sources.js';
import type { Assessment } from './suitability.js';
import { CAUTION_PLAN_TEXT, GENTLE_START_TEXT, STANDARD_PLAN_TEXT } from './plan-content.js';
import { paraphrase, say, text } from './text.js';

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

const AVOID = IQORO_WHEN_TO_AVOID;
const SE = IQORO_SIDE_EFFECTS;

/** 000's advice for tinnitus and facial palsy; Swedish "per träningspass" for the seed's "per session". */
const STEP_BACK = paraphrase(
  AVOID,
  'Vi rekommenderar att träning med IQoro inleds smygande och sedan ökas successivt till optimala 3×10 sekunder per session, 3 gånger om dagen. Stanna av och backa eventuellt i antal träningssekunder om du känner att du går för fort fram.',
  'Start training with IQoro carefully and increase gradually to the optimal 3 × 10 seconds per session, 3 times a day. Stop, and step back in training seconds if needed, if you feel you are going too fast.',
  'Inled träningen med IQoro smygande och öka sedan successivt till optimala 3 × 10 sekunder per träningspass, 3 gånger om dagen. Stanna av och backa eventuellt i antal träningssekunder om du känner att du går för fort fram.',
  'Start treningen med IQoro forsiktig, og øk deretter gradvis til optimale 3 × 10 sekunder per treningsøkt, 3 ganger om dagen. Stopp opp, og trapp eventuelt ned antall treningssekunder hvis du føler at du går for fort fram.',
);

export const CONDITION_CONTENT: Readonly<Record<ConditionId, ConditionContent>> = {
  'trigeminal-neuralgia': {
    label: text('Attacks of brief, intense pain in the face', 'Attacker av kortvarig, intensiv smärta i ansiktet', 'Anfall av kortvarige, intense smerter i ansiktet'),
    term: text('trigeminal neuralgia', 'trigeminusneuralgi', 'trigeminusnevralgi'),
    notes: [],
  },
  'paraesophageal-hernia': {
    label: text(
      'Part of the stomach pushed up into the chest beside the oesophagus, while the junction of oesophagus and stomach stays below the diaphragm (not the ordinary hiatal hernia)',
      'En del av magsäcken har tryckts upp i bröstkorgen bredvid matstrupen, medan gränsen mellan matstrupe och magsäck är kvar under diafragman (inte det vanliga diafragmabråcket)',
      'En del av magesekken er presset opp i brysthulen ved siden av spiserøret, mens overgangen mellom spiserør og magesekk er igjen under mellomgulvet (ikke det vanlige mellomgulvsbrokket)',
    ),
    term: text('paraesophageal hernia', 'paraesofagealt bråck', 'paraøsofagealt brokk'),
    notes: [
      say(
        SE,
        'A paraesophageal hernia means that part of the stomach has been pushed up into the chest, to the left of the oesophagus (below the heart), while the gastro-oesophageal junction (the border between oesophagus and stomach) stays below the diaphragm. A paraesophageal hernia does not slide back by itself. It is a less common condition.',
        'Ett paraesofagealt bråck innebär att en del av magsäcken tryckts upp i bröstkorgen, till vänster om matstrupen (under hjärtat), medan den gastroesofageala junktionen (gränsen mellan matstrupe och magsäck) är kvar under diafragman. Paraesofageala bråck glider inte tillbaka av sig själv. Detta är ett mindre vanligt tillstånd.',
        'Et paraøsofagealt brokk betyr at en del av magesekken er presset opp i brysthulen, til venstre for spiserøret (under hjertet), mens den gastroøsofageale overgangen (grensen mellom spiserør og magesekk) er igjen under mellomgulvet. Et paraøsofagealt brokk glir ikke tilbake av seg selv. Dette er en mindre vanlig tilstand.',
      ),
      // Our reading of 000, which lists hiatal hernia ("diafragmabråck") among IQoro's uses.
      paraphrase(
        AVOID,
        'IQoro är ett lämpligt träningsredskap vid behandling/rehabilitering av olika typer dysfagi, sväljsvårigheter, reflux, diafragmabråck, snarkning och sömnapné.',
        'It is not the ordinary hiatal hernia (diaphragmatic hernia), for which the manufacturer lists IQoro as a suitable training device.',
        'Det är inte det vanliga diafragmabråcket, som tillverkaren nämner bland de tillstånd där IQoro är ett lämpligt träningsredskap.',
        'Det er ikke det vanlige mellomgulvsbrokket (hiatushernie), som produsenten nevner blant tilstandene der IQoro er et egnet treningsredskap.',
      ),
    ],
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
        SE,
        'Achalasia is very uncommon, but is sometimes confused with hiatal hernia.',
        'Akalasi är mycket ovanligt, men förväxlas ibland med diafragmabråck.',
        'Akalasi er svært uvanlig, men forveksles iblant med mellomgulvsbrokk.',
      ),
      say(
        AVOID,
        'If the diagnosis is achalasia, only the full Latin name, achalasia cardiae, is to be used in the medical record, nothing else.',
        'Gäller det diagnosen Akalasi ska hela den latinska benämningen användas i journalen achalasia cardiae, inget annat.',
        'Gjelder det diagnosen akalasi, skal hele det latinske navnet, achalasia cardiae, brukes i journalen, ikke noe annet.',
      ),
      say(
        AVOID,
        'Misunderstandings can also arise between doctor and patient when the doctor, to describe a physical stop, obstacle or narrowing, for example at the upper oesophageal sphincter (PES), uses the Latin word achalasia, which means stop or narrowing.',
        'Det kan även uppstå missförstånd mellan läkare och patient då läkaren för att beskriva ett fysiskt stopp/hinder/förträngning, t.ex. vid övre matstrupsmunnen (PES), använder sig av det latinska ordet akalasi som betyder stopp/förträngning.',
        'Det kan også oppstå misforståelser mellom lege og pasient når legen, for å beskrive et fysisk stopp, hinder eller en innsnevring, for eksempel ved øvre lukkemuskel i spiserøret (PES), bruker det latinske ordet akalasi, som betyr stopp eller innsnevring.',
      ),
      say(
        SE,
        'If you have been examined for achalasia cardiae and a doctor has given you the diagnosis, training should only start on a doctor’s advice, with careful follow-up.',
        'Om du blivit utredd för achalasia cardiae och har fått diagnosen av en läkare bör träning endast inledas på läkares inrådan under noggrann uppföljning.',
        'Hvis du er utredet for achalasia cardiae og har fått diagnosen av en lege, bør trening bare startes etter råd fra lege og med nøye oppfølging.',
      ),
    ],
  },
  tinnitus: {
    label: text('Ringing, beeping or other noises in the ears', 'Öronsus, pip eller andra ljud i öronen', 'Øresus, piping eller andre lyder i ørene'),
    term: text('tinnitus', 'tinnitus', 'tinnitus'),
    notes: [
      say(
        AVOID,
        'People with tinnitus have sometimes heard a sound different from their usual one when they start training with IQoro. This is because one of the nerves stimulated when training with IQoro goes to the middle ear. This changed tone can feel positive or negative. It is not dangerous to train with IQoro.',
        'Det har hänt att personer med tinnitus får en förändrad ljudbild än vad de vanligen har när de inleder träning med IQoro. Detta beror på att en av de nerver som stimuleras vid träning med IQoro går till mellanörat. Denna förändrade ton kan upplevas som positiv eller negativ. Det är inte farligt att träna med IQoro.',
        'Det har hendt at personer med tinnitus får et annet lydbilde enn de vanligvis har, når de starter trening med IQoro. Dette skyldes at en av nervene som stimuleres ved trening med IQoro, går til mellomøret. Denne endrede tonen kan oppleves som positiv eller negativ. Det er ikke farlig å trene med IQoro.',
      ),
      STEP_BACK,
    ],
  },
  whiplash: {
    label: text(
      'A neck injury from the head being thrown back and forth',
      'En nackskada efter att huvudet kastats fram och tillbaka',
      'En nakkeskade etter at hodet er slengt fram og tilbake',
    ),
    term: text('whiplash injury', 'whiplashskada', 'whiplashskade (nakkesleng)'),
    notes: [
      say(
        AVOID,
        'With a whiplash injury, it is important to start the treatment gently and carefully to avoid straining the neck. It is important to think extra carefully about the training technique and the position of the head, to make sure it is the lips that tense and not the neck. As the neck muscles can be very weak, training soreness in that area is common at the start of training.',
        'Vid en whiplashskada är det viktigt att inleda behandlingen mjukt och försiktigt för att undvika belastning av nacken. Det är viktigt att tänka extra noga på träningstekniken och huvudets position för att se till att det är läpparna som spänns och inte nacken. Eftersom att musklerna i nacken kan vara väldigt försvagade är det vanligt med träningsvärk i det området i början av träningen.',
        'Ved en whiplashskade er det viktig å starte behandlingen mykt og forsiktig for å unngå belastning på nakken. Det er viktig å tenke ekstra nøye på treningsteknikken og hodets stilling, slik at det er leppene som spennes og ikke nakken. Fordi musklene i nakken kan være svært svekket, er det vanlig med stølhet i det området i starten av treningen.',
      ),
    ],
  },
  'peripheral-facial-palsy': {
    label: text(
      'Peripheral paralysis of one side of the face',
      'Perifer förlamning i ena ansiktshalvan',
      'Perifer lammelse i den ene ansiktshalvdelen',
    ),
    term: text(
      'peripheral facial palsy, Bell’s palsy',
      'perifer ansiktsförlamning, perifer facialispares, Bells pares',
      'perifer ansiktslammelse, perifer facialisparese, Bells parese',
    ),
    notes: [
      say(
        AVOID,
        'Peripheral facial palsy is different from central facial palsy.',
        'Perifer ansiktsförlamning skiljer sig från central ansiktsförlamning.',
        'Perifer ansiktslammelse skiller seg fra sentral ansiktslammelse.',
      ),
      STEP_BACK,
      paraphrase(
        AVOID,
        'Träningen ska ske framför spegel så att den sker liksidigt/synkroniserat.',
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
    label: text(
      'High muscle tone, followed by a care team (multidisciplinary team)',
      'Hög muskeltonus, som ett vårdteam (multidisciplinärt team) följer',
      'Høy muskeltonus, som et behandlingsteam (tverrfaglig team) følger opp',
    ),
    term: text('high muscle tone', 'hög muskeltonus', 'høy muskeltonus'),
    notes: [
      paraphrase(
        AVOID,
        'hög muskeltonus, som efter diskussion med multidisciplinära teamet som samarbetar kring patienten, avråds träning med IQoro.',
        'With high muscle tone, training with IQoro is advised against after discussion with the multidisciplinary team working with the patient.',
        'Vid hög muskeltonus avråds träning med IQoro efter diskussion med det multidisciplinära team som samarbetar kring patienten.',
        'Ved høy muskeltonus frarådes trening med IQoro etter diskusjon med det tverrfaglige teamet som samarbeider rundt pasienten.',
      ),
      say(
        AVOID,
        'If the team concludes that training with IQoro should be tried, this can be done with assistance, starting with an IQoro test package.',
        'Kommer teamet fram till att träning med IQoro bör testas kan detta ske assisterat och inledningsvis med IQoro-testpaket.',
        'Kommer teamet fram til at trening med IQoro bør prøves, kan det skje med assistanse og innledningsvis med en IQoro-testpakke.',
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
    paraphrase(
      AVOID,
      'Om träning med IQoro har en effekt även vid MS, Parkinsons, ALS är inte vetenskapligt säkerställd. Att IQoro kan fungera som ett komplement är dock troligt utifrån att den dominerande delen av forskningen är utförd på personer med stroke.',
      'Whether training with IQoro has an effect in MS, Parkinson’s or ALS as well is not scientifically established. It is, however, likely that IQoro can work as a complement, given that most of the research has been done on people who have had a stroke.',
      'Om träning med IQoro har en effekt även vid MS, Parkinsons och ALS är inte vetenskapligt säkerställt. Att IQoro kan fungera som ett komplement är dock troligt utifrån att den dominerande delen av forskningen är utförd på personer med stroke.',
      'Det er ikke vitenskapelig fastslått om trening med IQoro har effekt også ved MS, Parkinsons og ALS. Det er likevel trolig at IQoro kan fungere som et supplement, siden det meste av forskningen er gjort på personer som har hatt hjerneslag.',
    ),
    paraphrase(
      AVOID,
      'Därutöver finns klinisk erfarenhet av behandling på personer med nämnda diagnoser. IQoro kan inte bota dessa sjukdomar men träning med IQoro har visat sig ha en positiv inverkan på den funktioner som patienten har kvar. Effekten visar sig genom bibehållande effekt längre tid av de muskler som annars snabbare skulle ha förlorat sin funktion',
      'There is also clinical experience of treating people with these diagnoses. IQoro cannot cure these diseases, but training with IQoro has been shown to have a positive effect on the functions the patient still has: muscles that would otherwise have lost their function sooner keep it for longer.',
      'Därutöver finns klinisk erfarenhet av behandling av personer med nämnda diagnoser. IQoro kan inte bota dessa sjukdomar, men träning med IQoro har visat sig ha en positiv inverkan på de funktioner som patienten har kvar: muskler som annars snabbare skulle ha förlorat sin funktion behåller den längre.',
      'I tillegg finnes det klinisk erfaring med behandling av personer med disse diagnosene. IQoro kan ikke kurere disse sykdommene, men trening med IQoro har vist seg å ha en positiv innvirkning på funksjonene pasienten har igjen: muskler som ellers raskere ville mistet funksjonen sin, beholder den lenger.',
    ),
    say(
      AVOID,
      'Examples of neurological diseases are Parkinson’s, MS, ALS and dementia.',
      'Exempel på neurologiska sjukdomar är Parkinson, MS, ALS och demens.',
      'Eksempler på nevrologiske sykdommer er Parkinsons, MS, ALS og demens.',
    ),
  ],
};

/** 001's advice before ordering; after purchase too ("before you start training"), as the avoid result is shown to owners as well. */
const CONTACT_BEFORE_ORDERING = paraphrase(
  SE,
  'Kontakta vår kundsupport för rådgivning innan du beställer en IQoro om du har någon av följande diagnoser:',
  'If you have any of these diagnoses, contact customer support for advice before you order an IQoro, or before you start training if you already have one.',
  'Om du har någon av dessa diagnoser, kontakta kundtjänst för rådgivning innan du beställer en IQoro, eller innan du börjar träna om du redan har en.',
  'Har du noen av disse diagnosene, kontakt kundeservice for råd før du bestiller en IQoro, eller før du begynner å trene hvis du allerede har en.',
);

/** Training soreness at the start (000); shown with every verdict that leads to a plan. */
export const SORENESS_NOTE = say(
  AVOID,
  'At first, IQoro can cause training soreness in the muscles it activates. Training soreness usually settles in the chewing, tongue, throat and neck muscles. Training soreness is harmless and passes by itself.',
  'Initialt kan IQoro ge träningsvärk i de muskler som aktiveras. Vanligen sätter sig träningsvärken i tugg-, tunga-, svalg- och nackmuskler. Träningsvärk är ofarligt och går över av sig själv.',
  'I begynnelsen kan IQoro gi stølhet i musklene som aktiveres. Vanligvis setter stølheten seg i tygge-, tunge-, svelg- og nakkemusklene. Stølhet er ufarlig og går over av seg selv.',
);

export const VERDICT_CONTENT: Readonly<Record<Verdict, VerdictContent>> = {
  avoid: {
    heading: text('IQoro is generally not recommended for you', 'IQoro kan generellt inte rekommenderas för dig', 'IQoro kan generelt ikke anbefales for deg'),
    statements: [
      paraphrase(
        AVOID,
        'Klinisk erfarenhet visar att det finns tre sjukdomstillstånd när behandling med IQoro för vuxna generellt inte kan rekommenderas.',
        'Clinical experience shows three conditions in which treatment with IQoro generally cannot be recommended for adults: trigeminal neuralgia, paraesophageal hernia and achalasia (achalasia cardiae).',
        'Klinisk erfarenhet visar att det finns tre sjukdomstillstånd när behandling med IQoro för vuxna generellt inte kan rekommenderas: trigeminusneuralgi, paraesofageala bråck och akalasi (achalasia cardiae).',
        'Klinisk erfaring viser at det finnes tre sykdomstilstander der behandling med IQoro for voksne generelt ikke kan anbefales: trigeminusnevralgi, paraøsofagealt brokk og akalasi (achalasia cardiae).',
      ),
      paraphrase(
        SE,
        'Personer som har någon av de tre nedanstående diagnoserna bör troligen undvika att träna med IQoro eftersom detta kan ge ytterligare besvär.',
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
      paraphrase(
        AVOID,
        'I Sverige används normalt inte IQoro den första veckan efter en stroke då patienten kan vara desorienterad och risk för återfall/ny stroke är som störst.',
        'In Sweden, IQoro is normally not used in the first week after a stroke, as the patient may be disoriented and the risk of a relapse or a new stroke is greatest then.',
        'I Sverige används normalt inte IQoro den första veckan efter en stroke, då patienten kan vara desorienterad och risken för återfall eller ny stroke är som störst.',
        'I Sverige brukes IQoro normalt ikke den første uken etter et hjerneslag, fordi pasienten kan være desorientert og risikoen for tilbakefall eller nytt hjerneslag er størst da.',
      ),
      paraphrase(
        AVOID,
        'När första veckan har passerats efter inträffad stroke är patienten oftast stabil och det är lämpligt att inleda träning med IQoro om man här misstänker/iaktar dysfagi.',
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
      paraphrase(
        AVOID,
        'Det finns patienter som inte är fysiskt stabila eller har möjlighet att träna med IQoro av andra anledningar. Som vid all annan rehabiliterande insats görs individuella bedömningar före träning med IQoro inleds.',
        'Some patients are not physically stable, or cannot train with IQoro for other reasons. As with any other rehabilitation, individual assessments are made before training with IQoro starts.',
        'Det finns patienter som inte är fysiskt stabila eller som av andra anledningar inte har möjlighet att träna med IQoro. Som vid all annan rehabiliterande insats görs individuella bedömningar innan träning med IQoro inleds.',
        'Noen pasienter er ikke fysisk stabile, eller har av andre grunner ikke mulighet til å trene med IQoro. Som ved all annen rehabilitering gjøres individuelle vurderinger før trening med IQoro starter.',
      ),
    ],
  },
  caution: {
    heading: text('Start training with caution', 'Inled träningen med försiktighet', 'Start treningen med forsiktighet'),
    statements: [
      paraphrase(
        SE,
        'Vid följande diagnoser är det lämpligt att inleda med en kortare träningstid och öka sakta.',
        'With tinnitus, a whiplash injury or peripheral facial palsy, it is advisable to start with a shorter training time and increase slowly.',
        'Vid tinnitus, whiplashskada eller perifer ansiktsförlamning är det lämpligt att inleda med en kortare träningstid och öka sakta.',
        'Ved tinnitus, whiplashskade eller perifer ansiktslammelse er det lurt å starte med kortere treningstid og øke sakte.',
      ),
      CAUTION_PLAN_TEXT,
      paraphrase(
        SE,
        'Kontakta gärna vår kundsupport för råd och stöd om hur du kan träna på ett korrekt sätt för din diagnos.',
        'Feel free to contact customer support for advice and help on how to train correctly for your diagnosis.',
        'Kontakta gärna kundtjänst för råd och stöd om hur du kan träna på ett korrekt sätt för din diagnos.',
        'Kontakt gjerne kundeservice for råd og støtte om hvordan du kan trene riktig for din diagnose.',
      ),
      SORENESS_NOTE,
    ],
  },
  'effect-not-established': {
    heading: text(
      'The manufacturer does not advise against training, but an effect is not scientifically established',
      'Tillverkaren avråder inte från träning, men en effekt är inte vetenskapligt säkerställd',
      'Produsenten fraråder ikke trening, men en effekt er ikke vitenskapelig fastslått',
    ),
    statements: [STANDARD_PLAN_TEXT, SORENESS_NOTE],
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

/** 000: with high muscle tone, training "avråds" unless the multidisciplinary team decides to try it. */
const ADVISED_AGAINST_HEADING = text(
  'Training with IQoro is advised against, unless the care team decides otherwise',
  'Träning med IQoro avråds, om inte vårdteamet kommer fram till något annat',
  'Trening med IQoro frarådes, med mindre behandlingsteamet kommer fram til noe annet',
);

/**
 * The result's heading: the verdict's, except that high muscle tone heads an
 * individual-assessment result with the seed's "avråds" (advised against).
 */
export function resultHeading(assessment: Assessment): LocalizedText {
  if (assessment.verdict === 'individual-assessment' && assessment.reasons.includes('high-muscle-tone')) {
    return ADVISED_AGAINST_HEADING;
  }
  return VERDICT_CONTENT[assessment.verdict].heading;
}
