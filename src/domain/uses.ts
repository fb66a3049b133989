/**
 * What IQoro is used for and for whom, as the manufacturer says in 000's
 * section "Olika användningsområden" ('iqoro-when-to-avoid'). For a pharmacy's
 * product page (see <care-iqoro-uses>). `say` where the Swedish is the seed's
 * own words; `paraphrase` where the Swedish mends the seed's grammar or terms
 * ("olika typer dysfagi", "naso-gastrik sond").
 */
import type { Statement } from './sources.js';
import { IQORO_WHEN_TO_AVOID } from './sources.js';
import { paraphrase, say } from './text.js';

const AVOID = IQORO_WHEN_TO_AVOID;

export interface IqoroUses {
  /** What IQoro is, and for whom it may be used. */
  readonly intro: readonly Statement[];
  /** The lead-in of the list: "IQoro is used to advantage in:". */
  readonly listTitle: Statement;
  /** The uses, in the seed's order. */
  readonly uses: readonly Statement[];
}

export const IQORO_USES: IqoroUses = {
  intro: [
    paraphrase(
      AVOID,
      'IQoro har flera användningsområden och inom olika professioner. IQoro är ett lämpligt träningsredskap vid behandling/rehabilitering av olika typer dysfagi, sväljsvårigheter, reflux, diafragmabråck, snarkning och sömnapné.',
      'IQoro has several uses, across different professions. IQoro is a suitable training device in the treatment or rehabilitation of different kinds of dysphagia (swallowing difficulties), reflux, hiatal hernia, snoring and sleep apnoea.',
      'IQoro har flera användningsområden och inom olika professioner. IQoro är ett lämpligt träningsredskap vid behandling och rehabilitering av olika typer av dysfagi, sväljsvårigheter, reflux, diafragmabråck, snarkning och sömnapné.',
      'IQoro har flere bruksområder, innen ulike profesjoner. IQoro er et egnet treningsredskap ved behandling og rehabilitering av ulike typer dysfagi (svelgevansker), refluks, mellomgulvsbrokk, snorking og søvnapné.',
    ),
    say(
      AVOID,
      'This can include patients with severe respiratory symptoms, patients in intensive care units, those who use nasal oxygen and those with heart disease.',
      'Detta kan inkludera patienter med allvarliga respiratoriska symtom, patienter på intensivvårdsenheter, de som använder syrgas nasalt och de med hjärtsjukdomar.',
      'Dette kan omfatte pasienter med alvorlige luftveissymptomer, pasienter på intensivavdelinger, de som bruker oksygen gjennom nesen, og de med hjertesykdommer.',
    ),
  ],
  listTitle: say(AVOID, 'IQoro is used to advantage in:', 'IQoro används med fördel vid:', 'IQoro brukes med fordel ved:'),
  uses: [
    paraphrase(
      AVOID,
      'olika typer av sväljsvårigheter. Även lämpligt när patienten har PEG eller naso-gastrik sond',
      'different kinds of swallowing difficulties, also when the patient has a PEG or nasogastric tube',
      'olika typer av sväljsvårigheter, även när patienten har PEG eller nasogastrisk sond',
      'ulike typer svelgevansker, også når pasienten har PEG-sonde eller nasogastrisk sonde',
    ),
    say(AVOID, 'facial palsy', 'ansiktsförlamning', 'ansiktslammelse'),
    say(AVOID, 'slurred speech', 'otydligt tal', 'utydelig tale'),
    say(AVOID, 'nasal drip and drooling', 'näsdropp och dregling', 'dryppende nese og sikling'),
    say(AVOID, 'reduced body control', 'nedsatt kroppskontroll', 'nedsatt kroppskontroll'),
    say(AVOID, 'hiatal hernia (diaphragmatic hernia)', 'diafragmabråck', 'mellomgulvsbrokk (hiatushernie)'),
    say(AVOID, 'hoarseness and throat clearing', 'heshet och harkling', 'heshet og kremting'),
    say(AVOID, 'snoring and sleep apnoea', 'snarkning och sömnapné', 'snorking og søvnapné'),
  ],
};
