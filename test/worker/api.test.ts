import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import catalogue from '../../knowledge/catalogue.txt?raw';
import { NeedListResponse, NeedResponse, SearchResponse, ServiceListResponse, ServiceResponse } from '../../worker/schemas.ts';
import { ORIGIN, get } from './helpers.ts';

const catalogueIds = catalogue.split('\n').filter(Boolean);

describe('GET /api/v1/search', () => {
  it('answers the contract shape with needs ranked best first, each with a score', async () => {
    const res = await get('/api/v1/search?q=altijd%20moe%20na%20de%20chemo&lang=nl');
    expect(res.status).toBe(200);
    const body = SearchResponse.parse(await res.json());
    expect(body.needs[0]?.id).toBe('med.fatigue');
    expect(body.needs[0]?.title).toBe('Vermoeidheid');
    const scores = body.needs.map((n) => n.score!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds the need from a Dutch query that uses an English medical term', async () => {
    const body = SearchResponse.parse(await (await get('/api/v1/search?q=fatigue%20na%20chemotherapie&lang=nl')).json());
    expect(body.needs[0]?.id).toBe('med.fatigue');
  });

  it('tolerates a small typo', async () => {
    const body = SearchResponse.parse(await (await get('/api/v1/search?q=vermoeidhied&lang=nl')).json());
    expect(body.needs[0]?.id).toBe('med.fatigue');
  });

  it('finds services by name and caps each list at limit', async () => {
    const body = SearchResponse.parse(await (await get('/api/v1/search?q=kankerinfo&lang=en&limit=1')).json());
    expect(body.services.map((s) => s.id)).toEqual(['kankerinfo']);
    expect(body.needs.length).toBeLessThanOrEqual(1);
    expect(body.services[0]?.source).toEqual({ url: expect.stringMatching(/^https?:\/\//), checked: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it('answers in the language of Accept-Language when lang is absent', async () => {
    const res = await get('/api/v1/search?q=fatigue', { 'Accept-Language': 'fr-BE,fr;q=0.9,en;q=0.5' });
    const body = SearchResponse.parse(await res.json());
    expect(body.needs.find((n) => n.id === 'med.fatigue')?.title).toBe('Fatigue');
    const nl = SearchResponse.parse(await (await get('/api/v1/search?q=fatigue', { 'Accept-Language': 'nl-BE' })).json());
    expect(nl.needs.find((n) => n.id === 'med.fatigue')?.title).toBe('Vermoeidheid');
  });

  it('returns empty lists, not an error, for text that matches nothing', async () => {
    const body = SearchResponse.parse(await (await get('/api/v1/search?q=qqqxxzz&lang=en')).json());
    expect(body).toEqual({ needs: [], services: [], guidance: [] });
  });
});

describe('GET /api/v1/needs', () => {
  it('serves every catalogue need with its own nl, fr and en title', async () => {
    const [nl, fr, en] = await Promise.all(
      ['nl', 'fr', 'en'].map(async (lang) => NeedListResponse.parse(await (await get(`/api/v1/needs?lang=${lang}`)).json()).needs),
    );
    expect(en!.map((n) => n.id).sort()).toEqual([...catalogueIds].sort());
    const copies = en!.filter((n, i) => n.title === nl![i]!.title && n.title === fr![i]!.title);
    expect(copies.map((n) => n.id)).toEqual([]);
  });

  it('filters by domain and audience', async () => {
    const { needs } = NeedListResponse.parse(await (await get('/api/v1/needs?domain=socioprofessional&audience=child&lang=en')).json());
    expect(needs.length).toBeGreaterThan(0);
    for (const n of needs) {
      expect(n.domain).toBe('socioprofessional');
      expect(n.audiences).toContain('child');
    }
  });

  it('GET /api/v1/needs/{id} gives the need with its guidance and services', async () => {
    const body = NeedResponse.parse(await (await get('/api/v1/needs/med.fatigue?lang=fr')).json());
    expect(body.need).toMatchObject({ id: 'med.fatigue', title: 'Fatigue', domain: 'medical' });
    expect(body.guidance.map((g) => g.id)).toContain('guide-fatigue');
  });
});

describe('GET /api/v1/services', () => {
  it('lists services with their source and checked date', async () => {
    const { services } = ServiceListResponse.parse(await (await get('/api/v1/services?lang=nl')).json());
    expect(services.length).toBeGreaterThan(0);
    for (const s of services) expect(s.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('GET /api/v1/services/{id} shows a flagged fact as "check before referring"', async () => {
    const { service } = ServiceResponse.parse(await (await get('/api/v1/services/kankerinfo?lang=en')).json());
    expect(service.checkBeforeReferring).toBe(true);
    expect(service.checks[0]).toMatchObject({ field: 'contact.phone', source: expect.stringMatching(/^https:/) });
  });
});

describe('HTTP behaviour', () => {
  it('opens CORS for reads', async () => {
    const res = await get('/api/v1/needs/med.fatigue', { Origin: 'https://bspho.be' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await SELF.fetch(`${ORIGIN}/api/v1/search?q=x`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://bspho.be', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('sends Cache-Control and an ETag from the knowledge version, and 304 when it matches', async () => {
    const health = await (await get('/healthz')).json<{ knowledge: string }>();
    const res = await get('/api/v1/needs?lang=en');
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const etag = res.headers.get('etag');
    expect(etag).toBe(`W/"${health.knowledge}-en"`);
    const again = await get('/api/v1/needs?lang=en', { 'If-None-Match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const otherLang = await get('/api/v1/needs?lang=nl', { 'If-None-Match': etag! });
    expect(otherLang.status).toBe(200);
  });

  it('does not cache errors', async () => {
    const res = await get('/api/v1/needs/med.unknown');
    expect(res.headers.get('etag')).toBeNull();
  });
});
