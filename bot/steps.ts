/**
 * @module bot/steps: the conversation's moves that several intents share: greet, ask the next piece of
 * context that changes the answer, answer a need, browse, the problem list.
 */
import { AUDIENCES, DOMAINS, LANGS, type Lang } from '../knowledge/schema.ts';
import { fold } from './text.ts';
import { copy } from './copy/index.ts';
import type { KnowledgeBase } from './knowledge.ts';
import { answerNeed } from './lookup.ts';
import { placeForPostalCode } from './postal.ts';
import { PROBLEM_LIST } from './problem-list.ts';
import { rankServices } from './rank.ts';
import { REGIONS } from '../knowledge/schema.ts';
import type { ReplyBlock } from './reply.ts';
import { PATIENT_LANGS, type ConversationState } from './state.ts';
import type { Context } from './types.ts';

export interface Turn {
  replies: ReplyBlock[];
  state: ConversationState;
}

/** The other ways in: browse the domains, or tick problems on the list. */
export const waysIn = (lang: Lang): ReplyBlock => {
  const t = copy(lang).chat;
  return {
    type: 'choices',
    prompt: t.waysIn,
    choices: [
      { label: t.browse, action: 'browse', value: '' },
      { label: t.problemList, action: 'problems', value: '' },
    ],
  };
};

export const greet = (state: ConversationState): Turn => ({
  replies: [{ type: 'text', text: copy(state.lang).chat.greeting }, waysIn(state.lang)],
  state: { ...state, step: state.step === 'start' ? 'start' : 'need' },
});

const contextOf = (state: ConversationState, patientLang = state.patientLang): Context => {
  const place = state.postalCode ? placeForPostalCode(state.postalCode) : state.region ? { region: state.region } : undefined;
  return { lang: state.lang, ...(place && { place }), ...(state.audience && { audience: state.audience }), ...(patientLang && { patientLang }) };
};

/** True when the patient's language would change which services come first (so it is worth asking). */
function languageMatters(kb: KnowledgeBase, state: ConversationState): boolean {
  const candidates = kb.servicesByNeed.get(state.needId!) ?? [];
  const orders = PATIENT_LANGS.map((l) => rankServices(candidates, [state.needId!], contextOf(state, l), 5).map((r) => r.service.id).join());
  return new Set(orders).size > 1;
}

const ASKS: { missing: (kb: KnowledgeBase, s: ConversationState) => boolean; step: ConversationState['step']; block: (s: ConversationState) => ReplyBlock }[] = [
  {
    missing: (_, s) => !s.audience,
    step: 'audience',
    block: (s) => ({ type: 'choices', prompt: copy(s.lang).chat.askAudience, choices: AUDIENCES.map((a) => ({ label: copy(s.lang).chat.audience[a], action: 'audience', value: a })) }),
  },
  {
    missing: (_, s) => !s.region && !s.postalCode,
    step: 'region',
    block: (s) => ({ type: 'choices', prompt: copy(s.lang).chat.askRegion, choices: REGIONS.map((r) => ({ label: copy(s.lang).chat.region[r], action: 'region', value: r })) }),
  },
  {
    missing: (kb, s) => !s.patientLang && languageMatters(kb, s),
    step: 'patientLang',
    block: (s) => ({
      type: 'choices',
      prompt: copy(s.lang).chat.askPatientLang,
      choices: PATIENT_LANGS.map((l) => ({ label: copy(s.lang).chat.patientLang[l], action: 'patientLang', value: l })),
    }),
  },
];

/**
 * A context answer typed instead of clicked ("kind", "Bruxelles", "adult"): the pending question's
 * choice whose label (in any of the three languages) or value is the text, folded.
 */
