import { env, runInDurableObject } from 'cloudflare:test';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { conversationKey } from '../../../worker/channels/teams-activity.ts';
import { BOT, USER, activity, nextId, postActivity } from './activity.ts';
import { installStandIns, type StandIns } from './stand-ins.ts';

type Card = { type: string; version: string; body: Record<string, unknown>[]; actions?: Submit[] };
type Sent = { json: { attachments: { contentType: string; content: Card }[] }; method: string; url: string; activityId?: string };

let stand: StandIns;
beforeAll(async () => {
  stand = await installStandIns();
});
afterAll(() => stand.restore());
beforeEach(() => {
  stand.requests.length = 0;
});

const cardOf = (call: Sent) => call.json.attachments[0]!.content;
/** Every TextBlock text in a card, depth first. */
const texts = (elements: Record<string, unknown>[]): string[] =>
  elements.flatMap((e) => [...(typeof e['text'] === 'string' ? [e['text']] : []), ...texts((e['items'] as Record<string, unknown>[]) ?? [])]);

type Submit = { type: string; title: string; data: Record<string, string> };
/** Every button of a card: its actions, and those of action sets in its body (more than 5 choices). */
const buttonsOf = (card: Card): Submit[] => [
  ...((card.actions ?? []) as Submit[]),
  ...card.body.flatMap((e) => (e['type'] === 'ActionSet' ? (e['actions'] as Submit[]) : [])),
];
/** What a person would click on a question card: the first button (or need), with the first option of a multi-select. */
function pick(card: Card): Submit | undefined {
  const select = card.body.find((e) => e['type'] === 'Input.ChoiceSet') as { choices: { value: string }[] } | undefined;
  const fromBody = card.body.map((e) => e['selectAction'] as Submit | undefined).find((a) => a?.type === 'Action.Submit');
  const button = buttonsOf(card).find((a) => a.type === 'Action.Submit') ?? fromBody;
  return button && select ? { ...button, data: { ...button.data, value: select.choices[0]!.value } } : button;
}

/** Sends one activity; returns what the bot sent to the connector for it, with the ids the connector gave. */
async function send(act: Record<string, unknown>): Promise<{ calls: Sent[]; ids: string[] }> {
  const before = stand.connectorCalls().length;
  const res = await postActivity(act, await stand.sign());
  expect(res.status).toBe(200);
  const calls = stand.connectorCalls().slice(before) as unknown as Sent[];
  return { calls, ids: calls.filter((c) => c.method === 'POST').map((c) => c.activityId!) };
}

