/**
 * Side effects of starting IQoro training, as the manufacturer explains them
 * (seed 001, 'iqoro-side-effects'; the soreness and tinnitus parts of seed 000,
 * 'iqoro-when-to-avoid'). Every statement records its source. No advice beyond
 * the seeds; terms follow the project glossary.
 */
import { assertId } from './ids.js';
import type { LocalizedText } from './locale.js';
import type { Statement } from './sources.js';
import { say, text } from './text.js';

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
  /** True only where the seed calls it harmless or not dangerous (see harmlessStatement). */
  readonly harmless: boolean;
  /** The seed's own sentence that it is harmless, or null. */
  readonly harmlessStatement: Statement | null;
  readonly whatToDo: readonly Statement[];
  readonly whenToContact: readonly Statement[];
  /** A plan the advice points to ("start gently"), or null. */
  readonly suggestsPlan: 'gentle-start' | null;
}

const SE = 'iqoro-side-effects';
const AVOID = 'iqoro-when-to-avoid';

const SIDE_EFFECTS: Readonly<Record<SideEffectId, SideEffect>> = {
  'training-soreness': {
    id: 'training-soreness',
    situation: text(
      'My mouth, tongue or throat is sore',
      'Jag har ont i munnen, tungan eller halsen',
      'Jeg har vondt i munnen, tungen eller halsen',
    ),
    name: text('Training soreness', 'Träningsvärk', 'Stølhet (treningsverk)'),
    whatItIs: [
      say(SE,
        'When you start training with IQoro, it is not unusual to get training soreness in the mouth, the tongue or the throat. You may even think you are getting ill, because your throat hurts, without any other signs of infection. Then it may well be training soreness.',
        'När man börjar träna med IQoro är det inte ovanligt att man får träningsvärk i munnen, tungan eller halsen. Du kanske till och med börjar tro att du håller på att bli sjuk, eftersom du har ont i halsen, utan att du har några andra tecken på infektion. Då kan det mycket väl vara träningsvärk.',
        'Når man begynner å trene med IQoro, er det ikke uvanlig å få stølhet i munnen, tungen eller halsen. Du tror kanskje til og med at du er i ferd med å bli syk, fordi du har vondt i halsen, uten at du har andre tegn på infeksjon. Da kan det godt være stølhet.'),
      say(AVOID,
        'Training soreness usually settles in the chewing, tongue, throat and neck muscles.',
        'Vanligen sätter sig träningsvärken i tugg-, tung-, svalg- och nackmuskler.',
        'Vanligvis setter stølheten seg i tygge-, tunge-, svelg- og nakkemusklene.'),
    ],
    whyItHappens: [
      say(SE,
        'Training soreness comes when we load our muscles in an intense or new way that we are not used to. If your muscles are so weak that you have symptoms such as heartburn, a lump in the throat or an irritating cough, it is not strange to get training soreness at the start of the treatment.',
        'Träningsvärk uppstår när vi belastar våra muskler på ett intensivt eller nytt sätt som vi inte är vana vid. Om din muskulatur är så pass försvagad att du drabbats av symtom som halsbränna, klumpkänsla i halsen eller rethosta är det därför inte så konstigt om du drabbas av träningsvärk i början av din behandling.',
        'Stølhet oppstår når vi belaster musklene på en intens eller ny måte som vi ikke er vant til. Hvis musklene dine er så svekket at du har fått symptomer som halsbrann, klumpfølelse i halsen eller irritasjonshoste, er det derfor ikke rart om du får stølhet i starten av behandlingen.'),
    ],
    harmless: true,
    // 000: "Träningsvärk är ofarligt och går över av sig själv." 001: "Det är inte farligt att få träningsvärk av IQoro".
    harmlessStatement: say(AVOID,
      'Training soreness is harmless and passes by itself.',
      'Träningsvärk är ofarligt och går över av sig själv.',
      'Stølhet er ufarlig og går over av seg selv.'),
    whatToDo: [
      say(SE,
        'It is not dangerous to get training soreness from IQoro, and you can carry on with your treatment.',
        'Det är inte farligt att få träningsvärk av IQoro, och du kan fortsätta din behandling ändå.',
        'Det er ikke farlig å få stølhet av IQoro, og du kan fortsette behandlingen likevel.'),
      say(SE,
        'To avoid too much training soreness, it can be a good idea to build up slowly in the first weeks: start with 3 × 5 seconds of stretching, three times a day, with the sessions well spread over the day so the muscles can recover in between.',
        'För att undvika för mycket träningsvärk kan det vara en bra idé att trappa upp träningen långsamt under de första veckorna: börja med 3 × 5 sekunders töjning, tre gånger per dag, och se till att träningspassen är väl utspridda över dagen så att musklerna hinner återhämta sig däremellan.',
        'For å unngå for mye stølhet kan det være lurt å trappe opp treningen langsomt de første ukene: start med 3 × 5 sekunders tøyning, tre ganger om dagen, og sørg for at treningsøktene er godt spredt utover dagen, slik at musklene rekker å hente seg inn mellom dem.'),
      say(SE,
        'Then add a second at a time, with a few days in between, until you reach 3 × 10 seconds three times a day, the recommended training time.',
        'Trappa sedan upp någon sekund i taget med några dagars mellanrum tills du är uppe i 3 × 10 sekunder, tre gånger per dag, som är den rekommenderade träningstiden.',
        'Trapp deretter opp ett sekund om gangen, med noen dagers mellomrom, til du er oppe i 3 × 10 sekunder tre ganger om dagen, som er den anbefalte treningstiden.'),
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
        'When you start treatment with IQoro, there is a small risk that you first have more heartburn or acid regurgitation than usual. Some customers also notice a lump in the throat or other usual symptoms of a hiatal hernia, or that their symptoms change: perhaps more heartburn but less acid regurgitation.',
        'När du börjar behandlingen med IQoro finns det en liten risk att du först upplever mer halsbränna eller sura uppstötningar än vanligt. Vissa upplever också klumpkänsla i halsen eller andra vanliga symtom på diafragmabråck, eller att symtomen förändras: kanske mer halsbränna men mindre sura uppstötningar.',
        'Når du begynner behandlingen med IQoro, er det en liten risiko for at du først får mer halsbrann eller sure oppstøt enn vanlig. Noen merker også klumpfølelse i halsen eller andre vanlige symptomer på mellomgulvsbrokk, eller at symptomene endrer seg: kanskje mer halsbrann, men mindre sure oppstøt.'),
    ],
    whyItHappens: [
      say(SE,
        'Training with IQoro creates a certain pressure change in the mouth, the oesophagus and the hiatal canal. Your muscles are not yet strong enough to hold the stomach in place, while the pressure change lets stomach acid be pushed up a little more easily into the oesophagus and throat.',
        'Träning med IQoro ger en viss tryckförändring i munnen, matstrupen och hiatuskanalen. Dina muskler är fortfarande inte tillräckligt starka för att hålla magsäcken på plats, samtidigt som tryckförändringen gör att magsyran trycks upp ännu lite lättare i matstrupen och halsen.',
        'Trening med IQoro gir en viss trykkendring i munnen, spiserøret og hiatuskanalen. Musklene dine er ennå ikke sterke nok til å holde magesekken på plass, samtidig som trykkendringen gjør at magesyren lettere presses opp i spiserøret og halsen.'),
      say(SE,
        'Another common reason is that you may have stopped other symptom relief too soon, before your muscles have become strong enough.',
        'En annan vanlig anledning är att du kanske slutat med annan symtomlindring för tidigt, innan din muskulatur blivit tillräckligt stark.',
        'En annen vanlig grunn er at du kanskje har sluttet med annen symptomlindring for tidlig, før musklene dine er blitt sterke nok.'),
      say(SE,
        'If you have stopped acid-reducing medicine abruptly, you can get a so-called rebound effect: more stomach acid for a period before the production settles. A rebound effect is unpleasant but not dangerous.',
        'Om du har slutat tvärt med syradämpande läkemedel kan du få en så kallad reboundeffekt med en ökad produktion av magsyra en period innan produktionen stabiliserar sig. En reboundeffekt är obehaglig men inte farlig.',
        'Hvis du har sluttet brått med syrehemmende legemidler, kan du få en såkalt reboundeffekt med økt produksjon av magesyre en periode før produksjonen stabiliserer seg. En reboundeffekt er ubehagelig, men ikke farlig.'),
    ],
    harmless: true,
    // 001: "förvärrade symtom i början av behandlingen är en tillfällig försämring som är ofarlig, även om den kan vara obehaglig."
    harmlessStatement: say(SE,
      'Worse symptoms at the start of the treatment are a temporary worsening that is harmless, even if it can be unpleasant. They pass as your muscles get stronger.',
      'Förvärrade symtom i början av behandlingen är en tillfällig försämring som är ofarlig, även om den kan vara obehaglig. De går över när du tränat upp din muskulatur.',
      'Forverrede symptomer i starten av behandlingen er en midlertidig forverring som er ufarlig, selv om den kan være ubehagelig. De går over når du har trent opp musklene.'),
    whatToDo: [
      say(SE,
        'Keep on with the treatment: stronger muscles will counteract your symptoms over time.',
        'Fortsätt med behandlingen, eftersom stärkta muskler kommer att motverka dina symtom på sikt.',
        'Fortsett med behandlingen, fordi sterkere muskler vil motvirke symptomene dine på sikt.'),
      say(SE,
        'Keep taking the acid-reducing medicine you may have taken so far, for as long as you need it, until your muscles have become stronger and the symptoms have begun to subside. You should not have to walk around feeling discomfort or pain.',
        'Fortsätt ta de syrahämmande läkemedel som du eventuellt tagit hittills så länge du behöver dem, ända tills musklerna blivit starkare och symtomen börjat avta. Du ska inte behöva gå runt och känna obehag eller smärta.',
        'Fortsett å ta de syrehemmende legemidlene du eventuelt har tatt til nå, så lenge du trenger dem, helt til musklene er blitt sterkere og symptomene har begynt å avta. Du skal ikke måtte gå rundt med ubehag eller smerter.'),
      say(SE,
        'Only then, once you have used IQoro for a period, can you taper off the medicine, together with your prescribing doctor, until you feel you manage entirely without it.',
        'Först då, när du använt IQoro en period, kan du trappa ner läkemedlen i samråd med din förskrivande läkare tills du känner att du klarar dig helt utan dem.',
        'Først da, når du har brukt IQoro en periode, kan du trappe ned legemidlene i samråd med din forskrivende lege til du føler at du klarer deg helt uten dem.'),
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
        'If you get a taste of blood, or blood in your mouth, when training with IQoro, there are normally three reasons for it.',
        'Om du får blodsmak eller blod i munnen vid träning med IQoro finns det normalt tre olika anledningar till detta.',
        'Hvis du får blodsmak eller blod i munnen når du trener med IQoro, er det normalt tre ulike grunner til det.'),
    ],
    whyItHappens: [
      say(SE,
        'If you have had acid regurgitation, reflux, heartburn or mucus in the throat, stomach acid has come up into your oesophagus. The acid is corrosive and can begin to eat into the mucous membrane of the oesophagus, so that small bleeds occur. Normally the blood would run down into the stomach, but the increased pressure when you train with IQoro can bring it up into the mouth instead.',
        'Om du haft besvär med sura uppstötningar, reflux, halsbränna eller slem i halsen så har du haft magsyra som kommit upp i matstrupen. Eftersom magsyran är frätande kan den börja fräta på slemhinnan i matstrupen och då kan små blödningar uppstå. I vanliga fall skulle blodet ha runnit ner i magsäcken, men när du tränar med IQoro skapas ett ökat tryck som kan göra att blodet istället kommer upp i munnen.',
        'Hvis du har hatt plager med sure oppstøt, refluks, halsbrann eller slim i halsen, har du hatt magesyre som har kommet opp i spiserøret. Fordi magesyren er etsende, kan den etse på slimhinnen i spiserøret, og da kan små blødninger oppstå. Vanligvis ville blodet ha rent ned i magesekken, men når du trener med IQoro, skapes et økt trykk som kan gjøre at blodet i stedet kommer opp i munnen.'),
      say(SE,
        'An ongoing infection in the mouth’s mucous membrane or in a tooth can lead to blood in the mouth. Reflux and heartburn can in fact be a reason for poor oral health and gum inflammation, and tartar can also contribute to fragile mucous membranes that bleed more easily.',
        'Om du har en pågående infektion i munnens slemhinna eller i någon tand så kan det leda till blod i munnen. Reflux och halsbränna kan faktiskt vara en anledning till dålig munhälsa och tandköttsinflammationer. Även tandsten kan bidra till sköra slemhinnor som blöder lättare.',
        'Hvis du har en pågående infeksjon i munnens slimhinne eller i en tann, kan det føre til blod i munnen. Refluks og halsbrann kan faktisk være en grunn til dårlig munnhelse og tannkjøttbetennelse. Også tannstein kan bidra til skjøre slimhinner som blør lettere.'),
      say(SE,
        'If you take a medicine that has fragile mucous membranes as an adverse effect, the blood may come from that.',
        'Om du tar något läkemedel som har sköra slemhinnor som biverkning kan blodet bero på detta.',
        'Hvis du tar et legemiddel som har skjøre slimhinner som bivirkning, kan blodet skyldes det.'),
    ],
    harmless: true,
    // 001: "Blodet är ofarligt, och kan ibland se värre ut än vad det är när det blandas med saliv."
    harmlessStatement: say(SE,
      'The blood is harmless, and it can sometimes look worse than it is when it mixes with saliva. The bleeds in the oesophagus will stop once your muscles are stronger and stomach acid no longer comes up.',
      'Blodet är ofarligt, och kan ibland se värre ut än vad det är när det blandas med saliv. Blödningarna i matstrupen kommer att försvinna när du stärkt muskulaturen och inte längre får upp magsyra i matstrupen.',
      'Blodet er ufarlig, og kan iblant se verre ut enn det er når det blandes med spytt. Blødningene i spiserøret vil forsvinne når du har styrket musklene og ikke lenger får opp magesyre i spiserøret.'),
    whatToDo: [
      say(SE,
        'If you notice blood or a taste of blood when you train, try to see where the blood comes from. Use a mirror, and perhaps a torch.',
        'Om du upptäcker blod eller blodsmak i munnen i samband med träning kan det vara bra att försöka se var blodet kommer ifrån. Använd en spegel och kanske en ficklampa.',
        'Hvis du oppdager blod eller blodsmak i munnen i forbindelse med trening, kan det være lurt å prøve å se hvor blodet kommer fra. Bruk et speil og kanskje en lommelykt.'),
    ],
    whenToContact: [
      say(SE,
        'You are also welcome to contact customer support by phone or e-mail if you feel worried.',
        'Du får också gärna kontakta kundtjänst via telefon eller mejl om du känner dig orolig.',
        'Du er også velkommen til å kontakte kundeservice på telefon eller e-post hvis du føler deg urolig.'),
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
      say(AVOID,
        'People with tinnitus have sometimes heard a changed sound when they start training with IQoro. The changed tone can feel positive or negative.',
        'Det har hänt att personer med tinnitus får en förändrad ljudbild när de inleder träning med IQoro. Den förändrade tonen kan upplevas som positiv eller negativ.',
        'Det har hendt at personer med tinnitus får et endret lydbilde når de begynner å trene med IQoro. Den endrede tonen kan oppleves som positiv eller negativ.'),
    ],
    whyItHappens: [
      say(SE,
        'One of the nerves stimulated when training with IQoro goes to the middle ear.',
        'En av de nerver som stimuleras vid träning med IQoro går till mellanörat.',
        'En av nervene som stimuleres ved trening med IQoro, går til mellomøret.'),
    ],
    harmless: true,
    // 000: "Det är inte farligt att träna med IQoro."
    harmlessStatement: say(AVOID,
      'It is not dangerous to train with IQoro.',
      'Det är inte farligt att träna med IQoro.',
      'Det er ikke farlig å trene med IQoro.'),
    whatToDo: [
      say(AVOID,
        'Start training carefully and increase gradually to the optimal 3 × 10 seconds per session, 3 times a day. Stop, and step back in training seconds if needed, if you feel you are going too fast.',
        'Inled träningen med IQoro smygande och öka sedan successivt till optimala 3 × 10 sekunder per session, 3 gånger om dagen. Stanna av och backa eventuellt i antal träningssekunder om du känner att du går för fort fram.',
        'Start treningen med IQoro forsiktig og øk deretter gradvis til optimale 3 × 10 sekunder per økt, 3 ganger om dagen. Stopp opp og trapp eventuelt ned antall treningssekunder hvis du føler at du går for fort fram.'),
    ],
    whenToContact: [
      say(SE,
        'If you have tinnitus and are about to start, or have already started, training with IQoro, it is a great help if you call customer support, so that they can help you get started the right way.',
        'Om du har tinnitus och ska börja, eller redan har börjat, träna med din IQoro är det jättebra om du ringer kundtjänst så att de kan hjälpa dig att komma igång med behandlingen på rätt sätt.',
        'Hvis du har tinnitus og skal begynne, eller allerede har begynt, å trene med IQoro, er det veldig bra om du ringer kundeservice, slik at de kan hjelpe deg å komme i gang med behandlingen på riktig måte.'),
    ],
    suggestsPlan: null,
  },
};

