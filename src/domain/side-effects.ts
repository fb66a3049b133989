/**
 * Side effects of starting IQoro training, as the manufacturer explains them
 * (seed 001, 'iqoro-side-effects'; the soreness and tinnitus parts of seed 000,
 * 'iqoro-when-to-avoid'). Every statement records its source: `say` where the
 * Swedish is the seed's own words, `paraphrase` with the seed's sentence where
 * it is not. No advice beyond the seeds; terms follow the project glossary.
 *
 * Left out on purpose: 001's examples of positive side effects (higher notes
 * when singing, losing a double chin, judging 10 seconds without a clock) and
 * its note that symptoms of hiatal hernia may change as a positive sign; they
 * are not advice a worried user needs.
 */
import { assertId } from './ids.js';
import type { LocalizedText } from './locale.js';
import type { Statement } from './sources.js';
import { IQORO_SIDE_EFFECTS, IQORO_WHEN_TO_AVOID } from './sources.js';
import { paraphrase, say, text } from './text.js';

export const SIDE_EFFECT_IDS = ['training-soreness', 'worse-reflux-symptoms', 'blood-taste', 'tinnitus-change'] as const;
export type SideEffectId = (typeof SIDE_EFFECT_IDS)[number];

export interface SideEffect {
  readonly id: SideEffectId;
  /** What a worried patient would say, in plain words. */
  readonly situation: LocalizedText;
  /** The name of it, with the term the seed uses. */
  readonly name: LocalizedText;
  readonly whatItIs: readonly Statement[];
  readonly whyItHappens: readonly Statement[];
  /**
   * True only where the seed calls it harmless or not dangerous whatever its
   * cause (see harmlessStatement). A taste of blood is false: 001 calls the
   * blood harmless for one of its three causes only, and says so there.
   */
  readonly harmless: boolean;
  /** The seed's own sentence that it is harmless, or null. */
  readonly harmlessStatement: Statement | null;
  readonly whatToDo: readonly Statement[];
  readonly whenToContact: readonly Statement[];
  /**
   * The plan the advice points to, or null: the gentle start against soreness
   * (001), the start with caution for tinnitus (001: "töjer 3 sekunder de
   * första två till tre veckorna").
   */
  readonly suggestsPlan: 'gentle-start' | 'caution' | null;
}

const SE = IQORO_SIDE_EFFECTS;
const AVOID = IQORO_WHEN_TO_AVOID;

/** 001's advice for the caution group, which a user on the gentle start may belong to. */
const CAUTION_GROUP_ADVICE = paraphrase(SE,
  'För personer med dessa diagnoser rekommenderar vi att du töjer 3 sekunder de första två till tre veckorna, för att sedan öka en sekund per vecka så länge det känns bra.',
  'If you have tinnitus, a whiplash injury or peripheral facial palsy, the manufacturer recommends a start with caution instead: stretch for 3 seconds for the first two to three weeks, then increase by one second a week as long as it feels good.',
  'Har du tinnitus, whiplashskada eller perifer ansiktsförlamning rekommenderar tillverkaren i stället en start med försiktighet: töj 3 sekunder de första två till tre veckorna och öka sedan en sekund per vecka så länge det känns bra.',
  'Har du tinnitus, whiplashskade eller perifer ansiktslammelse, anbefaler produsenten i stedet en start med forsiktighet: tøy i 3 sekunder de første to til tre ukene, og øk deretter med ett sekund per uke så lenge det føles bra.');

