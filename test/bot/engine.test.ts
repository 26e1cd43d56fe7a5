import { describe, expect, it } from 'vitest';
import { BUNDLE_JSON, INDEX_JSON } from '../../knowledge/dist/knowledge.js';
import { respond, type Turn } from '../../bot/engine.ts';
import { loadKnowledgeBase } from '../../bot/knowledge.ts';
import type { ReplyBlock, TurnInput } from '../../bot/reply.ts';
import { parseHandoutItem } from '../../bot/plan.ts';

const kb = loadKnowledgeBase(BUNDLE_JSON, INDEX_JSON);

/** Plays a script of inputs from a fresh conversation; returns every turn. */
function play(lang: 'nl' | 'fr' | 'en', inputs: (TurnInput | undefined)[]): Turn[] {
  const turns: Turn[] = [];
  let state: Turn['state'] | undefined;
  for (const input of inputs) {
    const turn = respond(kb, state, input, lang);
    turns.push(turn);
    state = turn.state;
  }
  return turns;
}
const block = <T extends ReplyBlock['type']>(turn: Turn, type: T) => turn.replies.find((r) => r.type === type) as Extract<ReplyBlock, { type: T }> | undefined;

describe('the referral conversation engine', () => {
  it('nl: free text -> need choices -> audience -> region -> guidance and ranked services', () => {
    const turns = play('nl', [undefined, { text: 'patiënt is altijd moe na de chemo' }, { action: 'need', value: 'med.fatigue' }, { action: 'audience', value: 'adult' }, { action: 'region', value: 'BE-VLG' }]);
    expect(block(turns[0]!, 'text')?.text).toMatch(/^Hallo/);
    const choices = block(turns[1]!, 'choices')!;
    expect(choices.choices[0]).toEqual({ label: 'Vermoeidheid', action: 'need', value: 'med.fatigue' });
    expect(choices.choices.filter((c) => c.action === 'need').length).toBeLessThanOrEqual(5);
    expect(choices.choices.at(-1)).toMatchObject({ action: 'browse', value: '' });
    expect(block(turns[2]!, 'choices')!.choices.map((c) => c.value)).toEqual(['adult', 'child', 'aya', 'relative']);
    expect(block(turns[3]!, 'choices')!.choices.map((c) => c.value)).toEqual(['BE-VLG', 'BE-WAL', 'BE-BRU']);
    const last = turns[4]!;
    expect(block(last, 'guidance')?.guidance.needs).toContain('med.fatigue');
    const services = block(last, 'services')!.services;
    expect(services.length).toBeGreaterThan(0);
    expect(services.length).toBeLessThanOrEqual(5);
    for (const s of services) expect(s.area.scope === 'regional' ? s.area.regions : ['BE-VLG']).toContain('BE-VLG');
    expect(last.state).toMatchObject({ step: 'answered', needId: 'med.fatigue', audience: 'adult', region: 'BE-VLG' });
  });

  it('shows the red flag first: suicidal thoughts lead with the crisis lines', () => {
    const turns = play('fr', [{ text: 'idées suicidaires' }, { action: 'need', value: 'psy.suicidal-thoughts' }, { action: 'audience', value: 'adult' }, { action: 'region', value: 'BE-WAL' }, { action: 'patientLang', value: 'fr' }]);
    // before any question is asked, and again on top of the answer
    expect(turns[1]!.replies[0]!.type).toBe('redFlag');
    expect(JSON.stringify(turns[1]!.replies[0])).toContain('0800 32 123');
    const last = turns.at(-1)!;
    expect(last.state.step).toBe('answered');
    expect(last.replies[0]!.type).toBe('redFlag');
  });

  it('accepts a postal code for the region and refuses one that is not Belgian', () => {
    const turns = play('en', [{ text: 'hair loss' }, { action: 'need', value: 'med.hair-loss' }, { action: 'audience', value: 'adult' }, { text: '0999' }, { text: '4700' }]);
    expect(block(turns[3]!, 'text')?.text).toMatch(/not a Belgian postal code/);
    expect(turns[3]!.state.step).toBe('region');
    expect(turns[4]!.state).toMatchObject({ postalCode: '4700', step: 'answered' });
  });

  it('switches language midway and answers again in the new language', () => {
    const turns = play('nl', [{ text: 'pijn' }, { action: 'need', value: 'med.pain' }, { action: 'audience', value: 'adult' }, { action: 'region', value: 'BE-BRU' }, { action: 'lang', value: 'fr' }]);
    const last = turns.at(-1)!;
    expect(last.state.lang).toBe('fr');
    expect(block(last, 'choices')!.prompt).toBe('Et maintenant ?');
  });

  it('starts over, and never keeps the free text in the state', () => {
    const marker = 'zz-unique-marker-4711';
    const turns = play('en', [{ text: `tired ${marker}` }, { action: 'need', value: 'med.fatigue' }, { action: 'restart', value: '' }]);
    for (const turn of turns) expect(JSON.stringify(turn.state)).not.toContain(marker);
    expect(turns.at(-1)!.state).toEqual({ v: 1, lang: 'en', step: 'start', queue: [], plan: [] });
  });

  it('gives a helpful answer to off-topic text, not a dead end', () => {
    const [turn] = play('en', [{ text: 'qwxz blorp' }]);
    expect(block(turn!, 'text')?.text).toMatch(/Try other words/);
  });
});

