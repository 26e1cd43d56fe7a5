/** @module vitest.config: two projects: worker tests in workerd (real bindings, Durable Objects, assets), and Node tests for the build scripts and the pure engine. */
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' }, miniflare: { bindings: { ENVIRONMENT: 'test', WIDGET_ALLOWED_ORIGINS: 'https://society.example' } } })],
        test: { name: 'worker', include: ['test/worker/**/*.test.ts'] },
      },
      {
        test: { name: 'node', include: ['test/bot/**/*.test.ts', 'test/scripts/**/*.test.ts'], environment: 'node' },
      },
      {
        // Real headless Chromium against `wrangler dev`; the first run may install chromium (apt), hence the hook timeout.
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], environment: 'node', hookTimeout: 600_000, testTimeout: 120_000, fileParallelism: false },
      },
    ],
  },
});
