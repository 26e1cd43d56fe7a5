/** @module bot: the public surface of the channel-agnostic engine (search, lookups, views, places). */
export { loadKnowledgeBase, type KnowledgeBase } from './knowledge.ts';
export { search, buildQuery, type SearchResult } from './search.ts';
export { answerNeed, answerSearch, type NeedAnswer, type SearchAnswer } from './lookup.ts';
export { needSummary, needView, serviceView, guidanceView, costText } from './present.ts';
export { rankServices, offeredAt, type RankedService, type Reason } from './rank.ts';
export { placeForPostalCode, POSTAL_CODE, GERMAN_SPEAKING_POSTAL_CODES } from './postal.ts';
export * from './views.ts';
export type * from './types.ts';
export { respond, type NamedTurn, type Turn } from './engine.ts';
export { ReplyBlock, TurnInput, Choice, ACTIONS, type Action } from './reply.ts';
export { planItems, planText, handoutPath, parseHandoutItem, type Plan } from './plan.ts';
export { PROBLEM_LIST } from './problem-list.ts';
export { ConversationState, STATE_VERSION, PATIENT_LANGS, initialState, type PatientLang } from './state.ts';
export { copy, langOfLocale, type Copy } from './copy/index.ts';
export { lookupNeeds, lookupText, type LookupAnswer } from './one-shot.ts';
export { summarize, type Summary } from './summary.ts';
