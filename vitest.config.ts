/** @module vitest.config: two projects: worker tests in workerd (real bindings, Durable Objects, assets), and Node tests for the build scripts and the pure engine. */
import { createHash } from 'node:crypto';
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { LIMITED_KEY, TEST_KEY, TEST_RATE_LIMITS } from './test/worker/keys.ts';

const sha256 = (key: string) => createHash('sha256').update(key).digest('hex');
const API_KEYS = `test:${sha256(TEST_KEY)}\nlimited:${sha256(LIMITED_KEY)}`;

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' }, miniflare: { bindings: { ENVIRONMENT: 'test', API_KEYS, RATE_LIMITS: TEST_RATE_LIMITS, WIDGET_ALLOWED_ORIGINS: 'https://society.example' } } })],
        test: { name: 'worker', include: ['test/worker/**/*.test.ts'] },
      },
      {
        test: { name: 'node', include: ['test/bot/**/*.test.ts', 'test/scripts/**/*.test.ts', 'test/client/**/*.test.ts'], environment: 'node' },
      },
      {
        // Real headless Chromium against `wrangler dev`; the first run may install chromium (apt), hence the hook timeout.
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], environment: 'node', hookTimeout: 600_000, testTimeout: 120_000, fileParallelism: false },
      },
    ],
  },
});
