/**
 * Differential test: the same signed tokens through botframework-connector's own channel validation
 * (the reference implementation, a dev dependency) and through worker/channels/teams-auth.ts. Keys are
 * generated with jose; the OpenID metadata and key set are served by a local node:http server.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChannelValidation, SimpleCredentialProvider } from 'botframework-connector';
import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyBotToken } from '../../worker/channels/teams-auth.ts';

const APP_ID = '3f6b9a52-6b1d-4a8e-9d35-0c0ffee0b0a7';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

type KeyName = 'teams' | 'skype' | 'bare' | 'unpublished' | 'impostor';
const keys = {} as Record<KeyName, { kid: string; privateJwk: JWK; publicJwk: JWK; endorsements?: string[] }>;
let server: Server;
let metadataUrl: string;

async function makeKey(kid: string, endorsements?: string[]) {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { kid, privateJwk: await exportJWK(privateKey), publicJwk: { ...(await exportJWK(publicKey)), kid, kty: 'RSA', use: 'sig' }, ...(endorsements && { endorsements }) };
}

beforeAll(async () => {
  keys.teams = await makeKey('kid-teams', ['msteams', 'emulator']);
  keys.skype = await makeKey('kid-skype', ['skype']);
  keys.bare = await makeKey('kid-bare'); // publishes no endorsements
  keys.unpublished = await makeKey('kid-unpublished', ['msteams']);
  keys.impostor = { ...(await makeKey('kid-teams', ['msteams'])) };
  const published = [keys.teams, keys.skype, keys.bare].map((k) => ({ ...k.publicJwk, ...(k.endorsements && { endorsements: k.endorsements }) }));
  server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') return res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/v1/.well-known/keys` }));
    if (req.url === '/v1/.well-known/keys') return res.end(JSON.stringify({ keys: published }));
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  metadataUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;
  ChannelValidation.OpenIdMetadataEndpoint = metadataUrl;
  vi.spyOn(console, 'error').mockImplementation(() => {}); // botframework-connector logs every refusal
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const minutes = (n: number) => Math.floor(Date.now() / 1000) + n * 60;

async function sign(claims: Record<string, unknown> = {}, opts: { key?: KeyName; alg?: string } = {}): Promise<string> {
  const key = keys[opts.key ?? 'teams'];
  const alg = opts.alg ?? 'RS256';
  const payload = { iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL, nbf: minutes(-1), iat: minutes(-1), exp: minutes(60), ...claims };
  const defined = Object.fromEntries(Object.entries(payload).filter(([, v]) => v !== undefined));
  return new SignJWT(defined).setProtectedHeader({ alg, typ: 'JWT', kid: key.kid }).sign(await importJWK({ ...key.privateJwk, alg }, alg));
}

const reference = (header: string, serviceUrl: string, channelId: string) =>
  ChannelValidation.authenticateChannelTokenWithServiceUrl(header, new SimpleCredentialProvider(APP_ID, 'unused'), serviceUrl, channelId).then(
    () => true,
    () => false,
  );
const ours = (header: string, serviceUrl: string, channelId: string) =>
  verifyBotToken(header, { serviceUrl, channelId }, { appId: APP_ID, openIdMetadataUrl: metadataUrl }).then(
    () => true,
    () => false,
  );

interface Case {
  name: string;
  header: () => Promise<string>;
  serviceUrl?: string;
  channelId?: string;
  accepted: boolean;
}
const bearer = (claims?: Record<string, unknown>, opts?: { key?: KeyName; alg?: string }) => async () => `Bearer ${await sign(claims, opts)}`;
const CASES: Case[] = [
  { name: 'valid RS256', header: bearer(), accepted: true },
  { name: 'valid RS384', header: bearer({}, { alg: 'RS384' }), accepted: true },
  { name: 'valid RS512', header: bearer({}, { alg: 'RS512' }), accepted: true },
  { name: 'expired 4 minutes ago (within tolerance)', header: bearer({ exp: minutes(-4) }), accepted: true },
  { name: 'key without endorsements', header: bearer({}, { key: 'bare' }), accepted: true },
  { name: 'key endorsed for msteams and emulator, channel emulator', header: bearer(), channelId: 'emulator', accepted: true },
  { name: 'no header', header: async () => '', accepted: false },
  { name: 'not a bearer token', header: async () => `Basic ${btoa('a:b')}`, accepted: false },
  { name: 'bad signature', header: bearer({}, { key: 'impostor' }), accepted: false },
  { name: 'wrong audience', header: bearer({ aud: 'another-bot' }), accepted: false },
  { name: 'wrong issuer', header: bearer({ iss: 'https://sts.windows.net/evil/' }), accepted: false },
  { name: 'expired 6 minutes ago', header: bearer({ exp: minutes(-6), nbf: minutes(-70), iat: minutes(-70) }), accepted: false },
  { name: 'not valid for another 6 minutes', header: bearer({ nbf: minutes(6) }), accepted: false },
  { name: 'serviceurl claim mismatch', header: bearer({ serviceurl: 'https://evil.example/' }), accepted: false },
  { name: 'no serviceurl claim', header: bearer({ serviceurl: undefined }), accepted: false },
  { name: 'key not endorsed for msteams', header: bearer({}, { key: 'skype' }), accepted: false },
  { name: 'unknown kid', header: bearer({}, { key: 'unpublished' }), accepted: false },
  { name: 'HS256', header: async () => `Bearer ${await new SignJWT({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL, exp: minutes(60) }).setProtectedHeader({ alg: 'HS256', kid: 'kid-teams' }).sign(new Uint8Array(32))}`, accepted: false },
  { name: 'garbage', header: async () => 'Bearer not.a.jwt', accepted: false },
];

describe('teams-auth against botframework-connector (same tokens, same verdicts)', () => {
  it.each(CASES)('$name', async (c) => {
    const header = await c.header();
    const serviceUrl = c.serviceUrl ?? SERVICE_URL;
    const channelId = c.channelId ?? 'msteams';
    const verdicts = { reference: await reference(header, serviceUrl, channelId), ours: await ours(header, serviceUrl, channelId) };
    expect(verdicts).toEqual({ reference: c.accepted, ours: c.accepted });
  });

  it('differs on purpose in one place: a serviceUrl differing only by case or trailing slash (Teams SDK v2 normalizes; botframework-connector compares exactly)', async () => {
    const header = await bearer()();
    const other = 'https://SMBA.trafficmanager.net/emea';
    expect({ reference: await reference(header, other, 'msteams'), ours: await ours(header, other, 'msteams') }).toEqual({ reference: false, ours: true });
  });
});
