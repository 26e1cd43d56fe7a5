/**
 * Scripted referral conversations through POST /api/v1/chat in workerd (real Durable Objects), in nl, fr
 * and en: free text to services and the referral plan with its handout, browsing, the problem list, the
 * red flag path, a language switch, start over, typos, off-topic text, and the privacy of logs and storage.
 */
import { SELF, env, runInDurableObject } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReplyBlock, TurnInput } from '../../bot/index.ts';
import { ChatResponse } from '../../worker/schemas.ts';
import { ORIGIN } from './helpers.ts';

type Lang = 'nl' | 'fr' | 'en';
type Block<T extends ReplyBlock['type']> = Extract<ReplyBlock, { type: T }>;

/** What to answer when the engine asks for context. */
const POLICY: Record<string, string> = { audience: 'adult', region: 'BE-BRU', patientLang: 'fr' };

class Chat {
  id: string | undefined;
  replies: ReplyBlock[] = [];
  constructor(public locale: Lang) {}

  async send(input?: TurnInput): Promise<ReplyBlock[]> {
    const res = await SELF.fetch(`${ORIGIN}/api/v1/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...(this.id && { conversationId: this.id }), locale: this.locale, ...(input && { input }) }),
    });
    expect(res.status).toBe(200);
    const body = ChatResponse.parse(await res.json());
    this.id = body.conversationId;
    this.replies = body.replies;
    return body.replies;
  }
  say = (text: string) => this.send({ text });
  choose = (action: string, value = '') => this.send({ action, value });

  block<T extends ReplyBlock['type']>(type: T): Block<T> | undefined {
    return this.replies.find((r) => r.type === type) as Block<T> | undefined;
  }
  /** Choices offered for `action` in the last reply. */
  offered(action: string): string[] {
    return this.replies.flatMap((r) => (r.type === 'choices' ? r.choices.filter((c) => c.action === action).map((c) => c.value) : []));
  }
  /** The context questions answered by the last answerContext(). */
  asked: string[] = [];
  /** Answers the context questions (audience, region, patient language) until an answer with services arrives. */
  async answerContext(policy = POLICY): Promise<Block<'services'>> {
    this.asked = [];
    for (let i = 0; i < 4 && !this.block('services'); i++) {
      const ask = this.replies.find((r): r is Block<'choices'> => r.type === 'choices' && r.choices.some((c) => c.action in policy));
      expect(ask, `a context question or an answer, got ${this.replies.map((r) => r.type).join(', ')}`).toBeDefined();
      const action = ask!.choices[0]!.action;
      this.asked.push(action);
      await this.choose(action, policy[action]!);
    }
    expect(this.block('services')).toBeDefined();
    return this.block('services')!;
  }
  state = () => runInDurableObject(env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(this.id!)), (_o, s) => s.storage.kv.get('state')) as Promise<Record<string, unknown>>;
}

const SCRIPTS: { lang: Lang; text: string; need: string; typo: string; typoNeed: string; handoutWord: RegExp }[] = [
  { lang: 'nl', text: 'patiënt is altijd moe na de chemo', need: 'med.fatigue', typo: 'moeilijk slapn, ligt wakker snachts', typoNeed: 'med.sleep', handoutWord: /Waar vindt u hulp/ },
  { lang: 'fr', text: 'elle est épuisée depuis la chimio', need: 'med.fatigue', typo: 'probleme de transprt pour aller a la chimio', typoNeed: 'soc.transport', handoutWord: /Où trouver de l’aide/ },
  { lang: 'en', text: 'always exhausted after chemo', need: 'med.fatigue', typo: 'cant aford the hospitl bills', typoNeed: 'soc.medical-costs', handoutWord: /Where to find help/ },
];

describe.each(SCRIPTS)('conversation in $lang', ({ lang, text, need, typo, typoNeed, handoutWord }) => {
  it('free text -> need -> context -> guidance and ranked services -> referral plan -> handout', async () => {
    const chat = new Chat(lang);
    await chat.send();
    expect(chat.offered('browse')).toEqual(['']); // the greeting offers the other ways in
    await chat.say(text);
    expect(chat.offered('need')).toContain(need);
    expect(chat.offered('need').length).toBeLessThanOrEqual(5);
    await chat.choose('need', need);
    const { services, add } = await chat.answerContext();
    expect(chat.block('guidance')!.guidance.needs).toContain(need);
    expect(services.length).toBeGreaterThan(0);
    expect(services.length).toBeLessThanOrEqual(5);
    for (const s of services) expect(s.area.scope === 'regional' ? s.area.regions : ['BE-BRU']).toContain('BE-BRU');
    expect(add).toEqual({ label: expect.any(String), action: 'add' });

    await chat.choose('add', services[0]!.id);
    const plan = chat.block('plan')!;
    expect(plan.items).toEqual([{ need: { id: need, title: expect.any(String) }, services: [expect.objectContaining({ id: services[0]!.id, name: services[0]!.name })] }]);
    expect(plan.text).toContain(services[0]!.name);
    const state = await chat.state();
    expect(state.plan).toEqual([{ needId: need, serviceIds: [services[0]!.id] }]);
    // a handout per language, the patient's first (when it was asked), else the professional's
    expect(plan.handout.map((h) => h.lang).sort()).toEqual(['en', 'fr', 'nl']);
    expect(plan.handout[0]!.lang).toBe(state.patientLang ?? lang);

    const own = plan.handout.find((h) => h.lang === lang)!;
    const res = await SELF.fetch(`${ORIGIN}${own.path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const page = await res.text();
    expect(page).toMatch(handoutWord);
    expect(page).toContain(`lang="${lang}"`);
    expect(page).toContain(plan.items[0]!.need.title.replace(/'/g, '&#39;'));
  });

  it('a typo-laden query still finds the need', async () => {
    const chat = new Chat(lang);
    await chat.say(typo);
    expect(chat.offered('need').slice(0, 3)).toContain(typoNeed);
  });

  it('browse: the four domains, then the needs of one with a summary each', async () => {
    const chat = new Chat(lang);
    await chat.send();
    await chat.choose('browse', '');
    expect(chat.offered('browse')).toEqual(['medical', 'psychosocial', 'socioprofessional', 'social']);
    await chat.choose('browse', 'social');
    const needs = chat.block('needs')!.needs;
    expect(needs.every((n) => n.domain === 'social' && n.summary.length > 10)).toBe(true);
    expect(needs.map((n) => n.id)).toContain('soc.transport');
    await chat.choose('need', 'soc.transport');
    expect((await chat.answerContext()).services.every((s) => s.needs.includes('soc.transport'))).toBe(true);
  });

  it('problem list: two needs ticked are answered one after the other, context asked once', async () => {
    const chat = new Chat(lang);
    await chat.choose('problems', '');
    const list = chat.block('multiChoice')!;
    expect(list.action).toBe('problems');
    expect(list.options.map((o) => o.value)).toEqual(expect.arrayContaining(['med.pain', 'soc.transport']));
    await chat.choose('problems', 'med.pain,soc.transport');
    const first = await chat.answerContext();
    expect(chat.asked).toEqual(expect.arrayContaining(['audience', 'region']));
    expect(first.services.every((s) => s.needs.includes('med.pain'))).toBe(true);
    expect(chat.offered('need')).toEqual(['soc.transport']); // "next problem"
    await chat.choose('need', 'soc.transport');
    const second = await chat.answerContext();
    expect(chat.asked).not.toContain('audience'); // who and where are remembered
    expect(chat.asked).not.toContain('region');
    expect(second.services.every((s) => s.needs.includes('soc.transport'))).toBe(true);
    expect(chat.offered('need')).toEqual([]);
  });
});

describe('the red flag, language switch, start over and off-topic text', () => {
  it('suicidal thoughts: the crisis lines come first, before any question and on top of the answer', async () => {
    const chat = new Chat('fr');
    await chat.say('il a des idées suicidaires');
    expect(chat.offered('need')[0]).toBe('psy.suicidal-thoughts');
    const replies = await chat.choose('need', 'psy.suicidal-thoughts');
    expect(replies[0]).toMatchObject({ type: 'redFlag', action: expect.stringMatching(/0800 32 123/) });
    expect(replies[0]).toMatchObject({ action: expect.stringMatching(/1813/) });
    await chat.answerContext({ audience: 'adult', region: 'BE-WAL', patientLang: 'fr' });
    expect(chat.replies[0]!.type).toBe('redFlag');
  });

  it('switches language midway: the pending question is asked again in the new language, the answer comes in it', async () => {
    const chat = new Chat('nl');
    await chat.say('pijn');
    await chat.choose('need', 'med.pain');
    expect(chat.block('choices')!.prompt).toMatch(/Voor wie/);
    await chat.choose('lang', 'fr');
    expect(chat.block('choices')!.prompt).toMatch(/Pour qui/);
    await chat.answerContext();
    expect(chat.block('guidance')!.guidance.title).not.toBe('');
    expect((await chat.state()).lang).toBe('fr');
    expect(chat.block('choices')!.prompt).toBe('Et maintenant ?');
  });

  it('starts over: back to the greeting, with nothing kept but the language', async () => {
    const chat = new Chat('en');
    await chat.say('hair loss');
    await chat.choose('need', 'med.hair-loss');
    await chat.answerContext();
    await chat.choose('restart');
    expect(chat.block('text')!.text).toMatch(/^Hello/);
    expect(await chat.state()).toEqual({ v: 1, lang: 'en', step: 'start', queue: [], plan: [] });
  });

  it('off-topic text gets a helpful answer with other ways in, never a dead end', async () => {
    const chat = new Chat('nl');
    await chat.say('wat voor weer wordt het morgen in Oostende');
    expect(chat.replies.length).toBeGreaterThan(0);
    expect([...chat.offered('browse'), ...chat.offered('problems'), ...chat.offered('need')].length).toBeGreaterThan(0);
  });
});

describe('privacy', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a marker typed as free text appears in no log line and no Durable Object storage', async () => {
    const lines: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const)
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    const marker = 'zq-privacy-marker-5309';
    const chat = new Chat('en');
    await chat.say(`always tired ${marker}`);
    await chat.choose('need', 'med.fatigue');
    await chat.answerContext();
    await chat.say(`and also ${marker} pain`);
    await chat.say(marker);
    // the turns were logged (names only), so the check below looks at real log lines
    expect(lines.filter((l) => l.includes('"event":"chat.turn"')).length).toBeGreaterThanOrEqual(4);
    expect(lines.filter((l) => l.includes(marker))).toEqual([]);
    const stored = await runInDurableObject(env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(chat.id!)), async (_o, s) => JSON.stringify([...(await s.storage.list()).entries()]));
    expect(stored).toContain('med.fatigue');
    expect(stored).not.toContain(marker);
  });
});
