/** @module vitest.config: two projects: worker tests in workerd (real bindings, Durable Objects, assets), and Node tests for the build scripts and the pure engine. */
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

/** Teams configuration in worker tests: Microsoft's endpoints point at the stand-ins test/worker/teams/stand-ins.ts serves. */
const TEAMS_TEST_BINDINGS = {
  MICROSOFT_APP_ID: '3f6b9a52-6b1d-4a8e-9d35-0c0ffee0b0a7',
  MICROSOFT_APP_PASSWORD: 'stand-in-password',
  TEAMS_OPENID_METADATA_URL: 'https://login.stand-in.test/v1/.well-known/openidconfiguration',
  TEAMS_TOKEN_ENDPOINT: 'https://token.stand-in.test/{tenant}/oauth2/v2.0/token',
  TEAMS_WEBHOOK_SECRET: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=', // base64 of 0123456789abcdef0123456789abcdef
};

/** Nothing in a worker test reaches the internet: any fetch the stand-ins did not answer fails loudly. */
const refuseOutbound = (request: Request): Response => {
  throw new Error(`vitest: outbound fetch to ${request.url} is not allowed in tests`);
};

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' }, miniflare: { bindings: { ENVIRONMENT: 'test', ...TEAMS_TEST_BINDINGS }, outboundService: refuseOutbound } })],
        test: { name: 'worker', include: ['test/worker/**/*.test.ts'] },
      },
      {
        test: { name: 'node', include: ['test/bot/**/*.test.ts', 'test/scripts/**/*.test.ts', 'test/node/**/*.test.ts'], environment: 'node' },
      },
      {
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
