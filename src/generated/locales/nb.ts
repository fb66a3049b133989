
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.bad-contact': `Kontaktinformasjonen til kundeservice som denne siden oppgir, er ikke gyldig og vises derfor ikke.`,
'common.bad-lang': str`Innholdet finnes ikke på språket «${0}». Det vises på ${1}.`,
'common.disclaimer': `Dette er ingen medisinsk vurdering.`,
'common.source': str`Kilde: ${0} («${1}»).`,
'suitability.ack-label': `Jeg har lest rådene over.`,
'suitability.ack-required': `Bekreft at du har lest rådene før du går videre.`,
'suitability.gentle-button': `Vis den forsiktige starten`,
'suitability.hint': `Kryss av for alt som stemmer. Det du krysser av, blir på denne siden: det lagres ikke og sendes ikke.`,
'suitability.plan-button': `Vis treningsplanen min`,
'suitability.title': `Gjelder noe av dette for deg?`,
    };
  