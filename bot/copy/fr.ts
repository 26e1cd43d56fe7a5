/** @module bot/copy/fr: every French string the engine shows. */
import type { Copy } from './index.ts';

export const fr: Copy = {
  reason: {
    need: 'répond à ce besoin',
    needSecondary: 'aide aussi pour ce besoin',
    audienceYes: { adult: 'pour les adultes', child: 'pour les enfants', aya: 'pour les adolescents et jeunes adultes', relative: 'pour les proches et aidants' },
    audienceNo: 'pas spécifiquement pour ce groupe',
    local: 'offre près de chez vous',
    regional: 'offre dans votre région',
    partOfRegion: 'offre dans une partie de votre région',
    national: 'dans toute la Belgique',
    hospital: 'dans votre hôpital',
    language: 'dans la langue du patient',
    noLanguage: 'pas dans la langue du patient',
    cost: { free: 'gratuit', included: 'compris dans les soins hospitaliers', reimbursed: 'remboursé', copay: 'petit ticket modérateur', varies: 'coût variable', paid: 'payant' },
  },
  chat: {
    greeting: 'Bonjour. Décrivez le besoin en quelques mots (par exemple « toujours fatigué après la chimio »), et je montre qui peut aider en Belgique, comment orienter et qui paie.',
    expired: 'Cette conversation était terminée (après 24 heures d’inactivité, rien n’est conservé). Recommençons.',
    askNeed: 'Quel besoin correspond le mieux ?',
    noMatch: 'Je n’ai trouvé aucun besoin correspondant. Essayez d’autres mots ou décrivez le problème autrement.',
    askAudience: 'Pour qui est l’aide ?',
    askRegion: 'Où vit la personne ? Choisissez une région ou tapez un code postal belge.',
    badPostalCode: 'Ce n’est pas un code postal belge (4 chiffres, de 1000 à 9999). Choisissez une région ou réessayez.',
    redFlag: 'D’abord : urgent',
    noServices: 'Aucun service n’est encore répertorié pour ce besoin dans cette région. Demandez à l’assistant social de l’hôpital.',
    next: 'Et maintenant ?',
    anotherNeed: 'Un autre besoin',
    changeContext: 'Changer qui ou où',
    startOver: 'Recommencer',
    audience: { adult: 'Patient adulte', child: 'Enfant', aya: 'Adolescent ou jeune adulte (15-39)', relative: 'Proche ou aidant' },
    region: { 'BE-VLG': 'Flandre', 'BE-WAL': 'Wallonie', 'BE-BRU': 'Bruxelles' },
  },
  checkBeforeReferring: 'À vérifier avant d’orienter',
};
