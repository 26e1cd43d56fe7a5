/** @module bot/copy/en: every English string the engine shows. */
export const en = {
  reason: {
    need: 'meets this need',
    needSecondary: 'also helps with this need',
    audienceYes: { adult: 'for adults', child: 'for children', aya: 'for adolescents and young adults', relative: 'for relatives and carers' },
    audienceNo: 'not specifically for this group',
    local: 'offered in your area',
    regional: 'offered in your region',
    partOfRegion: 'offered in part of your region',
    national: 'available nationwide',
    hospital: 'in your hospital',
    language: 'in the patient’s language',
    noLanguage: 'not offered in the patient’s language',
    cost: { free: 'free', included: 'included in hospital care', reimbursed: 'reimbursed', copay: 'small co-payment', varies: 'cost varies', paid: 'paid' },
  },
  checkBeforeReferring: 'Check before referring',
} as const;
