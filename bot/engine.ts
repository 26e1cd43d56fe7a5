/**
 * @module bot/engine: one turn of the referral conversation, `respond(kb, state, input) -> { replies, state }`,
 * dispatched through an ordered table of intents (the first whose `select` matches handles the turn).
 * Pure: no I/O, no runtime; free text is used for the search and never put into the state.
 */
import { AUDIENCES, LANGS, REGIONS, type Audience, type Lang, type Region } from '../knowledge/schema.ts';
import { copy } from './copy/index.ts';
import type { KnowledgeBase } from './knowledge.ts';
import { addToPlan, planBlock, removeFromPlan } from './plan.ts';
import { placeForPostalCode } from './postal.ts';
import type { TurnInput } from './reply.ts';
import { search } from './search.ts';
import { initialState, PATIENT_LANGS, type ConversationState, type PatientLang } from './state.ts';
import { answer, browseDomains, domainNeeds, greet, needChosen, problemList, proceed, typedChoice, waysIn, type Turn } from './steps.ts';

export type { Turn } from './steps.ts';

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
const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/** A need is offered as a choice only when it scores at least this share of the best need's score. */
const RELATIVE_CUTOFF = 0.2;

/** Free text: search, offer the best 1 to 5 needs as choices (and other ways in). The text goes no further. */
function searchNeeds(t: TurnContext, query: string): Turn {
  const c = copy(t.state.lang).chat;
  const state = { ...t.state, step: 'need' as const };
  const found = search(t.kb, query, t.state.lang, 5).needs.filter((h) => t.kb.needs.has(h.id));
  // 1 to 5 choices: needs scoring far below the best one are noise, not alternatives.
  const hits = found.filter((h) => h.score >= RELATIVE_CUTOFF * found[0]!.score);
  if (!hits.length) return { replies: [{ type: 'text', text: c.noMatch }, waysIn(state.lang)], state };
  const choices = hits.map((h) => ({ label: t.kb.needs.get(h.id)!.title[state.lang], action: 'need', value: h.id }));
  return { replies: [{ type: 'choices', prompt: c.askNeed, choices: [...choices, { label: c.noneOfThese, action: 'browse', value: '' }] }], state };
}

/** After a plan change: the plan, then the same ways on as after an answer. */
function showPlan(t: TurnContext, state: ConversationState, note?: string): Turn {
  const c = copy(state.lang).chat;
  const head = note ? [{ type: 'text' as const, text: note }] : [];
  if (!state.plan.length) return { replies: [...head, { type: 'text', text: c.planEmpty }], state };
  return { replies: [...head, planBlock(t.kb, state)], state };
}

const INTENTS: Intent[] = [
  {
    name: 'language',
    select: (t) => action(t, 'lang') && oneOf(LANGS, value(t)),
    handle: (t) => {
      const state = { ...t.state, lang: value(t) as Lang };
      return state.step === 'answered' ? answer(t.kb, state) : state.step === 'start' ? greet(state) : proceed(t.kb, state);
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
      const { audience: _a, region: _r, postalCode: _p, patientLang: _l, ...rest } = t.state;
      return proceed(t.kb, rest);
    },
  },
  { name: 'browse-domains', select: (t) => action(t, 'browse') && value(t) === '', handle: (t) => browseDomains(t.state) },
  { name: 'browse-domain', select: (t) => action(t, 'browse') && t.kb.needsByDomain.has(value(t)), handle: (t) => domainNeeds(t.kb, t.state, value(t)) },
  { name: 'problem-list', select: (t) => action(t, 'problems') && value(t).trim() === '', handle: (t) => problemList(t.kb, t.state) },
  {
    name: 'problems-chosen',
    select: (t) => action(t, 'problems'),
    handle: (t) => {
      const ids = [...new Set(value(t).split(',').map((s) => s.trim()))].filter((id) => t.kb.needs.has(id));
      if (!ids.length) return { replies: [{ type: 'text', text: copy(t.state.lang).chat.noProblems }], state: t.state };
      return needChosen(t.kb, { ...t.state, queue: ids.slice(1) }, ids[0]!);
    },
  },
  {
    name: 'choose-need',
    select: (t) => action(t, 'need') && t.kb.needs.has(value(t)),
    handle: (t) => needChosen(t.kb, { ...t.state, queue: t.state.queue.filter((id) => id !== value(t)) }, value(t)),
  },
  {
    name: 'choose-audience',
    select: (t) => action(t, 'audience') && oneOf(AUDIENCES, value(t)),
    handle: (t) => proceed(t.kb, { ...t.state, audience: value(t) as Audience }),
  },
  {
    name: 'choose-region',
    select: (t) => action(t, 'region') && oneOf(REGIONS, value(t)),
    handle: (t) => {
      const { postalCode: _, ...rest } = t.state;
      return proceed(t.kb, { ...rest, region: value(t) as Region });
    },
  },
  {
    name: 'choose-patient-language',
    select: (t) => action(t, 'patientLang') && oneOf(PATIENT_LANGS, value(t)),
    handle: (t) => proceed(t.kb, { ...t.state, patientLang: value(t) as PatientLang }),
  },
  {
    name: 'postal-code',
    select: (t) => t.state.step === 'region' && /^\s*\d{4}\s*$/.test(text(t) ?? ''),
    handle: (t) => {
      const code = text(t)!.trim();
      if (!placeForPostalCode(code)) return { replies: [{ type: 'text', text: copy(t.state.lang).chat.badPostalCode }], state: t.state };
      const { region: _, ...rest } = t.state;
      return proceed(t.kb, { ...rest, postalCode: code });
    },
  },
  {
    name: 'add-to-plan',
    select: (t) => action(t, 'add') && t.kb.services.has(value(t)),
    handle: (t) => showPlan(t, { ...t.state, plan: addToPlan(t.kb, t.state.plan, value(t), t.state.needId) }, copy(t.state.lang).chat.added),
  },
  {
    name: 'remove-from-plan',
    select: (t) => action(t, 'remove'),
    handle: (t) => showPlan(t, { ...t.state, plan: removeFromPlan(t.state.plan, value(t)) }, copy(t.state.lang).chat.removed),
  },
  { name: 'show-plan', select: (t) => action(t, 'plan'), handle: (t) => showPlan(t, t.state) },
  {
    name: 'typed-choice',
    select: (t) => text(t) !== undefined && typedChoice(t.state, text(t)!) !== undefined,
    handle: (t) => dispatch({ ...t, input: typedChoice(t.state, text(t)!)! }),
  },
  { name: 'free-text', select: (t) => text(t) !== undefined, handle: (t) => searchNeeds(t, text(t)!) },
  { name: 'start', select: () => true, handle: (t) => (t.state.step === 'start' ? greet(t.state) : proceed(t.kb, t.state)) },
];

/** A turn and the name of the intent that handled it (for logs: names only, never the text). */
export type NamedTurn = Turn & { intent: string };

function dispatch(t: TurnContext): NamedTurn {
  const intent = INTENTS.find((i) => i.select(t))!;
  return { ...intent.handle(t), intent: intent.name };
}

/** One turn. `state` undefined starts a conversation in `lang`. */
export function respond(kb: KnowledgeBase, state: ConversationState | undefined, input: TurnInput | undefined, lang: Lang = 'en'): NamedTurn {
  return dispatch({ kb, state: state ?? initialState(lang), input });
}
