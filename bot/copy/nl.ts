/** @module bot/copy/nl: every Dutch string the engine shows. */
import type { Copy } from './index.ts';

export const nl: Copy = {
  reason: {
    need: 'beantwoordt deze nood',
    needSecondary: 'helpt ook bij deze nood',
    audienceYes: { adult: 'voor volwassenen', child: 'voor kinderen', aya: 'voor adolescenten en jongvolwassenen', relative: 'voor naasten en mantelzorgers' },
    audienceNo: 'niet specifiek voor deze groep',
    local: 'aanbod in uw buurt',
    regional: 'aanbod in uw regio',
    partOfRegion: 'aanbod in een deel van uw regio',
    national: 'in heel België',
    hospital: 'in uw ziekenhuis',
    language: 'in de taal van de patiënt',
    noLanguage: 'niet in de taal van de patiënt',
    cost: { free: 'gratis', included: 'inbegrepen in de ziekenhuiszorg', reimbursed: 'terugbetaald', copay: 'klein remgeld', varies: 'kost verschilt', paid: 'betalend' },
  },
  checkBeforeReferring: 'Controleer vóór u doorverwijst',
};
