import { describe, expect, it } from 'vitest';
import { SELF } from 'cloudflare:test';
import { ORIGIN, expectProblem, get } from './helpers.ts';

describe('every bad parameter gets a 4xx problem+json that names it', () => {
  const cases: [string, string, number, RegExp][] = [
    ['q missing', '/api/v1/search', 400, /q is required/],
    ['q empty', '/api/v1/search?q=', 400, /q is required/],
    ['q only spaces', '/api/v1/search?q=%20%20', 400, /q is required/],
    ['q over 300 characters', `/api/v1/search?q=${'a'.repeat(301)}`, 400, /at most 300/],
    ['lang not supported', '/api/v1/search?q=pijn&lang=de', 400, /lang must be one of nl, fr, en/],
    ['region unknown', '/api/v1/search?q=pijn&region=BE-XXX', 400, /region must be one of BE-VLG, BE-WAL, BE-BRU/],
    ['postal code too short', '/api/v1/search?q=pijn&postalCode=123', 400, /postalCode must be a Belgian postal code/],
    ['postal code below 1000', '/api/v1/search?q=pijn&postalCode=0999', 400, /postalCode must be a Belgian postal code/],
    ['postal code not digits', '/api/v1/search?q=pijn&postalCode=90OO', 400, /postalCode must be a Belgian postal code/],
    ['region and postal code disagree', '/api/v1/search?q=pijn&region=BE-WAL&postalCode=9000', 400, /different regions/],
    ['audience unknown', '/api/v1/search?q=pijn&audience=teen', 400, /audience must be one of adult, child, aya, relative/],
    ['limit zero', '/api/v1/search?q=pijn&limit=0', 400, /limit must be at least 1/],
    ['limit too large', '/api/v1/search?q=pijn&limit=21', 400, /limit must be at most 20/],
    ['limit not a number', '/api/v1/search?q=pijn&limit=ten', 400, /limit must be a whole number/],
    ['limit not whole', '/api/v1/search?q=pijn&limit=2.5', 400, /limit must be a whole number/],
    ['unknown parameter', '/api/v1/search?q=pijn&regoin=BE-VLG', 400, /unknown parameter\(s\): regoin/],
    ['need list: unknown domain', '/api/v1/needs?domain=spiritual', 400, /domain must be one of/],
    ['need: malformed id', '/api/v1/needs/Med..Pain', 400, /id must be lower-case/],
    ['need: bad postal code', '/api/v1/needs/med.pain?postalCode=99999', 400, /postalCode/],
    ['need: unknown id', '/api/v1/needs/med.unknown', 404, /No need with id "med.unknown"/],
    ['services: unknown need', '/api/v1/services?need=med.unknown', 404, /No need with id "med.unknown"/],
    ['service: unknown id', '/api/v1/services/no-such-service', 404, /No service with id "no-such-service"/],
    ['service: unknown parameter', '/api/v1/services/kankerinfo?region=BE-VLG', 400, /unknown parameter\(s\): region/],
    ['unknown route', '/api/v1/nothing-here', 404, /No route for GET \/api\/v1\/nothing-here/],
  ];
  it.each(cases)('%s', async (_name, path, status, detail) => {
    await expectProblem(await get(path), status, detail);
  });

  it('lists every invalid parameter at once', async () => {
    const body = await expectProblem(await get('/api/v1/search?q=pijn&lang=xx&limit=50'), 400, /lang/);
    expect(body.errors?.map((e) => e.name).sort()).toEqual(['lang', 'limit']);
  });

  it('answers a method the route does not have with a problem, not a 500', async () => {
    const res = await SELF.fetch(`${ORIGIN}/api/v1/search?q=pijn`, { method: 'DELETE' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
