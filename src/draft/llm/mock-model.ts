// Test helper (not used in production): an OpenAI-compatible chat endpoint mocked with msw.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { SectionKind } from '../sections';
import { LLM_DEFAULTS, type LlmConfig } from './config';
import { completionBody, sectionAsked } from './fixture-replay';

export const MOCK_BASE_URL = 'http://llm.test/v1';

/** One request the mock received, reduced to what scenarios decide on. */
export interface MockCall {
  section: SectionKind;
  /** 0 for the first call of a section, 1 for its repair (or format repair), … */
  round: number;
  body: { messages: Array<{ role: string; content: string }>; stream?: boolean; response_format?: unknown; tools?: unknown };
}

type Scenario = (call: MockCall) => Response | Promise<Response>;

function sectionOf(body: MockCall['body']): SectionKind {
  const kind = sectionAsked(body.messages);
  if (!kind) throw new Error('mock model: no section in the request');
  return kind;
}

/** A chat completion whose message content is `content` (a JSON answer as text, or anything else). */
export function completion(content: string): Response {
  return HttpResponse.json(completionBody(content));
}

/** A chat completion answering with a tool call (structured output by function calling). */
export function toolCompletion(args: unknown): Response {
  const body = completionBody('');
  const message = { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'draft_section', arguments: JSON.stringify(args) } }] };
  return HttpResponse.json({ ...body, choices: [{ index: 0, message, finish_reason: 'tool_calls' }] });
}

/** The same answer as a server-sent event stream of chat.completion.chunk objects. */
export function streamedCompletion(content: string, pieces = 7): Response {
  const enc = new TextEncoder();
  const size = Math.max(1, Math.ceil(content.length / pieces));
  const chunk = (delta: object, finish: string | null) =>
    enc.encode(`data: ${JSON.stringify({ id: 'chatcmpl-mock', object: 'chat.completion.chunk', created: 0, model: 'mock-model', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
  const stream = new ReadableStream({
    start(c) {
      c.enqueue(chunk({ role: 'assistant', content: '' }, null));
      for (let i = 0; i < content.length; i += size) c.enqueue(chunk({ content: content.slice(i, i + size) }, null));
      c.enqueue(chunk({}, 'stop'));
      c.enqueue(enc.encode('data: [DONE]\n\n'));
      c.close();
    },
  });
  return new HttpResponse(stream, { headers: { 'content-type': 'text/event-stream' } });
}

/** An error response as an OpenAI-compatible server sends it. */
export function errorResponse(status: number, headers: Record<string, string> = {}): Response {
  return HttpResponse.json({ error: { message: `mock error ${status}`, type: 'mock', code: null } }, { status, headers });
}

/** Starts msw with the chat endpoint answering by `scenario`; every call is recorded. */
export function mockModel(initial: Scenario) {
  let scenario = initial;
  const calls: MockCall[] = [];
  const rounds = new Map<SectionKind, number>();
  const server = setupServer(
    http.post(`${MOCK_BASE_URL}/chat/completions`, async ({ request }) => {
      const body = (await request.json()) as MockCall['body'];
      const section = sectionOf(body);
      const round = rounds.get(section) ?? 0;
      rounds.set(section, round + 1);
      const call = { section, round, body };
      calls.push(call);
      return scenario(call);
    }),
  );
  return {
    server,
    calls,
    use(s: Scenario) {
      scenario = s;
      calls.length = 0;
      rounds.clear();
    },
  };
}

/** A configuration pointing at the mock, with no backoff and a short timeout. */
export function mockConfig(overrides: Partial<LlmConfig> = {}): LlmConfig {
  return {
    ...LLM_DEFAULTS,
    model: 'mock-model',
    apiKey: 'sk-test',
    baseURL: MOCK_BASE_URL,
    retryDelayMs: 0,
    maxRetryDelayMs: 0,
    timeoutMs: 2_000,
    fetch: (input, init) => globalThis.fetch(input, init),
    ...overrides,
  };
}