describe('the referral plan', () => {
  const fatigue = kb.servicesByNeed.get('med.fatigue')!.map((s) => s.id);

  it('adds services under the current need once, removes them, and drops an emptied need', () => {
    const turns = play('en', [{ action: 'need', value: 'med.fatigue' }, { action: 'add', value: fatigue[0]! }, { action: 'add', value: fatigue[0]! }, { action: 'add', value: fatigue[1]! }]);
    expect(turns.at(-1)!.state.plan).toEqual([{ needId: 'med.fatigue', serviceIds: [fatigue[0], fatigue[1]] }]);
    const removed = respond(kb, turns.at(-1)!.state, { action: 'remove', value: fatigue[0]! });
    expect(removed.state.plan).toEqual([{ needId: 'med.fatigue', serviceIds: [fatigue[1]] }]);
    const empty = respond(kb, removed.state, { action: 'remove', value: fatigue[1]! });
    expect(empty.state.plan).toEqual([]);
    expect(block(empty, 'plan')).toBeUndefined();
  });

  it('renders paste-ready text and handout links that carry the whole plan', () => {
    const turns = play('nl', [{ action: 'need', value: 'med.fatigue' }, { action: 'add', value: fatigue[0]! }, { action: 'need', value: 'med.pain' }, { action: 'add', value: kb.servicesByNeed.get('med.pain')![0]!.id }]);
    const plan = block(turns.at(-1)!, 'plan')!;
    expect(plan.items.map((i) => i.need.id)).toEqual(['med.fatigue', 'med.pain']);
    expect(plan.text.split('\n')[0]).toBe('Verwijsplan');
    for (const item of plan.items) for (const s of item.services) expect(plan.text).toContain(`- ${s.name}`);
    const url = new URL(plan.handout[0]!.path, 'https://x.example');
    expect(url.pathname).toBe('/handout');
    expect(url.searchParams.get('lang')).toBe('nl');
    expect(url.searchParams.getAll('item').map(parseHandoutItem)).toEqual(turns.at(-1)!.state.plan);
  });

  it('ignores an add for a service that does not exist', () => {
    const turns = play('en', [{ action: 'need', value: 'med.fatigue' }, { action: 'add', value: 'no-such-service' }]);
    expect(turns.at(-1)!.state.plan).toEqual([]);
  });
});

describe('typed answers to a context question', () => {
  it.each([
    ['nl', 'kind', { audience: 'child' }],
    ['fr', 'Enfant', { audience: 'child' }],
    ['en', 'relative', { audience: 'relative' }],
  ] as const)('%s: "%s" answers the audience question', (lang, typed, expected) => {
    const turns = play(lang, [{ action: 'need', value: 'med.pain' }, { text: typed }]);
    expect(turns[1]!.state).toMatchObject({ ...expected, step: 'region' });
  });

  it.each([
    ['nl', 'Bruxelles', 'BE-BRU'],
    ['fr', 'wallonie', 'BE-WAL'],
    ['en', 'Vlaanderen', 'BE-VLG'],
  ] as const)('%s: "%s" answers the region question in any language', (lang, typed, region) => {
    const turns = play(lang, [{ action: 'need', value: 'med.pain' }, { action: 'audience', value: 'adult' }, { text: typed }]);
    expect(turns[2]!.state.region).toBe(region);
  });

  it('other text during a question is searched as a new need', () => {
    const turns = play('en', [{ action: 'need', value: 'med.pain' }, { text: 'trouble sleeping' }]);
    expect(block(turns[1]!, 'choices')!.choices.map((c) => c.value)).toContain('med.sleep');
  });
});

describe('need choices from free text', () => {
  it('offers only needs that score near the best: a clear query gets fewer than 5 choices, the best first', () => {
    for (const [lang, q, id] of [['nl', 'haaruitval', 'med.hair-loss'], ['fr', 'perte de cheveux', 'med.hair-loss'], ['en', 'hair loss', 'med.hair-loss']] as const) {
      const needs = block(play(lang, [{ text: q }])[0]!, 'choices')!.choices.filter((c) => c.action === 'need');
      expect(needs[0]!.value).toBe(id);
      expect(needs.length).toBeLessThan(5);
    }
  });
});