const SIDE_EFFECTS: Readonly<Record<SideEffectId, SideEffect>> = {
  'training-soreness': {
    id: 'training-soreness',
    situation: text(
      'My mouth, tongue, throat, jaw or neck is sore',
      'Jag har ont i munnen, tungan, halsen, käken eller nacken',
      'Jeg har vondt i munnen, tungen, halsen, kjeven eller nakken',
    ),
    name: text('Training soreness', 'Träningsvärk', 'Stølhet'),
    whatItIs: [
      say(SE,
        'When you start training with IQoro, it is not unusual to get training soreness in the mouth, the tongue or the throat. You may even start to think you are getting ill, because your throat hurts, without any other signs of infection. Then it may well be training soreness that you have got.',
        'När man börjar träna med IQoro är det inte ovanligt att man får träningsvärk i munnen, tungan eller halsen. Du kanske till och med börjar tro att du håller på att bli sjuk, eftersom du har ont i halsen. Detta utan att du har några andra tecken på infektion. Då kan det mycket väl vara träningsvärk som du har fått.',
        'Når man begynner å trene med IQoro, er det ikke uvanlig å få stølhet i munnen, tungen eller halsen. Du tror kanskje til og med at du er i ferd med å bli syk, fordi du har vondt i halsen, uten at du har andre tegn på infeksjon. Da kan det godt være stølhet du har fått.'),
      say(AVOID,
        'Training soreness usually settles in the chewing, tongue, throat and neck muscles.',
        'Vanligen sätter sig träningsvärken i tugg-, tunga-, svalg- och nackmuskler.',
        'Vanligvis setter stølheten seg i tygge-, tunge-, svelg- og nakkemusklene.'),
    ],
    whyItHappens: [
      say(SE,
        'Training soreness comes when we load our muscles in an intense or new way that we are not used to. If your muscles are so weak that you have symptoms such as heartburn, a lump in the throat or an irritating cough, it is therefore not strange to get training soreness at the start of your treatment with IQoro.',
        'Träningsvärk uppstår när vi belastar våra muskler på ett intensivt eller nytt sätt som vi inte är vana vid. Om din muskulatur är så pass försvagad att du drabbats av symtom som halsbränna, klumpkänsla i halsen eller rethosta är det därför inte så konstigt om du drabbas av träningsvärk i början av din behandling med IQoro.',
        'Stølhet oppstår når vi belaster musklene på en intens eller ny måte som vi ikke er vant til. Hvis musklene dine er så svekket at du har fått symptomer som halsbrann, klumpfølelse i halsen eller irritasjonshoste, er det derfor ikke rart om du får stølhet i starten av behandlingen med IQoro.'),
    ],
    harmless: true,
    // 000: "Träningsvärk är ofarligt och går över av sig själv." 001: "Det är inte farligt att få träningsvärk av IQoro".
    harmlessStatement: say(AVOID,
      'Training soreness is harmless and passes by itself.',
      'Träningsvärk är ofarligt och går över av sig själv.',
      'Stølhet er ufarlig og går over av seg selv.'),
    whatToDo: [
      say(SE,
        'It is not dangerous to get training soreness from IQoro, and you can carry on with your treatment all the same.',
        'Det är inte farligt att få träningsvärk av IQoro, och du kan fortsätta din behandling ändå.',
        'Det er ikke farlig å få stølhet av IQoro, og du kan fortsette behandlingen likevel.'),
      say(SE,
        'It can, however, be a good idea to build up the training slowly in the first weeks after you get your IQoro, to avoid too much training soreness. In that case you can start with 3 × 5 seconds of stretching, three times a day. Also make sure the sessions are well spread over the day, so that the muscles have time to recover in between.',
        'Det kan dock vara en bra idé att trappa upp träningen långsamt under de första veckorna efter att du fått din IQoro för att undvika för mycket träningsvärk. I så fall kan du börja med 3 x 5 sekunders töjning, tre gånger per dag. Se också till att träningspassen är väl utspridda över dagen så att musklerna hinner återhämta sig däremellan.',
        'Det kan likevel være lurt å trappe opp treningen langsomt de første ukene etter at du har fått IQoro, for å unngå for mye stølhet. I så fall kan du starte med 3 × 5 sekunders tøyning, tre ganger om dagen. Sørg også for at treningsøktene er godt spredt utover dagen, slik at musklene rekker å hente seg inn mellom dem.'),
      say(SE,
        'Then you can add a second at a time, with a few days in between, until you reach 3 × 10 seconds, three times a day, which is the recommended training time with IQoro.',
        'Sedan kan du trappa upp någon sekund i taget med några dagars mellanrum tills du är uppe i 3 x 10 sekunder, tre gånger per dag – som är den rekommenderade träningstiden med IQoro.',
        'Deretter kan du trappe opp ett sekund om gangen, med noen dagers mellomrom, til du er oppe i 3 × 10 sekunder, tre ganger om dagen, som er den anbefalte treningstiden med IQoro.'),
      CAUTION_GROUP_ADVICE,
    ],
    whenToContact: [],
    suggestsPlan: 'gentle-start',
  },
  'worse-reflux-symptoms': {
    id: 'worse-reflux-symptoms',
    situation: text(
      'I have more heartburn or acid regurgitation than before',
      'Jag har mer halsbränna eller sura uppstötningar än förut',
      'Jeg har mer halsbrann eller sure oppstøt enn før',
    ),
    name: text('Temporarily worse symptoms', 'Tillfälligt förvärrade symtom', 'Midlertidig forverrede symptomer'),
    whatItIs: [
      say(SE,
        'When you start treatment with IQoro, there is a small risk that you first have more heartburn or acid regurgitation than usual.',
        'När du börjar behandlingen med IQoro finns det en liten risk att du först upplever mer halsbränna eller sura uppstötningar än vanligt.',
        'Når du begynner behandlingen med IQoro, er det en liten risiko for at du først får mer halsbrann eller sure oppstøt enn vanlig.'),
      say(SE,
        'Your symptoms may also change. Perhaps you get more heartburn but less acid regurgitation? Or less of an irritating cough but more of a lump in the throat.',
        'Dels kan du få förändringar av de symtom du har. Kanske får du mer halsbränna men mindre sura uppstötningar? Eller mindre rethosta men mer klumpkänsla i halsen.',
        'Symptomene du har, kan også endre seg. Kanskje får du mer halsbrann, men mindre sure oppstøt? Eller mindre irritasjonshoste, men mer klumpfølelse i halsen.'),
    ],
    whyItHappens: [
      say(SE,
        'Often, worse symptoms come from training with IQoro causing a certain pressure change in the mouth, the oesophagus and the hiatal canal.',
        'Ofta beror förvärrade symtom på att träning med IQoro ger en viss tryckförändring i munnen, matstrupen och hiatuskanalen.',
        'Ofte skyldes forverrede symptomer at trening med IQoro gir en viss trykkendring i munnen, spiserøret og hiatuskanalen.'),
      say(SE,
        'So your muscles are still not strong enough to hold the stomach in place, while the pressure change lets stomach acid be pushed up a little more easily into the oesophagus and throat.',
        'Dina muskler är alltså fortfarande inte tillräckligt starka för att hålla magsäcken på plats, samtidigt som tryckförändringen gör att magsyran trycks upp ännu lite lättare i matstrupen och halsen.',
        'Musklene dine er altså ennå ikke sterke nok til å holde magesekken på plass, samtidig som trykkendringen gjør at magesyren presses enda litt lettere opp i spiserøret og halsen.'),
      say(SE,
        'Another common reason for side effects of IQoro is that you may have stopped other symptom relief too soon, before your muscles have become strong enough.',
        'En annan vanlig anledning till att du får bieffekter av IQoro är att du kanske slutat med annan symtomlindring för tidigt, innan din muskulatur blivit tillräckligt stark.',
        'En annen vanlig grunn til at du får bieffekter av IQoro, er at du kanskje har sluttet med annen symptomlindring for tidlig, før musklene dine er blitt sterke nok.'),
      say(SE,
        'If you have stopped acid-reducing medicine abruptly, you can get a so-called rebound effect, with more stomach acid for a period before the production settles. A rebound effect is unpleasant, but it is not dangerous.',
        'Om du har slutat tvärt med syradämpande läkemedel kan du få en så kallad rebound-effekt med en ökad produktion av magsyra en period innan produktionen stabiliserar sig. En reboundeffekt är obehaglig men det är inte farligt.',
        'Hvis du har sluttet brått med syrehemmende legemidler, kan du få en såkalt reboundeffekt med økt produksjon av magesyre en periode før produksjonen stabiliserer seg. En reboundeffekt er ubehagelig, men det er ikke farlig.'),
    ],
    harmless: true,
    harmlessStatement: say(SE,
      'It is important to know that worse symptoms at the start of the treatment are a temporary worsening that is harmless, even if it can be unpleasant.',
      'Det är viktigt att veta att förvärrade symtom i början av behandlingen är en tillfällig försämring som är ofarlig, även om den kan vara obehaglig.',
      'Det er viktig å vite at forverrede symptomer i starten av behandlingen er en midlertidig forverring som er ufarlig, selv om den kan være ubehagelig.'),
    whatToDo: [
      say(SE,
        'When this happens, it is important to keep on with the treatment, as stronger muscles will counteract your symptoms over time.',
        'När detta händer är det viktigt att fortsätta med behandlingen, eftersom stärkta muskler kommer att motverka dina symtom på sikt.',
        'Når dette skjer, er det viktig å fortsette med behandlingen, fordi sterkere muskler vil motvirke symptomene dine på sikt.'),
      say(SE,
        'It is also important that you keep taking the acid-reducing medicine you may have taken so far, until your muscles have become stronger and the symptoms have begun to subside. Only then can you taper off your medicine.',
        'Det är också viktigt att du fortsätter ta de syradämpande läkemedel som du eventuellt tagit hittills, ända tills dess att musklerna blivit starkare och symtomen börjat avta. Först då kan du trappa ner på dina läkemedel.',
        'Det er også viktig at du fortsetter å ta de syrehemmende legemidlene du eventuelt har tatt til nå, helt til musklene er blitt sterkere og symptomene har begynt å avta. Først da kan du trappe ned legemidlene.'),
      say(SE,
        'You should not have to walk around feeling discomfort or pain.',
        'Du ska inte behöva gå runt och känna obehag eller smärta.',
        'Du skal ikke måtte gå rundt med ubehag eller smerter.'),
      say(SE,
        'Once you have used IQoro for a period, you can taper off the medicine together with your prescribing doctor, until you feel you manage entirely without it.',
        'När du använt IQoro en period kan du sedan trappa ner läkemedlen i samråd med din förskrivande läkare tills du känner att du klarar dig helt utan dem.',
        'Når du har brukt IQoro en periode, kan du trappe ned legemidlene i samråd med din forskrivende lege til du føler at du klarer deg helt uten dem.'),
    ],
    whenToContact: [],
    suggestsPlan: null,
  },
  'blood-taste': {
    id: 'blood-taste',
    situation: text(
      'I taste blood or see blood in my mouth when I train',
      'Jag känner blodsmak eller ser blod i munnen när jag tränar',
      'Jeg kjenner blodsmak eller ser blod i munnen når jeg trener',
    ),
    name: text('Taste of blood in the mouth', 'Blodsmak i munnen', 'Blodsmak i munnen'),
    whatItIs: [
      say(SE,
        'If you get a taste of blood, or blood in your mouth, when training with IQoro, there are normally three different reasons for it.',
        'Om du får blodsmak eller blod i munnen vid träning med IQoro finns det normalt tre olika anledningar till detta.',
        'Hvis du får blodsmak eller blod i munnen når du trener med IQoro, er det normalt tre ulike grunner til det.'),
    ],
    whyItHappens: [
      say(SE,
        'If you have had acid regurgitation, reflux, heartburn or mucus in the throat, stomach acid has come up into your oesophagus. The acid is corrosive and can begin to eat into the mucous membrane of the oesophagus, so that small bleeds occur. Normally the blood would run down into the stomach, but the increased pressure when you train with IQoro can bring it up into the mouth instead.',
        'Om du haft besvär med sura uppstötningar, reflux, halsbränna eller slem i halsen så har du haft magsyra som kommit upp i matstrupen. Eftersom magsyran är frätande kan den börja fräta på slemhinnan i matstrupen och då kan små blödningar uppstå. I vanliga fall skulle blodet ha runnit ner i magsäcken, men när du tränar med IQoro skapas ett ökat tryck som kan göra att blodet istället kommer upp i munnen.',
        'Hvis du har hatt plager med sure oppstøt, refluks, halsbrann eller slim i halsen, har du hatt magesyre som har kommet opp i spiserøret. Fordi magesyren er etsende, kan den etse på slimhinnen i spiserøret, og da kan små blødninger oppstå. Vanligvis ville blodet ha rent ned i magesekken, men når du trener med IQoro, skapes et økt trykk som kan gjøre at blodet i stedet kommer opp i munnen.'),
      // 001 says "Blodet är ofarligt…" inside this cause only, so it is introduced as being about this cause.
      paraphrase(SE,
        'Blodet är ofarligt, och kan ibland se värre ut än vad det är när det blandas med saliv. Blödningarna i matstrupen kommer att försvinna när du stärkt muskulaturen och inte längre får upp magsyra i matstrupen.',
        'For this cause, the manufacturer says the blood is harmless, and can sometimes look worse than it is when it mixes with saliva. The bleeds in the oesophagus will stop once your muscles are stronger and stomach acid no longer comes up into the oesophagus.',
        'För den här orsaken säger tillverkaren att blodet är ofarligt och kan ibland se värre ut än vad det är när det blandas med saliv. Blödningarna i matstrupen kommer att försvinna när du stärkt muskulaturen och inte längre får upp magsyra i matstrupen.',
        'For denne årsaken sier produsenten at blodet er ufarlig, og at det iblant kan se verre ut enn det er når det blandes med spytt. Blødningene i spiserøret vil forsvinne når du har styrket musklene og ikke lenger får opp magesyre i spiserøret.'),
      say(SE,
        'An ongoing infection in the mouth’s mucous membrane or in a tooth can lead to blood in the mouth. Reflux and heartburn can in fact be a reason for poor oral health and gum inflammation, and tartar can also contribute to fragile mucous membranes that bleed more easily.',
        'Om du har en pågående infektion i munnens slemhinna eller i någon tand så kan det leda till blod i munnen. Reflux och halsbränna kan faktiskt vara en anledning till dålig munhälsa och tandköttsinflammationer. Även tandsten kan bidra till sköra slemhinnor som blöder lättare.',
        'Hvis du har en pågående infeksjon i munnens slimhinne eller i en tann, kan det føre til blod i munnen. Refluks og halsbrann kan faktisk være en grunn til dårlig munnhelse og tannkjøttbetennelse. Også tannstein kan bidra til skjøre slimhinner som blør lettere.'),
      say(SE,
        'If you take a medicine that has fragile mucous membranes as an adverse effect, the blood may come from that.',
        'Om du tar något läkemedel som har sköra slemhinnor som biverkning kan blodet bero på detta.',
        'Hvis du tar et legemiddel som har skjøre slimhinner som bivirkning, kan blodet skyldes det.'),
    ],
    harmless: false,
    harmlessStatement: null,
    whatToDo: [
      say(SE,
        'If you notice blood or a taste of blood in your mouth when you train, it can be a good idea to try to see where the blood comes from. Use a mirror, and perhaps a torch.',
        'Om du upptäcker blod eller blodsmak i munnen i samband med träning kan det vara bra att försöka se om du kan se var blodet kommer ifrån. Använd en spegel och kanske en ficklampa.',
        'Hvis du oppdager blod eller blodsmak i munnen i forbindelse med trening, kan det være lurt å prøve å se hvor blodet kommer fra. Bruk et speil og kanskje en lommelykt.'),
    ],
    whenToContact: [
      paraphrase(SE,
        'Du får också gärna kontakta oss via telefon eller mejl om du känner dig orolig.',
        'You are also welcome to contact customer support by phone or e-mail if you feel worried.',
        'Du får också gärna kontakta kundtjänst via telefon eller mejl om du känner dig orolig.',
        'Du er også velkommen til å kontakte kundeservice på telefon eller e-post hvis du er bekymret.'),
    ],
    suggestsPlan: null,
  },
  'tinnitus-change': {
    id: 'tinnitus-change',
    situation: text(
      'My tinnitus sounds different since I started',
      'Min tinnitus låter annorlunda sedan jag började',
      'Tinnitusen min høres annerledes ut siden jeg begynte',
    ),
    name: text('Changed tinnitus sound', 'Förändrat tinnitusljud', 'Endret tinnituslyd (øresus)'),
    whatItIs: [
      say(SE,
        'People with tinnitus have sometimes heard a changed sound when they start the treatment.',
        'Det har hänt att personer med tinnitus fått en förändrad ljudbild när de börjar behandlingen.',
        'Det har hendt at personer med tinnitus har fått et endret lydbilde når de begynner behandlingen.'),
      say(AVOID,
        'This changed tone can feel positive or negative.',
        'Denna förändrade ton kan upplevas som positiv eller negativ.',
        'Denne endrede tonen kan oppleves som positiv eller negativ.'),
    ],
    whyItHappens: [
      say(SE,
        'This is because one of the nerves stimulated when training with IQoro goes to the middle ear.',
        'Detta beror på att en av de nerver som stimuleras vid träning med IQoro går till mellanörat.',
        'Dette skyldes at en av nervene som stimuleres ved trening med IQoro, går til mellomøret.'),
    ],
    harmless: true,
    // 000: "Det är inte farligt att träna med IQoro."
    harmlessStatement: say(AVOID,
      'It is not dangerous to train with IQoro.',
      'Det är inte farligt att träna med IQoro.',
      'Det er ikke farlig å trene med IQoro.'),
    whatToDo: [
      // 001 gives tinnitus, whiplash and facial palsy one plan: the start with caution.
      paraphrase(SE,
        'För personer med dessa diagnoser rekommenderar vi att du töjer 3 sekunder de första två till tre veckorna, för att sedan öka en sekund per vecka så länge det känns bra. Öka till max 10 sekunder per töjning. I övrigt gäller ordinarie träningsinstruktioner.',
        'With tinnitus, the manufacturer recommends that you stretch for 3 seconds for the first two to three weeks, then increase by one second a week as long as it feels good. Increase to at most 10 seconds per stretch. Otherwise the ordinary training instructions apply.',
        'Vid tinnitus rekommenderar tillverkaren att du töjer 3 sekunder de första två till tre veckorna, för att sedan öka en sekund per vecka så länge det känns bra. Öka till max 10 sekunder per töjning. I övrigt gäller ordinarie träningsinstruktioner.',
        'Ved tinnitus anbefaler produsenten at du tøyer i 3 sekunder de første to til tre ukene, og deretter øker med ett sekund per uke så lenge det føles bra. Øk til maks 10 sekunder per tøyning. Ellers gjelder de vanlige treningsinstruksjonene.'),
      say(AVOID,
        'Stop, and step back in training seconds if needed, if you feel you are going too fast.',
        'Stanna av och backa eventuellt i antal träningssekunder om du känner att du går för fort fram.',
        'Stopp opp, og trapp eventuelt ned antall treningssekunder hvis du føler at du går for fort fram.'),
    ],
    whenToContact: [
      paraphrase(SE,
        'Om du har tinnitus och ska börja, eller redan har börjat, träna med din IQoro är det jättebra om du ringer oss så att vi kan hjälpa dig att komma igång med behandlingen på rätt sätt.',
        'If you have tinnitus and are about to start, or have already started, training with IQoro, it is a great help if you call customer support, so that they can help you get started the right way.',
        'Om du har tinnitus och ska börja, eller redan har börjat, träna med din IQoro är det jättebra om du ringer kundtjänst så att de kan hjälpa dig att komma igång med behandlingen på rätt sätt.',
        'Hvis du har tinnitus og skal begynne, eller allerede har begynt, å trene med IQoro, er det veldig bra om du ringer kundeservice, slik at de kan hjelpe deg å komme i gang med behandlingen på riktig måte.'),
    ],
    suggestsPlan: 'caution',
  },
};

