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
  checkBeforeReferring: 'À vérifier avant d’orienter',
};
