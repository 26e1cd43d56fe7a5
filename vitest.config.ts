/** @module vitest.config: two projects: worker tests in workerd (real bindings, Durable Objects, assets), and Node tests for the build scripts and the pure engine. */
import { createHash } from 'node:crypto';
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { LIMITED_KEY, TEST_KEY, TEST_RATE_LIMITS } from './test/worker/keys.ts';

const sha256 = (key: string) => createHash('sha256').update(key).digest('hex');
const API_KEYS = `test:${sha256(TEST_KEY)}\nlimited:${sha256(LIMITED_KEY)}`;

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
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' }, miniflare: { bindings: { ENVIRONMENT: 'test', API_KEYS, RATE_LIMITS: TEST_RATE_LIMITS, WIDGET_ALLOWED_ORIGINS: 'https://society.example', ...TEAMS_TEST_BINDINGS }, outboundService: refuseOutbound } })],
        test: { name: 'worker', include: ['test/worker/**/*.test.ts'] },
      },
      {
        test: { name: 'node', include: ['test/bot/**/*.test.ts', 'test/scripts/**/*.test.ts', 'test/client/**/*.test.ts', 'test/node/**/*.test.ts'], environment: 'node' },
      },
      {
        // Real headless Chromium against `wrangler dev`; the first run may install chromium (apt), hence the hook timeout.
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], environment: 'node', hookTimeout: 600_000, testTimeout: 120_000, fileParallelism: false },
      },
    ],
  },
});
