import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { config } from '../../worker/env.ts';
import { ORIGIN, expectProblem, get } from './helpers.ts';

const ALLOWED = 'https://society.example'; // vitest.config.ts: the worker project's WIDGET_ALLOWED_ORIGINS

describe('GET /widget/panel', () => {
  it('serves the panel to an allowed host, framable by that origin only, under a strict CSP', async () => {
    const res = await get(`/widget/panel?origin=${encodeURIComponent(ALLOWED)}&lang=fr&mode=float`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain(`frame-ancestors ${ALLOWED}`);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(res.headers.get('set-cookie')).toBeNull();
    const html = await res.text();
    expect(html).toContain('<script src="/widget/panel.js" defer></script>');
    expect(html).not.toMatch(/<script>|style=/);
  });

  it('always lets our own origin (the demo page) frame it', async () => {
    const res = await get(`/widget/panel?origin=${encodeURIComponent(ORIGIN)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain(`frame-ancestors ${ORIGIN}`);
  });

  it('refuses a host that is not allowed with a problem that says what to do', async () => {
    await expectProblem(await get('/widget/panel?origin=https%3A%2F%2Fevil.example'), 403, /WIDGET_ALLOWED_ORIGINS/);
  });

  it.each([
    ['no origin', '/widget/panel', /origin/],
    ['an origin with a path', '/widget/panel?origin=https%3A%2F%2Fsociety.example%2Fpage', /origin must be a web origin/],
    ['a script in the origin', '/widget/panel?origin=javascript%3Aalert(1)', /origin must be a web origin/],
    ['a bad accent', `/widget/panel?origin=${encodeURIComponent(ALLOWED)}&accent=red`, /accent/],
    ['an unknown parameter', `/widget/panel?origin=${encodeURIComponent(ALLOWED)}&theme=dark`, /unknown parameter\(s\): theme/],
  ])('refuses %s with 400', async (_name, path, detail) => {
    await expectProblem(await get(path), 400, detail);
  });
});

describe('WIDGET_ALLOWED_ORIGINS', () => {
  const parse = (vars: Record<string, string>) => config({ ...env, ...vars } as Env);

  it('reads a list of origins separated by commas or spaces', () => {
    expect(parse({ WIDGET_ALLOWED_ORIGINS: 'https://a.example, https://b.example:8443 http://localhost:3000' }).WIDGET_ALLOWED_ORIGINS).toEqual([
      'https://a.example',
      'https://b.example:8443',
      'http://localhost:3000',
    ]);
    expect(parse({ WIDGET_ALLOWED_ORIGINS: '' }).WIDGET_ALLOWED_ORIGINS).toEqual([]);
  });

  it('allows * outside production only, and names a malformed origin', () => {
    expect(parse({ ENVIRONMENT: 'development', WIDGET_ALLOWED_ORIGINS: '*' }).WIDGET_ALLOWED_ORIGINS).toBe('*');
    expect(() => parse({ ENVIRONMENT: 'production', WIDGET_ALLOWED_ORIGINS: '*' })).toThrow(/local demos only/);
    expect(() => parse({ WIDGET_ALLOWED_ORIGINS: 'https://a.example/' })).toThrow(/"https:\/\/a.example\/" is not an origin/);
  });
});
