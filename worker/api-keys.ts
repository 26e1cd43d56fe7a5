/**
 * @module worker/api-keys: API keys for the lookup: the `API_KEYS` secret holds `name:sha256hex` lines (or a
 * comma list), so a leaked configuration leaks no key; a presented key is hashed and compared in constant time.
 */
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import type { AppEnv } from './env.ts';
import { problem } from './problem.ts';

export interface ApiKey {
  name: string;
  hash: string;
}

const LINE = /^([A-Za-z0-9][A-Za-z0-9_.-]{0,63}):([0-9a-f]{64})$/;

/** Parses the secret; an entry that is not `name:sha256hex` fails the configuration (naming the entry number, never its text). */
export const ApiKeys = z
  .string()
  .default('')
  .transform((raw, ctx): ApiKey[] => {
    const entries = raw.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
    const keys: ApiKey[] = [];
    entries.forEach((entry, i) => {
      const m = LINE.exec(entry);
      if (m) keys.push({ name: m[1]!, hash: m[2]! });
      else ctx.addIssue({ code: 'custom', message: `entry ${i + 1} is not "name:sha256hex" (npm run key:new -- NAME prints one)` });
    });
    const names = keys.map((k) => k.name);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) ctx.addIssue({ code: 'custom', message: `key name "${dup}" appears twice: names must be unique (they key the rate limit)` });
    return keys;
  });

const encoder = new TextEncoder();
const hexToBytes = (hex: string) => Uint8Array.from({ length: hex.length / 2 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));

/** SHA-256 of a key, lower-case hex (what `API_KEYS` stores). */
export async function hashKey(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(key)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The name of the configured key matching `presented`, or undefined. Every configured hash is compared
 * (no early exit) with crypto.subtle.timingSafeEqual, so timing tells nothing about which bytes matched.
 */
export async function keyName(keys: readonly ApiKey[], presented: string): Promise<string | undefined> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(presented)));
  let found: string | undefined;
  for (const key of keys) if (crypto.subtle.timingSafeEqual(digest, hexToBytes(key.hash)) && !found) found = key.name;
  return found;
}

const BEARER = /^Bearer[ ]+([\x21-\x7e]{1,256})$/i;
const challenge = (error?: string) => ({ 'WWW-Authenticate': `Bearer realm="lookup"${error ? `, error="${error}"` : ''}` });

/** Middleware: a configured key in `Authorization: Bearer <key>`, else 401; sets `apiKey` to the key's name. */
export const requireApiKey = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('Authorization');
    if (!header) throw problem(401, 'An API key is required: send "Authorization: Bearer <key>". Ask the maintainers for a key.', {}, challenge());
    const token = BEARER.exec(header)?.[1];
    const name = token && (await keyName(c.get('config').API_KEYS, token));
    if (!name) throw problem(401, 'The API key is not valid: send "Authorization: Bearer <key>" with a key the maintainers gave you.', {}, challenge('invalid_token'));
    c.set('apiKey', name);
    await next();
  });
