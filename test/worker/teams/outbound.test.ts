import { describe, expect, it } from 'vitest';

describe('worker tests never reach the internet', () => {
  it('answers an outbound fetch the stand-ins do not serve with a loud 500 from vitest.config.ts', async () => {
    const res = await fetch('https://login.botframework.com/v1/.well-known/openidconfiguration');
    expect(res.status).toBe(500);
    expect(await res.text()).toMatch(/outbound fetch to https:\/\/login\.botframework\.com\/.* is not allowed in tests/);
  });
});
