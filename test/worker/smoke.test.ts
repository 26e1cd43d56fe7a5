import { SELF } from 'cloudflare:test';
import { expect, it } from 'vitest';

it('serves healthz with the knowledge version', async () => {
  const res = await SELF.fetch('https://example.com/healthz');
  expect(res.status).toBe(200);
  const body = await res.json<{ status: string; knowledge: string }>();
  expect(body.status).toBe('ok');
  expect(body.knowledge).toMatch(/^[0-9a-f]{16}$/);
});

it('refuses to run with an invalid configuration, naming the setting', async () => {
  const { app } = await import('../../worker/app.ts');
  const res = await app.request('/healthz', {}, { ENVIRONMENT: 'staging' } as unknown as Env);
  expect(res.status).toBe(500);
  const body = await res.json<{ detail: string }>();
  expect(body.detail).not.toMatch(/staging/); // internals stay out of the response
});
