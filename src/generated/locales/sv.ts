
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.bad-contact': `Kontaktuppgiften till kundsupporten som den här sidan anger är inte giltig och visas därför inte.`,
'common.bad-lang': str`Innehållet finns inte på språket ”${0}”. Det visas på ${1}.`,
'common.disclaimer': `Detta är ingen medicinsk bedömning.`,
'common.source': str`Källa: ${0} (”${1}”).`,
'suitability.ack-label': `Jag har läst råden ovan.`,
'suitability.ack-required': `Bekräfta att du har läst råden innan du går vidare.`,
'suitability.gentle-button': `Visa den försiktiga starten`,
'suitability.hint': `Kryssa i allt som stämmer. Det du kryssar i stannar på den här sidan: det sparas inte och skickas inte.`,
'suitability.plan-button': `Visa min träningsplan`,
'suitability.title': `Stämmer något av detta in på dig?`,
    };
  