export function typedChoice(state: ConversationState, text: string): { action: string; value: string } | undefined {
  const ask = ASKS.find((a) => a.step === state.step);
  if (!ask) return undefined;
  const typed = fold(text.trim());
  for (const lang of LANGS) {
    const block = ask.block({ ...state, lang });
    if (block.type !== 'choices') continue;
    const hit = block.choices.find((c) => fold(c.label) === typed || fold(c.value) === typed || fold(c.label.split(/[ (]/)[0]!) === typed);
    if (hit) return { action: hit.action, value: hit.value };
  }
  return undefined;
}

/** Asks for the next piece of context that changes the answer, or answers when none is missing. */
export function proceed(kb: KnowledgeBase, state: ConversationState): Turn {
  if (!state.needId || !kb.needs.has(state.needId)) return greet({ ...state, step: 'need' });
  const ask = ASKS.find((a) => a.missing(kb, state));
  if (ask) return { replies: [ask.block(state)], state: { ...state, step: ask.step } };
  return answer(kb, { ...state, step: 'answered' });
}

const redFlagOf = (kb: KnowledgeBase, needId: string, lang: Lang): ReplyBlock[] => {
  const flag = kb.needs.get(needId)?.redFlag;
  return flag ? [{ type: 'redFlag', title: copy(lang).chat.redFlag, signs: flag.signs[lang], action: flag.action[lang] }] : [];
};

/** A need was chosen: its red flag comes first, before any question. */
export function needChosen(kb: KnowledgeBase, state: ConversationState, needId: string): Turn {
  const next = proceed(kb, { ...state, needId });
  const flag = redFlagOf(kb, needId, state.lang);
  const alreadyFirst = next.replies[0]?.type === 'redFlag';
  return { ...next, replies: alreadyFirst ? next.replies : [...flag, ...next.replies] };
}

/** The answer: a red flag first where there is one, guidance, then up to 5 ranked services, then what next. */
export function answer(kb: KnowledgeBase, state: ConversationState): Turn {
  const t = copy(state.lang).chat;
  const found = answerNeed(kb, state.needId!, contextOf(state), 5);
  if (!found) return greet({ ...state, step: 'need' });
  const replies: ReplyBlock[] = [...redFlagOf(kb, state.needId!, state.lang)];
  for (const guidance of found.guidance.slice(0, 1)) replies.push({ type: 'guidance', guidance });
  replies.push(
    found.services.length ? { type: 'services', services: found.services, add: { label: t.add, action: 'add' } } : { type: 'text', text: t.noServices },
  );
  const queued = state.queue.flatMap((id) => {
    const need = kb.needs.get(id);
    return need ? [{ label: `${t.nextProblem}${need.title[state.lang]}`, action: 'need', value: id }] : [];
  });
  replies.push({
    type: 'choices',
    prompt: t.next,
    choices: [
      ...queued.slice(0, 1),
      ...(state.plan.length ? [{ label: t.showPlan, action: 'plan', value: '' }] : []),
      { label: t.anotherNeed, action: 'another', value: '' },
      { label: t.changeContext, action: 'context', value: '' },
      { label: t.startOver, action: 'restart', value: '' },
    ],
  });
  return { replies, state };
}

export const browseDomains = (state: ConversationState): Turn => {
  const t = copy(state.lang).chat;
  return {
    replies: [{ type: 'choices', prompt: t.askDomain, choices: DOMAINS.map((d) => ({ label: t.domain[d], action: 'browse', value: d })) }],
    state: { ...state, step: 'browse' },
  };
};

/** First sentence of a summary: enough to tell needs apart in a list. */
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text;

export function domainNeeds(kb: KnowledgeBase, state: ConversationState, domain: string): Turn {
  const needs = (kb.needsByDomain.get(domain) ?? []).map((n) => ({ id: n.id, domain: n.domain, title: n.title[state.lang], summary: firstSentence(n.summary[state.lang]) }));
  needs.sort((a, b) => a.title.localeCompare(b.title, state.lang));
  return { replies: [{ type: 'needs', prompt: copy(state.lang).chat.askDomainNeed, needs }], state: { ...state, step: 'browse' } };
}

export function problemList(kb: KnowledgeBase, state: ConversationState): Turn {
  const t = copy(state.lang).chat;
  const options = PROBLEM_LIST.flatMap((id) => {
    const need = kb.needs.get(id);
    return need ? [{ label: need.title[state.lang], value: id }] : [];
  });
  return { replies: [{ type: 'multiChoice', prompt: t.askProblems, action: 'problems', submitLabel: t.problemsSubmit, options }], state: { ...state, step: 'problems' } };
}
