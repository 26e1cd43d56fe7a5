/**
 * @module bot/engine: one turn of the referral conversation, `respond(kb, state, input) -> { replies, state }`,
 * dispatched through an ordered table of intents (the first whose `select` matches handles the turn).
 * Pure: no I/O, no runtime; free text is used for the search and never put into the state.
 */
import { AUDIENCES, LANGS, REGIONS, type Audience, type Lang, type Region } from '../knowledge/schema.ts';
import { copy } from './copy/index.ts';
import type { KnowledgeBase } from './knowledge.ts';
import { answerNeed } from './lookup.ts';
import { placeForPostalCode } from './postal.ts';
import { needSummary } from './present.ts';
import type { ReplyBlock, TurnInput } from './reply.ts';
import { search } from './search.ts';
import { initialState, type ConversationState } from './state.ts';
import type { Context } from './types.ts';

export interface Turn {
  replies: ReplyBlock[];
  state: ConversationState;
}

interface TurnContext {
  kb: KnowledgeBase;
  state: ConversationState;
  input: TurnInput | undefined;
}

interface Intent {
  name: string;
  select: (t: TurnContext) => boolean;
  handle: (t: TurnContext) => Turn;
}

const action = (t: TurnContext, name: string) => t.input !== undefined && 'action' in t.input && t.input.action === name;
const text = (t: TurnContext) => (t.input && 'text' in t.input ? t.input.text : undefined);
const value = (t: TurnContext) => (t.input && 'value' in t.input ? t.input.value : '');

const greet = (state: ConversationState): Turn => ({ replies: [{ type: 'text', text: copy(state.lang).chat.greeting }], state });

/** Asks for the next piece of context that changes the answer, or answers when none is missing. */
function proceed(kb: KnowledgeBase, state: ConversationState): Turn {
  const t = copy(state.lang).chat;
  if (!state.needId) return greet({ ...state, step: 'need' });
  if (!state.audience)
    return {
      replies: [{ type: 'choices', prompt: t.askAudience, choices: AUDIENCES.map((a) => ({ label: t.audience[a], action: 'audience', value: a })) }],
      state: { ...state, step: 'audience' },
    };
  if (!state.region && !state.postalCode)
    return {
      replies: [{ type: 'choices', prompt: t.askRegion, choices: REGIONS.map((r) => ({ label: t.region[r], action: 'region', value: r })) }],
      state: { ...state, step: 'region' },
    };
  return answer(kb, { ...state, step: 'answered' });
}

/** The answer: a red flag first where there is one, guidance, then up to 5 ranked services, then what next. */
function answer(kb: KnowledgeBase, state: ConversationState): Turn {
  const t = copy(state.lang).chat;
  const place = state.postalCode ? placeForPostalCode(state.postalCode) : state.region ? { region: state.region } : undefined;
  const ctx: Context = { lang: state.lang, ...(place && { place }), ...(state.audience && { audience: state.audience }) };
  const found = answerNeed(kb, state.needId!, ctx, 5);
  if (!found) return greet(initialState(state.lang));
  const replies: ReplyBlock[] = [];
  if (found.need.redFlag) replies.push({ type: 'redFlag', title: t.redFlag, ...found.need.redFlag });
  for (const guidance of found.guidance.slice(0, 1)) replies.push({ type: 'guidance', guidance });
  replies.push(found.services.length ? { type: 'services', services: found.services } : { type: 'text', text: t.noServices });
  replies.push({
    type: 'choices',
    prompt: t.next,
    choices: [
      { label: t.anotherNeed, action: 'another', value: '' },
      { label: t.changeContext, action: 'context', value: '' },
      { label: t.startOver, action: 'restart', value: '' },
    ],
  });
  return { replies, state };
}

/** Free text: search, offer the best 1 to 5 needs as choices. The text itself goes no further. */
function searchNeeds(t: TurnContext, query: string): Turn {
  const c = copy(t.state.lang).chat;
  const hits = search(t.kb, query, t.state.lang, 5).needs;
  if (!hits.length) return { replies: [{ type: 'text', text: c.noMatch }], state: { ...t.state, step: 'need' } };
  const needs = hits.flatMap((h) => {
    const need = t.kb.needs.get(h.id);
    return need ? [needSummary(need, t.state.lang, h.score)] : [];
  });
  return {
    replies: [{ type: 'choices', prompt: c.askNeed, choices: needs.map((n) => ({ label: n.title, action: 'need', value: n.id })) }],
    state: { ...t.state, step: 'need' },
  };
}

const INTENTS: Intent[] = [
  {
    name: 'language',
    select: (t) => action(t, 'lang') && (LANGS as readonly string[]).includes(value(t)),
    handle: (t) => {
      const state = { ...t.state, lang: value(t) as Lang };
      return state.step === 'answered' ? answer(t.kb, state) : proceed(t.kb, state);
    },
  },
  { name: 'restart', select: (t) => action(t, 'restart'), handle: (t) => greet(initialState(t.state.lang)) },
  {
    name: 'another-need',
    select: (t) => action(t, 'another'),
    handle: (t) => {
      const { needId: _, ...rest } = t.state;
      return greet({ ...rest, step: 'need' });
    },
  },
  {
    name: 'change-context',
    select: (t) => action(t, 'context'),
    handle: (t) => {
      const { audience: _a, region: _r, postalCode: _p, ...rest } = t.state;
      return proceed(t.kb, rest);
    },
  },
  {
    name: 'choose-need',
    select: (t) => action(t, 'need') && t.kb.needs.has(value(t)),
    handle: (t) => proceed(t.kb, { ...t.state, needId: value(t) }),
  },
  {
    name: 'choose-audience',
    select: (t) => action(t, 'audience') && (AUDIENCES as readonly string[]).includes(value(t)),
    handle: (t) => proceed(t.kb, { ...t.state, audience: value(t) as Audience }),
  },
  {
    name: 'choose-region',
    select: (t) => action(t, 'region') && (REGIONS as readonly string[]).includes(value(t)),
    handle: (t) => proceed(t.kb, { ...t.state, region: value(t) as Region }),
  },
  {
    name: 'postal-code',
    select: (t) => t.state.step === 'region' && /^\s*\d{4}\s*$/.test(text(t) ?? ''),
    handle: (t) => {
      const code = text(t)!.trim();
      if (!placeForPostalCode(code)) return { replies: [{ type: 'text', text: copy(t.state.lang).chat.badPostalCode }], state: t.state };
      return proceed(t.kb, { ...t.state, postalCode: code });
    },
  },
  { name: 'free-text', select: (t) => text(t) !== undefined, handle: (t) => searchNeeds(t, text(t)!) },
  { name: 'start', select: () => true, handle: (t) => (t.state.step === 'start' ? greet(t.state) : proceed(t.kb, t.state)) },
];

/** One turn. `state` undefined starts a conversation in `lang`. */
export function respond(kb: KnowledgeBase, state: ConversationState | undefined, input: TurnInput | undefined, lang: Lang = 'en'): Turn {
  const t: TurnContext = { kb, state: state ?? initialState(lang), input };
  return INTENTS.find((intent) => intent.select(t))!.handle(t);
}

/** The intent a turn would take (for tests and logs: names only, never the text). */
export const intentOf = (kb: KnowledgeBase, state: ConversationState, input: TurnInput | undefined) =>
  INTENTS.find((intent) => intent.select({ kb, state, input }))!.name;
