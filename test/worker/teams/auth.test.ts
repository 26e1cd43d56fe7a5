import { env } from 'cloudflare:test';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { app } from '../../../worker/app.ts';
import { clearKeyCache, verifyBotToken } from '../../../worker/channels/teams-auth.ts';
import { clearTokenCache, connectorToken } from '../../../worker/channels/teams-connector.ts';
import { ORIGIN, expectProblem } from '../helpers.ts';
import { BOT, TENANT, activity, postActivity } from './activity.ts';
import { STAND_IN, installStandIns, type StandIns } from './stand-ins.ts';

let stand: StandIns;
beforeAll(async () => {
  stand = await installStandIns();
});
afterAll(() => stand.restore());
beforeEach(() => {
  stand.requests.length = 0;
  clearTokenCache();
});

const minutes = (n: number) => Math.floor(Date.now() / 1000) + n * 60;

describe('POST /api/messages: token verification', () => {
  it('accepts a valid token and replies through the Bot Connector with the right URL, bearer token and JSON', async () => {
    const act = activity();
    const res = await postActivity(act, await stand.sign());
    expect(res.status).toBe(200);

    const token = stand.requests.find((r) => r.url.startsWith(STAND_IN.tokenHost))!;
    expect(token.url).toBe(`${STAND_IN.tokenHost}/botframework.com/oauth2/v2.0/token`);
    expect(Object.fromEntries(new URLSearchParams(token.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: STAND_IN.appId,
      client_secret: STAND_IN.appPassword,
      scope: 'https://api.botframework.com/.default',
    });

    const calls = stand.connectorCalls();
    expect(calls.length).toBeGreaterThan(0);
    const conversation = (act.conversation as { id: string }).id;
    for (const call of calls) {
      expect(call.method).toBe('POST');
      expect(call.url).toBe(`https://smba.stand-in.test/emea/v3/conversations/${encodeURIComponent(conversation)}/activities/${act.id}`);
      expect(call.authorization).toBe('Bearer stand-in-token-1');
      expect(call.json).toMatchObject({
        type: 'message',
        from: BOT,
        recipient: act.from,
        conversation: { id: conversation },
        replyToId: act.id,
        locale: 'en',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.5' } }],
      });
    }
  });

  it('caches the outbound token: a second turn asks the token endpoint nothing', async () => {
    await postActivity(activity(), await stand.sign());
    await postActivity(activity(), await stand.sign());
    expect(stand.requests.filter((r) => r.url.startsWith(STAND_IN.tokenHost))).toHaveLength(1);
    const bearers = new Set(stand.connectorCalls().map((c) => c.authorization));
    expect(bearers.size).toBe(1);
    expect([...bearers][0]).toMatch(/^Bearer stand-in-token-\d+$/);
  });

  it.each([
    ['RS384', 'RS384'],
    ['RS512', 'RS512'],
  ])('accepts %s', async (_name, alg) => {
    expect((await postActivity(activity(), await stand.sign({}, { alg }))).status).toBe(200);
  });

  it('accepts a token expired less than 5 minutes ago (clock tolerance)', async () => {
    expect((await postActivity(activity(), await stand.sign({ exp: minutes(-4) }))).status).toBe(200);
  });

  const refusals: [string, () => Promise<string | undefined>, RegExp][] = [
    ['no Authorization header', async () => undefined, /no bearer token/],
    ['a bad signature', () => stand.sign({}, { key: 'impostor' }), /signature/],
    ['the wrong audience', () => stand.sign({ aud: 'another-bot' }), /aud/],
    ['the wrong issuer', () => stand.sign({ iss: 'https://sts.windows.net/evil/' }), /iss/],
    ['an expired token', () => stand.sign({ exp: minutes(-6), iat: minutes(-70), nbf: minutes(-70) }), /exp/],
    ['a token not valid yet', () => stand.sign({ nbf: minutes(6) }), /nbf/],
    ['a serviceurl claim that differs from the activity', () => stand.sign({ serviceurl: 'https://evil.example/' }), /serviceurl/],
    ['no serviceurl claim', () => stand.sign({ serviceurl: undefined }), /serviceurl/],
    ['a key not endorsed for msteams', () => stand.sign({}, { key: 'skype' }), /not endorsed for channel msteams/],
    ['an unknown kid', () => stand.sign({}, { key: 'unpublished' }), /unknown key/],
    ['an HS256 token', async () => 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl', /algorithm HS256/],
  ];
  it.each(refusals)('refuses %s with 401 and processes nothing', async (_name, token, detail) => {
    const res = await postActivity(activity(), await token());
    await expectProblem(res, 401, detail);
    expect(stand.connectorCalls()).toEqual([]);
    expect(stand.requests.filter((r) => r.url.startsWith(STAND_IN.tokenHost))).toEqual([]);
  });

  it('refuses a key endorsed for another channel even when the activity claims that channel', async () => {
    const res = await postActivity(activity({ channelId: 'skype' }), await stand.sign({}, { key: 'skype' }));
    await expectProblem(res, 401, /not endorsed for channel msteams/);
    expect(stand.connectorCalls()).toEqual([]);
  });

  it('refuses a body over 256 KB with 413 before reading it', async () => {
    const res = await postActivity(activity({ text: 'x'.repeat(300 * 1024) }), await stand.sign());
    await expectProblem(res, 413, /256 KB/);
    expect(stand.connectorCalls()).toEqual([]);
  });

  it('refetches the keys once for an unknown kid before refusing', async () => {
    clearKeyCache();
    await postActivity(activity(), await stand.sign()); // warms the cache
    stand.requests.length = 0;
    await expectProblem(await postActivity(activity(), await stand.sign({}, { key: 'unpublished' })), 401, /unknown key/);
    expect(stand.requests.map((r) => r.url)).toEqual([STAND_IN.metadata, STAND_IN.jwks]);
  });

  it('refuses everything with 401 when the deployment has no app id', async () => {
    const { MICROSOFT_APP_ID: _, ...noTeams } = env as unknown as Record<string, unknown>;
    const req = new Request(`${ORIGIN}/api/messages`, { method: 'POST', headers: { authorization: `Bearer ${await stand.sign()}` }, body: JSON.stringify(activity()) });
    await expectProblem(await app.fetch(req, noTeams), 401, /no MICROSOFT_APP_ID/);
  });

  it('refuses a tenant outside TEAMS_ALLOWED_TENANTS with 403, and serves one inside', async () => {
    const allowOther = { ...env, TEAMS_ALLOWED_TENANTS: 'c0ffee00-0000-4000-8000-000000000002' };
    const req = async (e: object) =>
      app.fetch(new Request(`${ORIGIN}/api/messages`, { method: 'POST', headers: { authorization: `Bearer ${await stand.sign()}` }, body: JSON.stringify(activity()) }), e);
    await expectProblem(await req(allowOther), 403, /TEAMS_ALLOWED_TENANTS/);
    expect(stand.connectorCalls()).toEqual([]);
    expect((await req({ ...env, TEAMS_ALLOWED_TENANTS: ` ${TENANT.toUpperCase()} ` })).status).toBe(200);
  });
});

describe('keys and tokens over time', () => {
  const tokenCalls = () => stand.requests.filter((r) => r.url.startsWith(STAND_IN.tokenHost));
  const creds = { appId: STAND_IN.appId, password: STAND_IN.appPassword, type: 'MultiTenant' as const, tokenEndpoint: `${STAND_IN.tokenHost}/{tenant}/oauth2/v2.0/token` };

  it('keeps the outbound token until 5 minutes before it expires', async () => {
    const t0 = Date.now();
    const first = await connectorToken(creds, t0);
    expect(await connectorToken(creds, t0 + 54 * 60_000)).toBe(first);
    expect(tokenCalls()).toHaveLength(1);
    expect(await connectorToken(creds, t0 + 56 * 60_000)).not.toBe(first);
    expect(tokenCalls()).toHaveLength(2);
  });

  it('asks the tenant token endpoint for a single-tenant bot', async () => {
    await connectorToken({ ...creds, type: 'SingleTenant', tenantId: 'c0ffee00-0000-4000-8000-000000000003' });
    expect(tokenCalls().map((r) => r.url)).toEqual([`${STAND_IN.tokenHost}/c0ffee00-0000-4000-8000-000000000003/oauth2/v2.0/token`]);
  });

  it('refreshes the signing keys after 24 hours', async () => {
    clearKeyCache();
    const token = await stand.sign();
    const verify = (now: number) => verifyBotToken(`Bearer ${token}`, { serviceUrl: STAND_IN.serviceUrl, channelId: 'msteams' }, { appId: STAND_IN.appId, openIdMetadataUrl: STAND_IN.metadata, now: () => now });
    await verify(Date.now());
    await verify(Date.now() + 23 * 3600_000).catch(() => {});
    expect(stand.requests.filter((r) => r.url === STAND_IN.jwks)).toHaveLength(1);
    await verify(Date.now() + 25 * 3600_000).catch(() => {}); // the token itself has expired by then
    expect(stand.requests.filter((r) => r.url === STAND_IN.jwks)).toHaveLength(2);
  });
});
