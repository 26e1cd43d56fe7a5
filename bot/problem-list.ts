/**
 * @module bot/problem-list: the quick problem-list screen: common problems to tick, in the spirit of the
 * distress thermometer's problem list (physical, emotional, family, practical), each mapped to one need.
 */
export const PROBLEM_LIST = [
  'med.pain',
  'med.fatigue',
  'med.sleep',
  'med.nausea',
  'med.appetite-weight',
  'med.mouth-swallowing',
  'med.breathing',
  'med.neuropathy',
  'med.cognitive',
  'med.sexual-function',
  'psy.anxiety',
  'psy.depression',
  'psy.fear-of-recurrence',
  'psy.intimacy-relationship',
  'psy.children-of-patient',
  'psy.carer-burden',
  'work.return-to-work',
  'soc.financial-hardship',
  'soc.transport',
  'soc.home-help',
] as const;
