import { SELF } from 'cloudflare:test';
import { expect, it } from 'vitest';

it('serves healthz with the knowledge version', async () => {
  const res = await SELF.fetch('https://example.com/healthz');
  expect(res.status).toBe(200);
  const body = await res.json<{ status: string; knowledge: string }>();
  expect(body.status).toBe('ok');
  expect(body.knowledge).toMatch(/^[0-9a-f]{16}$/);
});