export function getSideEffect(id: string): SideEffect {
  return SIDE_EFFECTS[assertId('side effect', SIDE_EFFECT_IDS, id)];
}

export function listSideEffects(): SideEffect[] {
  return SIDE_EFFECT_IDS.map((id) => SIDE_EFFECTS[id]);
}

/**
 * 001: side effects "är ofarliga och försvinner allt eftersom dina inre muskler
 * blir starkare", said of soreness and changed reflux symptoms; shown with
 * `sideEffectsUnderGeneralNote` only, never with blood or tinnitus.
 */
export const GENERAL_SIDE_EFFECT_NOTE: Statement = say(SE,
  'When you start treating your symptoms with IQoro, you may notice various side effects. These are harmless and disappear as your inner muscles get stronger.',
  'När du börjar behandla dina symtom med IQoro kan du eventuellt uppleva olika bieffekter. Dessa är ofarliga och försvinner allt eftersom dina inre muskler blir starkare.',
  'Når du begynner å behandle symptomene dine med IQoro, kan du kanskje merke ulike bieffekter. Disse er ufarlige og forsvinner etter hvert som de indre musklene dine blir sterkere.');

/** The situations the general note is about (001): training soreness and temporarily worse symptoms. */
export const sideEffectsUnderGeneralNote: readonly SideEffectId[] = ['training-soreness', 'worse-reflux-symptoms'];

