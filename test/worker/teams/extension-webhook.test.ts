import { SELF } from 'cloudflare:test';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ORIGIN, expectProblem } from '../helpers.ts';
import { activity, postActivity } from './activity.ts';
import { installStandIns, type StandIns } from './stand-ins.ts';

let stand: StandIns;
beforeAll(async () => {
  stand = await installStandIns();
});
afterAll(() => stand.restore());
beforeEach(() => {
  stand.requests.length = 0;
});

const invoke = async (name: string, value: unknown, locale = 'nl-BE') => {
  const res = await postActivity(activity({ type: 'invoke', name, value, locale, text: undefined }), await stand.sign());
  expect(res.status).toBe(200);
  return res.json<{ composeExtension: { type: string; text?: string; attachmentLayout?: string; attachments?: Attachment[] } }>();
};
type Attachment = { contentType: string; content: { type: string; version: string; body: { text?: string }[] }; preview?: { contentType: string; content: { title: string; text: string; tap: { type: string; value: { kind: string; id: string } } } } };

describe('search message extension', () => {
  it('answers composeExtension/query with needs then services, each a card with a thumbnail preview', async () => {
    const body = await invoke('composeExtension/query', { commandId: 'searchServices', parameters: [{ name: 'query', value: 'vermoeidheid' }], queryOptions: { skip: 0, count: 10 } });
    expect(body.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    const attachments = body.composeExtension.attachments!;
    expect(attachments.length).toBeGreaterThan(1);
    expect(attachments.length).toBeLessThanOrEqual(10);
    expect(attachments[0]).toEqual({
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: expect.objectContaining({ type: 'AdaptiveCard', version: '1.5' }),
      preview: {
        contentType: 'application/vnd.microsoft.card.thumbnail',
        content: { title: 'Vermoeidheid', text: expect.any(String), tap: { type: 'invoke', value: { kind: 'need', id: 'med.fatigue' } } },
      },
    });
    const kinds = attachments.map((a) => a.preview!.content.tap.value.kind);
    expect(kinds).toContain('service');
    expect(kinds.indexOf('service')).toBeGreaterThan(kinds.lastIndexOf('need'));
    for (const a of attachments.filter((x) => x.preview!.content.tap.value.kind === 'service')) expect(a.content.body[0]!.text).toBe(a.preview!.content.title);
    expect(stand.connectorCalls()).toEqual([]); // invokes answer in the response
  });

  it('inserts the service card for a picked service (composeExtension/selectItem)', async () => {
    const query = await invoke('composeExtension/query', { parameters: [{ name: 'query', value: 'fatigue' }] }, 'en-US');
    const service = query.composeExtension.attachments!.find((a) => a.preview!.content.tap.value.kind === 'service')!;
    const picked = await invoke('composeExtension/selectItem', service.preview!.content.tap.value, 'en-US');
    expect(picked).toEqual({ composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: service.content }] } });
  });

  it('asks for words on the initial run and says so when nothing is found', async () => {
    expect((await invoke('composeExtension/query', { parameters: [{ name: 'initialRun', value: 'true' }] }, 'en')).composeExtension).toEqual({ type: 'message', text: expect.stringMatching(/^Type a need/) });
    expect((await invoke('composeExtension/query', { parameters: [{ name: 'query', value: 'qqqzzzxxv' }] }, 'fr')).composeExtension).toEqual({ type: 'message', text: expect.stringMatching(/^Rien trouvé/) });
  });

  it('refuses an unknown invoke with 501 problem+json', async () => {
    const res = await postActivity(activity({ type: 'invoke', name: 'task/fetch', value: {} }), await stand.sign());
    await expectProblem(res, 501, /task\/fetch/);
  });
});

describe('POST /api/teams/webhook (outgoing webhook)', () => {
  const KNOWN_BODY = '{"type":"message","text":"<at>Bot</at> known-answer"}';
  const KNOWN_HMAC = 'HMAC S80MXqGltBf4boqXDSTj4Kx8UM9dOyhRutt2ZcsQi+M=';
  const post = (body: string, authorization?: string) =>
    SELF.fetch(`${ORIGIN}/api/teams/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization && { authorization }) }, body });

  it("passes Microsoft's known-answer signature and answers with a message", async () => {
    const res = await post(KNOWN_BODY, KNOWN_HMAC);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ type: 'message', text: expect.any(String) });
  });

  it.each([
    ['no signature', KNOWN_BODY, undefined],
    ['a body changed by one character', KNOWN_BODY.replace('known', 'Known'), KNOWN_HMAC],
    ['a signature that is not base64', KNOWN_BODY, 'HMAC !!!not-base64!!!'],
    ['another scheme', KNOWN_BODY, KNOWN_HMAC.replace('HMAC', 'Bearer')],
  ])('refuses %s with 401', async (_name, body, auth) => {
    await expectProblem(await post(body, auth), 401, /HMAC signature/);
  });

  it('answers a mention with a one-shot lookup: the best need, its services and a service card', async () => {
    const body = JSON.stringify({ type: 'message', text: '<at>Assistant</at> altijd moe na de chemo', locale: 'nl-BE' });
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('0123456789abcdef0123456789abcdef'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const mac = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body)))));
    const res = await post(body, `HMAC ${mac}`);
    expect(res.status).toBe(200);
    const answer = await res.json<{ type: string; text: string; attachments: { contentType: string }[] }>();
    expect(answer.text).toMatch(/^\*\*Beste resultaat: Vermoeidheid\*\*/);
    expect(answer.attachments).toEqual([{ contentType: 'application/vnd.microsoft.card.adaptive', content: expect.objectContaining({ version: '1.5' }) }]);
  });
});
