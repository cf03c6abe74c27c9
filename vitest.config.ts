import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Two projects: plain Node for the library and CLI, and workerd (the real
// Workers runtime, with a local D1) for the service.
export default defineConfig({
  test: {
    // The json report is what .ci/run counts for its closing "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'eval/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.worker.test.ts', 'test/browser/**', 'node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        // Fixtures reach workerd as `?inline` data URLs; Vite must treat these files as assets.
        assetsInclude: ['**/*.docx', '**/*.doc', '**/*.zip', '**/*.bin'],
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: { TEST_MIGRATIONS: await readD1Migrations('./migrations'), CORPUS_TOKEN: 'test-token' },
            },
          })),
        ],
        test: {
          name: 'workers',
          include: ['src/**/*.worker.test.ts'],
          setupFiles: ['./test/apply-migrations.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
