// The model's API key never leaves the request to the model: whatever the endpoint answers —
// a 401/400/500 that echoes the key, a dropped connection, a body that is not JSON, an answer
// that is not the asked JSON — the key appears nowhere in the draft (sections, notes), the CLI's
// stdout/stderr (text and --format json), an error envelope, or anything written to the console.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../cli/main';
import { completionBody } from '../draft/llm/fixture-replay';
import { MOCK_BASE_URL } from '../draft/llm/mock-model';
import { draftWith } from '../draft/llm/test-scenarios';

const KEY = 'sk-jixiao-SECRET-9f3c1a7e5b2d4c6e8a0b1c2d3e4f5a6b';
const request002 = new URL('../../fixtures/draft/requests/002.json', import.meta.url).pathname;

type Scenario = () => Response;
const echo = (status: number) => () =>
  HttpResponse.json(
    { error: { message: `Incorrect API key provided: ${KEY}. You can find your API key at https://example.invalid.`, type: 'invalid_request_error', code: 'invalid_api_key', key: KEY } },
    { status },
  );
const SCENARIOS: Record<string, Scenario> = {
  '401 echoing the key': echo(401),
  '403 echoing the key': echo(403),
  '400 echoing the key': echo(400),
  '500 echoing the key': echo(500),
  'network error': () => HttpResponse.error(),
  'body that is not JSON': () => new HttpResponse(`<html>bad gateway ${KEY}</html>`, { status: 200, headers: { 'content-type': 'application/json' } }),
  'answer that is not the asked JSON': () => HttpResponse.json(completionBody(`{"paragraphs": [ {"slot": "${KEY}"`)),
};

let scenario: Scenario = SCENARIOS['network error']!;
const authorizations: Array<string | null> = [];
const server = setupServer(
  http.post(`${MOCK_BASE_URL}/chat/completions`, ({ request }) => {
    authorizations.push(request.headers.get('authorization'));
    return scenario();
  }),
);

/** Everything written to the console or the process streams while a test runs. */
const written: string[] = [];
const env = { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: MOCK_BASE_URL, JIXIAO_MODEL: 'mock-model', JIXIAO_LLM_TIMEOUT_MS: '2000', JIXIAO_LLM_MAX_RETRIES: '0' };
const saved: Record<string, string | undefined> = {};

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  written.length = 0;
  authorizations.length = 0;
  for (const m of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, m).mockImplementation(
      (...args: unknown[]) => void written.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' ')),
    );
  }
  for (const s of [process.stdout, process.stderr]) {
    const real = s.write.bind(s);
    vi.spyOn(s, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      written.push(String(chunk));
      return (real as (c: unknown, ...r: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof s.write);
  }
  for (const [k, v] of Object.entries(env)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const k of Object.keys(env)) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the API key never appears in output or logs', () => {
  for (const [name, s] of Object.entries(SCENARIOS)) {
    it(`${name}: not in the draft, its notes, CLI output or the console`, async () => {
      scenario = s;
      const d = await draftWith({ apiKey: KEY, maxRetries: 1, retryDelayMs: 1 });
      expect(d.notes.length).toBeGreaterThan(0); // the failure was noticed …
      expect(JSON.stringify(d)).not.toContain(KEY); // … and told without the key

      const json = await cli(['draft', '--input', request002, '--provider', 'llm', '--format', 'json']);
      const text = await cli(['draft', '--input', request002, '--provider', 'llm']);
      expect(json.code).toBe(0);
      expect(text.code).toBe(0);
      expect((JSON.parse(json.out) as { notes: unknown[] }).notes.length).toBeGreaterThan(0);
      for (const r of [json, text]) {
        expect(r.out).not.toContain(KEY);
        expect(r.err).not.toContain(KEY);
      }
      // the key was really sent, so the test could catch it coming back
      expect(authorizations.length).toBeGreaterThan(0);
      expect(authorizations.every((a) => a === `Bearer ${KEY}`)).toBe(true);
      expect(written.join('\n')).not.toContain(KEY);
    });
  }

  it('an error envelope (bad request with the model configured) does not carry it', async () => {
    const r = await cli(['draft', '--input', request002 + '.missing', '--provider', 'llm', '--format', 'json']);
    expect(r.code).not.toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ error: { code: expect.any(String) } });
    expect(r.out + r.err + written.join('\n')).not.toContain(KEY);
  });
});
