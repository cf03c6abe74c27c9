// /v1/draft in workerd with a model configured (OPENAI_API_KEY in the Worker's env) and the
// model endpoint failing (global fetch stubbed): the key is in the request to the model only —
// never in the JSON answer, the SSE stream, an error envelope or the console.
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import request002 from '../../fixtures/draft/requests/002.json';
import worker from '../index';

const KEY = 'sk-jixiao-SECRET-0c2e4a6b8d1f3e5a7c9b0d2f4a6c8e1b';
const MODEL_URL = 'http://llm.test/v1';
const modelEnv = { ...env, OPENAI_API_KEY: KEY, OPENAI_BASE_URL: MODEL_URL, JIXIAO_MODEL: 'mock-model', JIXIAO_LLM_TIMEOUT_MS: '2000', JIXIAO_LLM_MAX_RETRIES: '0' };

const echo = (status: number) => () => Response.json({ error: { message: `Incorrect API key provided: ${KEY}.`, type: 'invalid_request_error', code: 'invalid_api_key' } }, { status });
const SCENARIOS: Record<string, () => Response | Promise<Response>> = {
  '401 echoing the key': echo(401),
  '400 echoing the key': echo(400),
  'network error': () => Promise.reject(new TypeError(`fetch failed: connect ECONNREFUSED (Authorization: Bearer ${KEY})`)),
  'body that is not JSON': () => new Response(`<html>${KEY}</html>`, { status: 200, headers: { 'content-type': 'application/json' } }),
};

const written: string[] = [];
const authorizations: Array<string | null> = [];

beforeEach(() => {
  written.length = 0;
  authorizations.length = 0;
  for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void written.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' ')));
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function stubModel(answer: () => Response | Promise<Response>) {
  const real = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    if (!req.url.startsWith(MODEL_URL)) return real(input, init);
    authorizations.push(req.headers.get('authorization'));
    return answer();
  });
}

async function draft(path: string, headers: Record<string, string> = {}, body: unknown = request002): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`http://jixiao.test${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } }), modelEnv, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe('/v1/draft: the API key never appears in answers or logs', () => {
  for (const [name, answer] of Object.entries(SCENARIOS)) {
    it(name, { timeout: 60_000 }, async () => {
      stubModel(answer);
      const json = await draft('/v1/draft?provider=llm');
      expect(json.status).toBe(200);
      const body = await json.text();
      expect((JSON.parse(body) as { notes: unknown[] }).notes.length).toBeGreaterThan(0);
      const sse = await draft('/v1/draft?provider=llm', { accept: 'text/event-stream' });
      const stream = await sse.text();
      expect(stream).toContain('event: done');
      expect(authorizations.length).toBeGreaterThan(0);
      expect(authorizations.every((a) => a === `Bearer ${KEY}`)).toBe(true);
      expect(body + stream + written.join('\n')).not.toContain(KEY);
    });
  }

  it('an error envelope with the model configured does not carry it', async () => {
    stubModel(echo(401));
    const res = await draft('/v1/draft?provider=llm', {}, { figures: { budget: { adjusted: '三百' } } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((await res.text()) + written.join('\n')).not.toContain(KEY);
  });
});
