import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { buildClient } from './scripts/build-client.mjs';

const FIXTURES = join(import.meta.dirname, 'fixtures');

// The page's script bundle (src/web/client-bundle.gen.ts, served as /assets/app.js), fresh for
// every project: the workers tests import the app, the node tests the client modules.
await buildClient();

/**
 * The FIXTURES service binding of the workers tests: GET /<path under fixtures/> returns
 * the file's bytes. Inlining large files into test modules instead overflows the test
 * pool's WebSocket (workerd error 1009, "Message is too large").
 */
async function serveFixture(request: Request): Promise<Response> {
  const path = normalize(decodeURIComponent(new URL(request.url).pathname)).replace(/^[/\\]+/, '');
  if (path.startsWith('..')) return new Response('forbidden', { status: 403 });
  try {
    return new Response(await readFile(join(FIXTURES, path)));
  } catch {
    return new Response(`no fixture ${path}`, { status: 404 });
  }
}

/**
 * The CLI service binding of the workers tests: POST a JSON array of arguments, get `{code, out}` of
 * `jixiao <args>` run here in Node from the sources (paths relative to the repository), so a workerd
 * test can compare what the API answers with what the CLI prints, byte for byte.
 */
async function runCli(request: Request): Promise<Response> {
  const args = (await request.json()) as string[];
  const { tsImport } = await import('tsx/esm/api');
  const main = pathToFileURL(join(import.meta.dirname, 'src', 'cli', 'main.ts')).href;
  const { run } = (await tsImport(main, import.meta.url)) as typeof import('./src/cli/main');
  const out: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: () => {} });
  return Response.json({ code, out: out.join('\n') });
}

// Three projects: plain Node for the library and CLI, workerd (the real Workers
// runtime, with a local D1) for the service, and the web page in a real browser.
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
          // One worker process runs many files (not a fresh one per file): the suite's CPU time
          // halves. Files must not leave state behind; mocks, stubbed globals and env are undone.
          isolate: false,
          restoreMocks: true,
          unstubGlobals: true,
          unstubEnvs: true,
        },
      },
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: { TEST_MIGRATIONS: await readD1Migrations('./migrations'), CORPUS_TOKEN: 'test-token' },
              serviceBindings: { FIXTURES: serveFixture, CLI: runCli },
            },
          })),
        ],
        test: {
          name: 'workers',
          include: ['src/**/*.worker.test.ts'],
          setupFiles: ['./test/apply-migrations.ts'],
          testTimeout: 60_000,
          // One workerd per pool worker instead of one per file (~3 s each); the setup file
          // gives every file an empty D1 all the same.
          isolate: false,
        },
      },
      {
        // The page in Debian's Chromium (playwright-core) against the service started as the
        // README starts it (`npm start`, on a free port with its own local D1); see test/browser/global-setup.ts.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['./test/browser/global-setup.ts'],
          fileParallelism: false,
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