export function getSideEffect(id: string): SideEffect {
  return SIDE_EFFECTS[assertId('side effect', SIDE_EFFECT_IDS, id)];
}

export function listSideEffects(): SideEffect[] {
  return SIDE_EFFECT_IDS.map((id) => SIDE_EFFECTS[id]);
}

/** Side effects are harmless and pass as the inner muscles get stronger (001). */
export const GENERAL_SIDE_EFFECT_NOTE: Statement = say(SE,
  'These side effects are harmless and disappear as your inner muscles get stronger. Worse symptoms at the start of the treatment are a temporary worsening that is harmless, even if it can be unpleasant.',
  'Dessa bieffekter är ofarliga och försvinner allt eftersom dina inre muskler blir starkare. Förvärrade symtom i början av behandlingen är en tillfällig försämring som är ofarlig, även om den kan vara obehaglig.',
  'Disse bieffektene er ufarlige og forsvinner etter hvert som de indre musklene dine blir sterkere. Forverrede symptomer i starten av behandlingen er en midlertidig forverring som er ufarlig, selv om den kan være ubehagelig.');

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
      'An adverse effect is caused by the medicine or product used, and is not a natural, expected part of getting better.',
      'Biverkningar är orsakade av läkemedlet eller produkten som används, och är inte en naturlig, förväntad del av det förlopp som ska leda till att man blir bättre.',
      'Bivirkninger er forårsaket av legemiddelet eller produktet som brukes, og er ikke en naturlig, forventet del av forløpet som skal føre til at man blir bedre.'),
    say(SE,
      'IQoro has no known adverse effects. The scientific studies at Swedish universities found none, and none have been reported in the company’s quality system as a deviation due to a serious incident. If such a deviation came in, the company would be obliged to report it under the legal requirements for medical devices.',
      'IQoro ger inga kända biverkningar. Forskarna har inte kunnat hitta några negativa biverkningar i de vetenskapliga studierna vid svenska universitet, och det finns inga biverkningar rapporterade i företagets kvalitetssystem gällande avvikelser på grund av en allvarlig händelse. Om en sådan avvikelse skulle komma in är företaget skyldigt att rapportera den enligt lagkraven för medicintekniska produkter.',
      'IQoro gir ingen kjente bivirkninger. Forskerne har ikke funnet noen negative bivirkninger i de vitenskapelige studiene ved svenske universiteter, og ingen bivirkninger er rapportert i selskapets kvalitetssystem som avvik på grunn av en alvorlig hendelse. Skulle et slikt avvik komme inn, er selskapet pliktig til å rapportere det etter lovkravene for medisinsk utstyr.'),
  ],
  sideEffect: [
    say(SE,
      'A side effect is “something that comes along with it”, and can be positive or negative. The most common side effect of IQoro is training soreness.',
      'En bieffekt är ”något som kommer med på köpet”, och kan vara både positiv och negativ. Den vanligaste bieffekten av IQoro är träningsvärk.',
      'En bieffekt er «noe som følger med på kjøpet», og kan være både positiv og negativ. Den vanligste bieffekten av IQoro er stølhet.'),
    say(SE,
      'Another side effect some people notice at the start is that heartburn or other symptoms get temporarily worse. This is a natural part of what happens when you start strengthening your inner muscles.',
      'En annan bieffekt som vissa känner av i början är att halsbrännan eller andra symtom blir tillfälligt värre. Detta är en naturlig del av händelseförloppet när man börjar stärka sina inre muskler.',
      'En annen bieffekt som noen merker i starten, er at halsbrannen eller andre symptomer blir midlertidig verre. Dette er en naturlig del av forløpet når man begynner å styrke de indre musklene.'),
  ],
};