/** The seed's distinction between an adverse effect (biverkning) and a side effect (bieffekt). */
export const adverseVersusSideEffect: {
  readonly title: LocalizedText;
  readonly adverseEffect: readonly Statement[];
  readonly sideEffect: readonly Statement[];
} = {
  title: text(
    'Adverse effect or side effect?',
    'Biverkning eller bieffekt?',
    'Bivirkning eller bieffekt?',
  ),
  adverseEffect: [
    say(SE,
      'Adverse effects are caused by the medicine or product used, and are not a natural, expected part of the course that should lead to getting better with your complaints or your illness.',
      'Biverkningar är orsakade av läkemedlet eller produkten som används, och är inte en naturlig, förväntad del av det förlopp som ska leda till att man blir bättre i sina besvär eller i sin sjukdom.',
      'Bivirkninger er forårsaket av legemiddelet eller produktet som brukes, og er ikke en naturlig, forventet del av forløpet som skal føre til at man blir bedre av plagene eller sykdommen sin.'),
    paraphrase(SE,
      'Nej, IQoro ger inga kända biverkningar. IQoro är en medicinteknisk produkt som genomgått vetenskapliga studier vid svenska universitet. Vid dessa studier har forskarna inte kunnat hitta några negativa biverkningar. Det finns inte heller några biverkningar rapporterade i vårt kvalitetssystem gällande avvikelser på grund av en allvarlig händelse i samband med träningen. Om det skulle komma in någon sådan avvikelse är vi skyldiga att rapportera detta enligt de lagkrav som finns på medicintekniska produkter.',
      'IQoro has no known adverse effects. The scientific studies at Swedish universities found none, and none have been reported in the company’s quality system as a deviation due to a serious incident. If such a deviation came in, the company would be obliged to report it under the legal requirements for medical devices.',
      'IQoro ger inga kända biverkningar. Forskarna har inte kunnat hitta några negativa biverkningar i de vetenskapliga studierna vid svenska universitet, och det finns inga biverkningar rapporterade i företagets kvalitetssystem gällande avvikelser på grund av en allvarlig händelse. Om en sådan avvikelse skulle komma in är företaget skyldigt att rapportera den enligt lagkraven för medicintekniska produkter.',
      'IQoro gir ingen kjente bivirkninger. Forskerne har ikke funnet noen negative bivirkninger i de vitenskapelige studiene ved svenske universiteter, og ingen bivirkninger er rapportert i selskapets kvalitetssystem som avvik på grunn av en alvorlig hendelse. Skulle et slikt avvik komme inn, er selskapet pliktig til å rapportere det etter lovkravene for medisinsk utstyr.'),
    say(SE,
      'For the vast majority, IQoro cannot do any harm.',
      'För de allra flesta kan IQoro inte göra någon skada.',
      'For de aller fleste kan IQoro ikke gjøre noen skade.'),
    // 001 says "två diagnoser" but lists three (tinnitus, whiplash, facial palsy); the list is followed.
    paraphrase(SE,
      'Klinisk erfarenhet visar dock att det finns tre sjukdomstillstånd där IQoro inte kan rekommenderas, och två diagnoser där behandling med IQoro bör inledas med försiktighet.',
      'Clinical experience shows, however, three conditions in which IQoro cannot be recommended: achalasia (achalasia cardiae), trigeminal neuralgia and paraesophageal hernia; and three in which treatment with IQoro should start with caution: tinnitus, whiplash injury and peripheral facial palsy (Bell’s palsy).',
      'Klinisk erfarenhet visar dock att det finns tre sjukdomstillstånd där IQoro inte kan rekommenderas: akalasi (achalasia cardiae), trigeminusneuralgi och paraesofageala bråck, och tre diagnoser där behandling med IQoro bör inledas med försiktighet: tinnitus, whiplashskada och perifer ansiktsförlamning (Bells pares).',
      'Klinisk erfaring viser likevel at det finnes tre sykdomstilstander der IQoro ikke kan anbefales: akalasi (achalasia cardiae), trigeminusnevralgi og paraøsofagealt brokk, og tre diagnoser der behandling med IQoro bør startes med forsiktighet: tinnitus, whiplashskade og perifer ansiktslammelse (Bells parese).'),
  ],
  sideEffect: [
    say(SE,
      'A side effect is “something that comes along with it”. Side effects can be both positive and negative.',
      'En bieffekt är ”något som kommer med på köpet”. Bieffekter kan vara både positiva och negativa.',
      'En bieffekt er «noe som følger med på kjøpet». Bieffekter kan være både positive og negative.'),
    say(SE,
      'The most common side effect is training soreness.',
      'Den vanligaste bieffekten är träningsvärk.',
      'Den vanligste bieffekten er stølhet.'),
    say(SE,
      'Another side effect some people notice at the start of their treatment is that heartburn or other symptoms get temporarily worse. This is a natural part of what happens when you start strengthening your inner muscles.',
      'En annan bieffekt som vissa känner av i början av sin behandling är att halsbrännan eller andra symtom blir tillfälligt värre. Detta är en naturlig del av händelseförloppet som sker när man börjar stärka sina inre muskler.',
      'En annen bieffekt som noen merker i starten av behandlingen, er at halsbrannen eller andre symptomer blir midlertidig verre. Dette er en naturlig del av forløpet når man begynner å styrke de indre musklene.'),
  ],
};
