import { SELF, env, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../worker/conversation.ts';
import { ChatResponse } from '../../worker/schemas.ts';
import { ORIGIN, expectProblem } from './helpers.ts';

const post = (body: unknown) =>
  SELF.fetch(`${ORIGIN}/api/v1/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const turn = async (body: unknown) => {
  const res = await post(body);
  expect(res.status).toBe(200);
  return ChatResponse.parse(await res.json());
};
const stubOf = (id: string) => env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(id));

describe('POST /api/v1/chat', () => {
  it('walks from free text to ranked services, keeping the conversation in a Durable Object', async () => {
    const first = await turn({ locale: 'nl-BE', input: { text: 'patiënt is altijd moe na de chemo' } });
    expect(first.conversationId).toMatch(/^[0-9a-f]{32}$/);
    const choices = first.replies.find((r) => r.type === 'choices')!;
    expect(choices).toMatchObject({ choices: expect.arrayContaining([{ label: 'Vermoeidheid', action: 'need', value: 'med.fatigue' }]) });
    const id = first.conversationId;
    await turn({ conversationId: id, locale: 'nl-BE', input: { action: 'need', value: 'med.fatigue' } });
    await turn({ conversationId: id, locale: 'nl-BE', input: { action: 'audience', value: 'adult' } });
    const answer = await turn({ conversationId: id, locale: 'nl-BE', input: { text: '9000' } });
    expect(answer.replies.map((r) => r.type)).toEqual(expect.arrayContaining(['guidance', 'services', 'choices']));
    const state = await runInDurableObject(stubOf(id), (obj: Conversation) => obj.state());
    expect(state).toMatchObject({ v: 1, needId: 'med.fatigue', audience: 'adult', postalCode: '9000', step: 'answered' });
  });

  it('never stores the free text typed by the user', async () => {
    const marker = 'zq-privacy-marker-8841';
    const { conversationId } = await turn({ locale: 'en', input: { text: `tired all the time ${marker}` } });
    const stored = await runInDurableObject(stubOf(conversationId), async (_obj, state) => JSON.stringify([...(await state.storage.list()).entries()]));
    expect(stored).not.toContain(marker);
    expect(stored.length).toBeGreaterThan(2);
  });

  it('deletes the state after 24 hours idle, and an expired conversation starts fresh with a clear message', async () => {
    const { conversationId } = await turn({ locale: 'fr', input: { text: 'douleur' } });
    expect(await runDurableObjectAlarm(stubOf(conversationId))).toBe(true);
    expect(await runInDurableObject(stubOf(conversationId), (obj: Conversation) => obj.state())).toBeUndefined();
    const again = await turn({ conversationId, locale: 'fr', input: { action: 'need', value: 'med.pain' } });
    expect(again.replies[0]).toEqual({ type: 'text', text: expect.stringMatching(/conversation était terminée/) });
  });

  it('keeps state consistent under two concurrent turns', async () => {
    const { conversationId } = await turn({ locale: 'en', input: { text: 'pain' } });
    await Promise.all([
      turn({ conversationId, locale: 'en', input: { action: 'need', value: 'med.pain' } }),
      turn({ conversationId, locale: 'en', input: { action: 'audience', value: 'child' } }),
    ]);
    const state = await runInDurableObject(stubOf(conversationId), (obj: Conversation) => obj.state());
    expect(state).toMatchObject({ needId: 'med.pain', audience: 'child', step: 'region' });
  });

  it.each([
    ['no locale', { input: { text: 'pijn' } }, /locale/],
    ['bad conversation id', { conversationId: 'abc', locale: 'nl', input: { text: 'pijn' } }, /conversationId must be the 32 hex characters/],
    ['unknown field', { locale: 'nl', input: { text: 'pijn' }, patientName: 'x' }, /unknown parameter\(s\): patientName/],
    ['input with both text and action', { locale: 'nl', input: { text: 'pijn', action: 'need' } }, /input/],
  ])('refuses %s with problem+json', async (_name, body, detail) => {
    await expectProblem(await post(body), 400, detail);
  });

  it('refuses a body that is not JSON with problem+json', async () => {
    const res = await SELF.fetch(`${ORIGIN}/api/v1/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    await expectProblem(res, 400, /JSON/i);
  });
});
