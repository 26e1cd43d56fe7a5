/**
 * @module worker/rate-limits: per-key and per-IP rate limits on a Durable Object counter, announced with the
 * RateLimit and RateLimit-Policy fields of draft-ietf-httpapi-ratelimit-headers-10 (docs/decisions/005-rate-limits.md).
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import type { AppEnv } from './env.ts';
import { problem } from './problem.ts';

export const POLICIES = ['lookup', 'read', 'chat'] as const;
export type Policy = (typeof POLICIES)[number];
export interface Limit {
  /** Requests allowed per window. */
  quota: number;
  /** Window in seconds. */
  window: number;
}
export interface RateLimitConfig {
  policies: Record<Policy, Limit>;
  /** `policy@subject` (a key name or a client IP) to a limit that replaces the policy's own. */
  overrides: Record<string, Limit>;
}

export const DEFAULT_RATE_LIMITS = 'lookup=60/60,read=300/60,chat=60/60';
const ENTRY = /^(lookup|read|chat)(?:@([^=\s]+))?=(\d+)\/(\d+)$/;

/** `policy[@subject]=quota/seconds`, comma separated; every policy gets a limit (the default where not given). */
export const RateLimits = z
  .string()
  .default(DEFAULT_RATE_LIMITS)
  .transform((raw, ctx): RateLimitConfig => {
    const result: RateLimitConfig = { policies: { lookup: { quota: 60, window: 60 }, read: { quota: 300, window: 60 }, chat: { quota: 60, window: 60 } }, overrides: {} };
    for (const entry of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
      const m = ENTRY.exec(entry);
      const limit = m && { quota: Number(m[3]), window: Number(m[4]) };
      if (!m || !limit || limit.quota < 1 || limit.window < 1) {
        ctx.addIssue({ code: 'custom', message: `"${entry}" is not policy[@subject]=quota/seconds with policy one of ${POLICIES.join(', ')}` });
        continue;
      }
      if (m[2]) result.overrides[`${m[1]}@${m[2]}`] = limit;
      else result.policies[m[1] as Policy] = limit;
    }
    return result;
  });

/** The client's IP as Cloudflare reports it; an IPv6 address counts by its /64 (one household or host). */
export function clientBucket(c: Context): string {
  const ip = c.req.header('CF-Connecting-IP') ?? 'unknown';
  if (!ip.includes(':')) return ip;
  const [head = '', tail] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

const encoder = new TextEncoder();
/** The counter's name: a hash, so no key name or IP address is ever a Durable Object name. */
async function counterName(policy: Policy, subject: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${policy}\n${subject}`)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Counts the request against `policy` for the subject (a key name or the client IP bucket); sets
 * RateLimit-Policy and RateLimit on the response, or throws a 429 problem with Retry-After.
 */
export const rateLimit = (policy: Policy, subjectOf: (c: Context<AppEnv>) => string) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const subject = subjectOf(c);
    const { policies, overrides } = c.get('config').RATE_LIMITS;
    const limit = overrides[`${policy}@${subject}`] ?? policies[policy];
    const stub = c.env.RATE_LIMITER.get(c.env.RATE_LIMITER.idFromName(await counterName(policy, subject)));
    const { allowed, remaining, reset } = await stub.hit(limit.quota, limit.window);
    const headers = {
      'RateLimit-Policy': `"${policy}";q=${limit.quota};w=${limit.window}`,
      RateLimit: `"${policy}";r=${remaining};t=${reset}`,
    };
    if (!allowed) {
      throw problem(429, `Rate limit reached: ${limit.quota} requests per ${limit.window} s for this ${policy === 'lookup' ? 'API key' : 'client'}. Retry after ${reset} s.`, {}, { ...headers, 'Retry-After': String(reset) });
    }
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    await next();
  });
