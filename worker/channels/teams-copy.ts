/** @module worker/channels/teams-copy: the few strings only the Teams cards show (labels, empty results), in nl, fr and en. */
import type { Lang } from '../../bot/index.ts';

const en = {
  howToRefer: 'How to refer',
  cost: 'Cost',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  checked: 'Source checked',
  firstSteps: 'First steps',
  rules: 'Rules',
  tellPatient: 'Tell the patient',
  redFlags: 'Urgent signs',
  sources: 'Sources',
  chosen: 'Chosen',
  planText: 'Text for the patient file',
  services: 'Services',
  noResults: 'Nothing found for that. Try other words.',
  typeToSearch: 'Type a need, for example “fatigue” or “return to work”.',
  webhookHelp: 'Mention me with a need in a few words, for example “fatigue after chemo”.',
  found: 'Best match',
  fallback: 'This card needs a newer Teams client.',
};
type TeamsCopy = { [K in keyof typeof en]: string };

const nl: TeamsCopy = {
  howToRefer: 'Hoe doorverwijzen',
  cost: 'Kosten',
  phone: 'Telefoon',
  email: 'E-mail',
  website: 'Website',
  checked: 'Bron nagekeken',
  firstSteps: 'Eerste stappen',
  rules: 'Regels',
  tellPatient: 'Zeg aan de patiënt',
  redFlags: 'Dringende tekens',
  sources: 'Bronnen',
  chosen: 'Gekozen',
  planText: 'Tekst voor het patiëntendossier',
  services: 'Diensten',
  noResults: 'Niets gevonden. Probeer andere woorden.',
  typeToSearch: 'Typ een nood, bijvoorbeeld “vermoeidheid” of “terug aan het werk”.',
  webhookHelp: 'Vermeld mij met een nood in een paar woorden, bijvoorbeeld “moe na de chemo”.',
  found: 'Beste resultaat',
  fallback: 'Deze kaart vraagt een recentere Teams-versie.',
};

const fr: TeamsCopy = {
  howToRefer: 'Comment orienter',
  cost: 'Coût',
  phone: 'Téléphone',
  email: 'E-mail',
  website: 'Site web',
  checked: 'Source vérifiée',
  firstSteps: 'Premières étapes',
  rules: 'Règles',
  tellPatient: 'À dire au patient',
  redFlags: 'Signes urgents',
  sources: 'Sources',
  chosen: 'Choisi',
  planText: 'Texte pour le dossier du patient',
  services: 'Services',
  noResults: 'Rien trouvé. Essayez d’autres mots.',
  typeToSearch: 'Tapez un besoin, par exemple « fatigue » ou « reprise du travail ».',
  webhookHelp: 'Mentionnez-moi avec un besoin en quelques mots, par exemple « fatigue après la chimio ».',
  found: 'Meilleur résultat',
  fallback: 'Cette carte demande une version plus récente de Teams.',
};

const COPY: Record<Lang, TeamsCopy> = { nl, fr, en };

/** The Teams strings for `lang`. */
export const teamsCopy = (lang: Lang): TeamsCopy => COPY[lang];