describe('a Teams conversation: message -> choices -> card update -> services', () => {
  it('walks by block type to services, updating each answered card in place with the exact JSON', async () => {
    const conversation = { id: `19:${nextId('chat')}@unq.gbl.spaces`, conversationType: 'personal', tenantId: 'tenant-1' };
    let { calls, ids } = await send(activity({ conversation, locale: 'nl-BE', text: 'altijd moe na de chemo' }));
    let sawServices = false;
    for (let step = 0; step < 12 && !sawServices; step++) {
      expect(calls.length).toBeGreaterThan(0);
      // the last card holds the question; pick its first button
      const last = calls.length - 1;
      const question = cardOf(calls[last]!);
      expect(question).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
      const button = pick(question);
      expect(button, `step ${step}: the last card has a button`).toBeDefined();
      const questionId = ids[ids.length - 1]!;
      const chosen = activity({ conversation, locale: 'nl-BE', text: undefined, value: button!.data, replyToId: questionId });
      ({ calls, ids } = await send(chosen));

      const update = calls.find((c) => c.method === 'PUT')!;
      expect(update.url).toBe(`https://smba.stand-in.test/emea/v3/conversations/${encodeURIComponent(conversation.id)}/activities/${questionId}`);
      expect(update.json).toEqual({
        type: 'message',
        id: questionId,
        from: BOT,
        recipient: USER,
        conversation: { id: conversation.id },
        replyToId: chosen.id,
        locale: 'nl',
        attachments: [
          {
            contentType: 'application/vnd.microsoft.card.adaptive',
            content: {
              type: 'AdaptiveCard',
              $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
              version: '1.5',
              body: [
                { type: 'TextBlock', text: button!.data['prompt'], wrap: true, weight: 'bolder' },
                { type: 'TextBlock', text: `✓ Gekozen: ${button!.title}`, wrap: true, color: 'good', spacing: 'small' },
              ],
              fallbackText: `${button!.data['prompt']}\n✓ Gekozen: ${button!.title}`,
              msteams: { width: 'Full' },
            },
          },
        ],
      });
      // a services block shows each service's referral route
      sawServices = calls.some((c) => c.method === 'POST' && JSON.stringify(cardOf(c)).includes('"title":"Hoe doorverwijzen"'));
    }
    expect(sawServices).toBe(true);
    const state = await runInDurableObject(env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(await conversationKey(conversation.id))), (o) => o.state());
    expect(state).toMatchObject({ lang: 'nl', needId: expect.any(String), step: 'answered' });
    expect(JSON.stringify(state)).not.toContain('chemo');
  });

  it('answers a retry of the same activity id once', async () => {
    const act = activity();
    await send(act);
    const first = stand.connectorCalls().length;
    expect(first).toBeGreaterThan(0);
    await send(act);
    expect(stand.connectorCalls()).toHaveLength(first);
  });

  it('in a group chat answers only when mentioned, with the mention stripped', async () => {
    const conversation = { id: `19:${nextId('group')}@thread.v2`, conversationType: 'groupChat', tenantId: 'tenant-1' };
    await send(activity({ conversation, text: 'fatigue after chemo' }));
    expect(stand.connectorCalls()).toEqual([]);
    const mentioned = activity({
      conversation,
      text: '<at>Referral Assistant</at> fatigue after chemo',
      entities: [{ type: 'mention', text: '<at>Referral Assistant</at>', mentioned: BOT }],
    });
    const { calls } = await send(mentioned);
    const buttons = calls.flatMap((c) => buttonsOf(cardOf(c)));
    expect(buttons.map((b) => b.data['value'])).toContain('med.fatigue');
  });

  it('greets in the conversation locale when the bot is added', async () => {
    const conversation = { id: `19:${nextId('team')}@thread.tacv2`, conversationType: 'channel', tenantId: 'tenant-1' };
    const { calls } = await send(activity({ type: 'conversationUpdate', text: undefined, locale: 'fr-BE', conversation, membersAdded: [BOT] }));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(`https://smba.stand-in.test/emea/v3/conversations/${encodeURIComponent(conversation.id)}/activities`);
    expect(texts(cardOf(calls[0]!).body).join(' ')).toMatch(/^Bonjour/);
    expect(calls[0]!.json).not.toHaveProperty('replyToId');
  });

  it('fills a multiChoice card as Input.ChoiceSet isMultiSelect named value', async () => {
    const { turnCards } = await import('../../../worker/channels/teams-cards.ts');
    const [multi] = turnCards(
      [{ type: 'multiChoice', prompt: 'Which problems?', action: 'problems', submitLabel: 'Show', options: [{ label: 'Pain', value: 'med.pain' }, { label: 'Fatigue', value: 'med.fatigue' }] }],
      'en',
      'https://assistant.example',
    );
    expect(multi!.body[1]).toEqual({ type: 'Input.ChoiceSet', id: 'value', isMultiSelect: true, style: 'expanded', choices: [{ title: 'Pain', value: 'med.pain' }, { title: 'Fatigue', value: 'med.fatigue' }] });
    expect(multi!.actions).toEqual([{ type: 'Action.Submit', title: 'Show', data: { action: 'problems', prompt: 'Which problems?', label: 'Show' } }]);
  });
});
