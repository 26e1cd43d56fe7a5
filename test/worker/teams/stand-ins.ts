/**
 * @module test/worker/teams/stand-ins: Microsoft's services as the test serves them: the Bot Framework
 * OpenID metadata and key set (keys generated here with jose), the token endpoint and the Bot Connector.
 * The worker runs in the test's isolate, so the stand-in replaces `fetch` there; every request is
 * recorded (URL, bearer token, body) and any other outbound fetch throws.
 */
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { vi } from 'vitest';

/** The URLs the worker is configured with in vitest.config.ts (miniflare bindings). */
export const STAND_IN = {
  metadata: 'https://login.stand-in.test/v1/.well-known/openidconfiguration',
  jwks: 'https://login.stand-in.test/v1/.well-known/keys',
  tokenHost: 'https://token.stand-in.test',
  serviceUrl: 'https://smba.stand-in.test/emea/',
  appId: '3f6b9a52-6b1d-4a8e-9d35-0c0ffee0b0a7',
  appPassword: 'stand-in-password',
} as const;

export interface Recorded {
  method: string;
  url: string;
  authorization: string | null;
  body: string;
  /** The id the Bot Connector stand-in gave the activity the bot sent. */
  activityId?: string;
}

interface TestKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
  endorsements: string[];
}

export interface StandIns {
  requests: Recorded[];
  /** Requests to the Bot Connector, with the JSON body parsed. */
  connectorCalls: () => (Recorded & { json: Record<string, unknown> })[];
  /** Signs a Bot Framework token; `claims` override the valid defaults, `header` the kid/alg. */
  sign: (claims?: Record<string, unknown>, header?: { kid?: string; alg?: string; key?: string }) => Promise<string>;
  restore: () => void;
}

const ALGS = ['RS256', 'RS384', 'RS512'] as const;

async function makeKey(kid: string, endorsements: string[]): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, use: 'sig' }, endorsements };
}

/** Installs the stand-ins for one test file. `published` keys are served; `teams` is endorsed for msteams. */
export async function installStandIns(): Promise<StandIns> {
  const keys = {
    teams: await makeKey('key-teams', ['msteams', 'emulator']),
    skype: await makeKey('key-skype', ['skype']),
    unpublished: await makeKey('key-unpublished', ['msteams']),
    impostor: await makeKey('key-teams', ['msteams']), // same kid as a published key, other private key
  };
  const published = [keys.teams, keys.skype];
  const requests: Recorded[] = [];
  let tokenCount = 0;
  let activityCount = 0;
  const realFetch = globalThis.fetch;

  const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    const recorded: Recorded = { method: req.method, url: req.url, authorization: req.headers.get('authorization'), body: new TextDecoder().decode(await req.arrayBuffer()) };
    requests.push(recorded);
    if (req.url === STAND_IN.metadata) return json({ issuer: 'https://api.botframework.com', jwks_uri: STAND_IN.jwks, id_token_signing_alg_values_supported: ALGS });
    if (req.url === STAND_IN.jwks) return json({ keys: published.map((k) => ({ ...k.publicJwk, endorsements: k.endorsements })) });
    if (req.url.startsWith(STAND_IN.tokenHost)) return json({ token_type: 'Bearer', expires_in: 3600, access_token: `stand-in-token-${++tokenCount}` });
    if (req.url.startsWith(STAND_IN.serviceUrl.replace(/\/$/, ''))) {
      const id = req.method === 'PUT' ? decodeURIComponent(req.url.split('/').pop()!) : `bot-activity-${++activityCount}`;
      return json({ id: (recorded.activityId = id) });
    }
    throw new Error(`test: outbound fetch to ${req.url} is not allowed (only the Microsoft stand-ins are served)`);
  });

  const sign: StandIns['sign'] = async (claims = {}, header = {}) => {
    const key = keys[(header.key ?? 'teams') as keyof typeof keys];
    const now = Math.floor(Date.now() / 1000);
    const payload = { iss: 'https://api.botframework.com', aud: STAND_IN.appId, serviceurl: STAND_IN.serviceUrl, nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims };
    const alg = header.alg ?? 'RS256';
    const signer = new SignJWT(Object.fromEntries(Object.entries(payload).filter(([, v]) => v !== undefined))).setProtectedHeader({ alg, typ: 'JWT', kid: header.kid ?? key.kid });
    const { privateKey } = alg === 'RS256' ? key : { privateKey: await reimport(key.privateKey, alg) };
    return signer.sign(privateKey);
  };

  return {
    requests,
    connectorCalls: () =>
      requests.filter((r) => r.url.startsWith(STAND_IN.serviceUrl.replace(/\/$/, ''))).map((r) => ({ ...r, json: JSON.parse(r.body) as Record<string, unknown> })),
    sign,
    restore: () => {
      spy.mockRestore();
      globalThis.fetch = realFetch;
    },
  };
}

/** The same RSA private key for another hash (RS384/RS512). */
async function reimport(key: CryptoKey, alg: string): Promise<CryptoKey> {
  const jwk = await crypto.subtle.exportKey('jwk', key as unknown as globalThis.CryptoKey);
  const { alg: _a, key_ops: _k, ...rest } = jwk as JsonWebKey & { key_ops?: unknown };
  return (await crypto.subtle.importKey('jwk', rest, { name: 'RSASSA-PKCS1-v1_5', hash: `SHA-${alg.slice(2)}` }, false, ['sign'])) as unknown as CryptoKey;
}
