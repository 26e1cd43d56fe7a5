/**
 * The contract from an integrator's side: types generated from /api/v1/openapi.json (openapi-typescript),
 * calls to the running worker (`wrangler dev`, as `npm start` serves it) through openapi-fetch.
 */
import { readFileSync } from 'node:fs';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TYPES_FILE, generateTypes } from '../../scripts/openapi-types.ts';
import { DEV_KEY, DEV_KEY_HASH } from '../../worker/dev-key.ts';
import { startWorker, type RunningWorker } from '../support/worker.ts';
import type { paths } from './openapi.d.ts';

describe('the generated types', () => {
  it('match the current document (run `npm run openapi:types` after changing the API)', async () => {
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(await generateTypes());
  });

  it('the development key documented in the README is the one `npm start` configures', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toContain(`--var API_KEYS:dev:${DEV_KEY_HASH}`);
    expect(readFileSync('README.md', 'utf8')).toContain(DEV_KEY);
    expect(readFileSync('wrangler.toml', 'utf8')).not.toContain(DEV_KEY_HASH);
  });
});

describe('a typed client against the running worker', () => {
  let worker: RunningWorker;
  let api: ReturnType<typeof createClient<paths>>;

  beforeAll(async () => {
    worker = await startWorker({ API_KEYS: `dev:${DEV_KEY_HASH}` });
    api = createClient<paths>({ baseUrl: worker.url });
  }, 120_000);
  afterAll(() => worker?.stop());

  it('searches', async () => {
    const { data, response } = await api.GET('/api/v1/search', { params: { query: { q: 'altijd moe na de chemo', lang: 'nl', postalCode: '9000' } } });
    expect(response.status).toBe(200);
    expect(data?.needs[0]?.id).toBe('med.fatigue');
    expect(response.headers.get('RateLimit-Policy')).toMatch(/^"read";q=\d+;w=\d+$/);
  });

  it('lists needs and reads one', async () => {
    const list = await api.GET('/api/v1/needs', { params: { query: { lang: 'fr', domain: 'medical' } } });
    expect(list.data?.needs.length).toBeGreaterThan(5);
    const one = await api.GET('/api/v1/needs/{id}', { params: { path: { id: list.data!.needs[0]!.id }, query: { lang: 'fr', region: 'BE-WAL' } } });
    expect(one.data?.need.id).toBe(list.data!.needs[0]!.id);
  });

  it('looks up with the development key', async () => {
    const { data, response } = await api.POST('/api/v1/lookup', {
      headers: { Authorization: `Bearer ${DEV_KEY}` },
      body: { needIds: ['med.pain'], lang: 'en', region: 'BE-BRU', audience: 'adult' },
    });
    expect(response.status).toBe(200);
    expect(data?.needs[0]?.id).toBe('med.pain');
    expect(data?.summary.markdown).toMatch(/\*\*Supportive care for: /);
    expect(response.headers.get('RateLimit')).toMatch(/^"lookup";r=\d+;t=\d+$/);
  });

  it('gets typed problem+json errors', async () => {
    const unauthorized = await api.POST('/api/v1/lookup', { body: { text: 'pain', lang: 'en' } });
    expect(unauthorized.response.status).toBe(401);
    expect(unauthorized.error?.detail).toMatch(/API key is required/);
    const missing = await api.GET('/api/v1/needs/{id}', { params: { path: { id: 'med.nothing' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.detail).toMatch(/No need with id "med.nothing"/);
  });
});
