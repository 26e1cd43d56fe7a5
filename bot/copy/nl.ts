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
  chat: {
    greeting: 'Hallo. Beschrijf de nood in een paar woorden (bijvoorbeeld “altijd moe na de chemo”), en ik toon wie in België kan helpen, hoe u doorverwijst en wie betaalt.',
    expired: 'Dat gesprek was afgelopen (na 24 uur zonder activiteit wordt niets bewaard). We beginnen opnieuw.',
    askNeed: 'Welke nood past het best?',
    noMatch: 'Ik vond geen nood die daarbij past. Probeer andere woorden of beschrijf het probleem anders.',
    askAudience: 'Voor wie is de hulp?',
    askRegion: 'Waar woont de persoon? Kies een regio of typ een Belgische postcode.',
    badPostalCode: 'Dat is geen Belgische postcode (4 cijfers, 1000 tot 9999). Kies een regio of probeer opnieuw.',
    redFlag: 'Eerst: dringend',
    noServices: 'Voor deze nood staat in die regio nog geen dienst. Vraag het na bij de sociaal werker van het ziekenhuis.',
    next: 'Wat nu?',
    anotherNeed: 'Een andere nood',
    changeContext: 'Wie of waar wijzigen',
    startOver: 'Opnieuw beginnen',
    audience: { adult: 'Volwassen patiënt', child: 'Kind', aya: 'Adolescent of jongvolwassene (15-39)', relative: 'Naaste of mantelzorger' },
    region: { 'BE-VLG': 'Vlaanderen', 'BE-WAL': 'Wallonië', 'BE-BRU': 'Brussel' },
  },
  checkBeforeReferring: 'Controleer vóór u doorverwijst',
};
