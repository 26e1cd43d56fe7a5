import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { ORIGIN, expectProblem } from './helpers.ts';
import { LIMITED_IP, LIMITED_KEY, TEST_KEY } from './keys.ts';

const lookup = (key: string) =>
  SELF.fetch(`${ORIGIN}/api/v1/lookup`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ needIds: ['med.pain'], lang: 'en' }) });
const read = (ip: string) => SELF.fetch(`${ORIGIN}/api/v1/needs/med.pain?lang=nl`, { headers: { 'CF-Connecting-IP': ip, origin: 'https://site.example' } });
const chat = (ip: string) =>
  SELF.fetch(`${ORIGIN}/api/v1/chat`, { method: 'POST', headers: { 'CF-Connecting-IP': ip, 'content-type': 'application/json' }, body: JSON.stringify({ locale: 'en' }) });

/** RateLimit and RateLimit-Policy as in draft-ietf-httpapi-ratelimit-headers-10. */
function expectHeaders(res: Response, policy: string, quota: number, remaining: number) {
  expect(res.headers.get('RateLimit-Policy')).toBe(`"${policy}";q=${quota};w=60`);
  const m = /^"(\w+)";r=(\d+);t=(\d+)$/.exec(res.headers.get('RateLimit') ?? '');
  expect(m?.[1]).toBe(policy);
  expect(Number(m?.[2])).toBe(remaining);
  expect(Number(m?.[3])).toBeGreaterThanOrEqual(1);
  expect(Number(m?.[3])).toBeLessThanOrEqual(60);
  return Number(m?.[3]);
}

describe('rate limits', () => {
  it('per API key on the lookup: 429 problem+json with Retry-After, RateLimit and RateLimit-Policy', async () => {
    expectHeaders(await lookup(LIMITED_KEY), 'lookup', 2, 1);
    expectHeaders(await lookup(LIMITED_KEY), 'lookup', 2, 0);
    const refused = await lookup(LIMITED_KEY);
    await expectProblem(refused, 429, /Rate limit reached: 2 requests per 60 s for this API key/);
    const reset = expectHeaders(refused, 'lookup', 2, 0);
    expect(Number(refused.headers.get('Retry-After'))).toBe(reset);
    // Another key has its own budget.
    expect((await lookup(TEST_KEY)).status).toBe(200);
  });

  it('per client IP on the public GET routes, and the refusal is readable cross-origin', async () => {
    expect((await read(LIMITED_IP)).status).toBe(200);
    expect((await read(LIMITED_IP)).status).toBe(200);
    const refused = await read(LIMITED_IP);
    await expectProblem(refused, 429, /for this client/);
    expectHeaders(refused, 'read', 2, 0);
    expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(refused.headers.get('access-control-expose-headers')).toMatch(/RateLimit/);
    // Another client is not affected.
    expect((await read('192.0.2.100')).status).toBe(200);
  });

  it('counts an IPv6 client by its /64', async () => {
    expect((await read('2001:db8:1:2::1')).status).toBe(200);
    expect((await read('2001:0DB8:0001:0002:ffff::9')).status).toBe(200);
    await expectProblem(await read('2001:db8:1:2:abcd:1:2:3'), 429, /Rate limit reached/);
    expect((await read('2001:db8:1:3::1')).status).toBe(200);
  });

  it('per client IP on POST /api/v1/chat', async () => {
    expect((await chat(LIMITED_IP)).status).toBe(200);
    expect((await chat(LIMITED_IP)).status).toBe(200);
    const refused = await chat(LIMITED_IP);
    await expectProblem(refused, 429, /Rate limit reached/);
    expectHeaders(refused, 'chat', 2, 0);
  });
});

describe('POST /api/v1/chat body limit', () => {
  it('413 problem+json over 64 KB', async () => {
    const res = await SELF.fetch(`${ORIGIN}/api/v1/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locale: 'en', input: { text: 'x'.repeat(70_000) } }) });
    await expectProblem(res, 413, /larger than 64 KB/);
  });
});
