/**
 * @module worker/channels/teams-auth: verifies the Bot Framework token on every inbound Teams request.
 * Pure `jose` + `fetch` (no `cloudflare:*`), so the differential test runs it in Node beside
 * botframework-connector's own validation. Keys come from the OpenID metadata's `jwks_uri`, cached per
 * isolate, refreshed after 24 hours and (throttled) when a token names an unknown `kid`.
 */
import { decodeProtectedHeader, importJWK, jwtVerify, type JWK, type JWTPayload } from 'jose';

export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
export const BOT_FRAMEWORK_OPENID_METADATA = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
const ALGORITHMS = ['RS256', 'RS384', 'RS512'];
const CLOCK_TOLERANCE_S = 5 * 60;
const REFRESH_MS = 24 * 60 * 60 * 1000;
/** An unknown kid refetches the keys at most this often, so forged kids cannot make us hammer Microsoft. */
const UNKNOWN_KID_REFETCH_MS = 10 * 1000;

/** A key as the Bot Framework publishes it: a JWK plus the channels it is endorsed for. */
type BotKey = JWK & { kid?: string; endorsements?: string[] };

export interface VerifierOptions {
  /** The bot's Microsoft App ID: the only accepted audience. */
  appId: string;
  /** The OpenID metadata document (Microsoft's by default; a stand-in in tests). */
  openIdMetadataUrl?: string;
  /** The clock, in ms (tests). */
  now?: () => number;
}

/** What the verifier must see in the request besides the token. */
export interface Expected {
  serviceUrl?: string | undefined;
  channelId?: string | undefined;
}

/** A refusal: the reason names the failed check (for the 401 detail; it never echoes the token). */
export class TeamsAuthError extends Error {
  override name = 'TeamsAuthError';
}

interface KeyCache {
  keys: BotKey[];
  fetchedAt: number;
  lastUnknownKidRefetch: number;
}
const caches = new Map<string, KeyCache>();

async function getJson(url: string, what: string): Promise<unknown> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new TeamsAuthError(`teams-auth: the ${what} at ${url} answered ${res.status}`);
  return res.json();
}

async function fetchKeys(metadataUrl: string): Promise<BotKey[]> {
  const metadata = (await getJson(metadataUrl, 'OpenID metadata')) as { jwks_uri?: unknown };
  if (typeof metadata.jwks_uri !== 'string') throw new TeamsAuthError(`teams-auth: the OpenID metadata at ${metadataUrl} has no jwks_uri`);
  const jwks = (await getJson(metadata.jwks_uri, 'key set')) as { keys?: unknown };
  if (!Array.isArray(jwks.keys)) throw new TeamsAuthError(`teams-auth: the key set at ${metadata.jwks_uri} has no keys`);
  return jwks.keys as BotKey[];
}

/** The key named `kid`: from the cache, refreshed when stale, refetched (throttled) when unknown. */
async function keyFor(metadataUrl: string, kid: string, now: number): Promise<BotKey | undefined> {
  let cache = caches.get(metadataUrl);
  if (!cache || now - cache.fetchedAt > REFRESH_MS) {
    cache = { keys: await fetchKeys(metadataUrl), fetchedAt: now, lastUnknownKidRefetch: cache?.lastUnknownKidRefetch ?? 0 };
    caches.set(metadataUrl, cache);
  }
  let key = cache.keys.find((k) => k.kid === kid);
  if (!key && now - cache.lastUnknownKidRefetch > UNKNOWN_KID_REFETCH_MS) {
    cache = { keys: await fetchKeys(metadataUrl), fetchedAt: now, lastUnknownKidRefetch: now };
    caches.set(metadataUrl, cache);
    key = cache.keys.find((k) => k.kid === kid);
  }
  return key;
}

/** Teams compares service URLs without a trailing slash and case-insensitively. */
const normalizeUrl = (url: string) => url.replace(/\/+$/, '').toLowerCase();

/**
 * Verifies `Authorization: Bearer <JWT>` for a request from a Bot Framework channel; returns the claims
 * or throws TeamsAuthError. Checks: RS256/384/512, the key found by kid and endorsed for the channel,
 * the signature, issuer, audience = app id, exp/nbf with 5 minutes' tolerance, `serviceurl` claim =
 * the activity's serviceUrl.
 */
export async function verifyBotToken(authorization: string | undefined, expected: Expected, options: VerifierOptions): Promise<JWTPayload> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) throw new TeamsAuthError('teams-auth: no bearer token in the Authorization header');
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    throw new TeamsAuthError('teams-auth: the bearer token is not a JWT');
  }
  if (!header.alg || !ALGORITHMS.includes(header.alg)) throw new TeamsAuthError(`teams-auth: algorithm ${header.alg ?? '(none)'} is not accepted`);
  if (!header.kid) throw new TeamsAuthError('teams-auth: the token names no signing key (kid)');
  const now = options.now?.() ?? Date.now();
  const jwk = await keyFor(options.openIdMetadataUrl ?? BOT_FRAMEWORK_OPENID_METADATA, header.kid, now);
  if (!jwk) throw new TeamsAuthError('teams-auth: the token is signed with an unknown key');
  const channelId = expected.channelId ?? 'msteams';
  // As botframework-connector: a key that lists endorsements must list the channel.
  if (jwk.endorsements?.length && !jwk.endorsements.includes(channelId)) throw new TeamsAuthError(`teams-auth: the signing key is not endorsed for channel ${channelId}`);

  let payload: JWTPayload;
  try {
    const { alg: _ignored, ...publicKey } = jwk;
    const key = await importJWK(publicKey, header.alg);
    ({ payload } = await jwtVerify(token, key, {
      algorithms: ALGORITHMS,
      issuer: BOT_FRAMEWORK_ISSUER,
      audience: options.appId,
      clockTolerance: CLOCK_TOLERANCE_S,
      currentDate: new Date(now),
      requiredClaims: ['exp'],
    }));
  } catch (err) {
    throw new TeamsAuthError(`teams-auth: ${err instanceof Error ? err.message : 'the token did not verify'}`);
  }
  const claimed = payload['serviceurl'];
  if (typeof claimed !== 'string' || !expected.serviceUrl || normalizeUrl(claimed) !== normalizeUrl(expected.serviceUrl))
    throw new TeamsAuthError('teams-auth: the serviceurl claim does not match the activity serviceUrl');
  return payload;
}

/** Forgets the cached keys (tests). */
export function clearKeyCache(): void {
  caches.clear();
}
