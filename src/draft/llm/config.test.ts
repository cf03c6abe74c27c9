import { describe, expect, it } from 'vitest';
import { classifyError } from './classify';
import { llmConfigFromEnv } from './config';

describe('llmConfigFromEnv', () => {
  it('is null without a model, or without a key and an endpoint', () => {
    expect(llmConfigFromEnv({})).toBeNull();
    expect(llmConfigFromEnv({ JIXIAO_MODEL: '', OPENAI_API_KEY: 'sk' })).toBeNull();
    expect(llmConfigFromEnv({ JIXIAO_MODEL: 'deepseek-chat' })).toBeNull();
  });

  it('a hosted model: key, endpoint, model; defaults for the rest', () => {
    const c = llmConfigFromEnv({ OPENAI_API_KEY: 'sk-x', OPENAI_BASE_URL: 'https://api.deepseek.com/v1', JIXIAO_MODEL: 'deepseek-chat' });
    expect(c).toMatchObject({ apiKey: 'sk-x', baseURL: 'https://api.deepseek.com/v1', model: 'deepseek-chat', method: 'jsonMode', stream: false, maxRetries: 2 });
  });

  it('a local server needs no key; method, streaming and timeout can be set', () => {
    const c = llmConfigFromEnv({ OPENAI_BASE_URL: 'http://localhost:11434/v1', JIXIAO_MODEL: 'qwen2.5:7b', JIXIAO_LLM_METHOD: 'functionCalling', JIXIAO_LLM_STREAM: '1', JIXIAO_LLM_TIMEOUT_MS: '120000' });
    expect(c).toMatchObject({ apiKey: 'not-needed', method: 'functionCalling', stream: true, timeoutMs: 120000 });
  });

  it('retries can be set from 0 to 10; anything else keeps the default', () => {
    const retries = (v: string) => llmConfigFromEnv({ OPENAI_API_KEY: 'k', JIXIAO_MODEL: 'm', JIXIAO_LLM_MAX_RETRIES: v })!.maxRetries;
    expect([retries('0'), retries('5'), retries('10')]).toEqual([0, 5, 10]);
    expect([retries(''), retries('-1'), retries('1.5'), retries('11'), retries('很多')]).toEqual([2, 2, 2, 2, 2]);
  });

  it('an unknown method is ignored', () => {
    expect(llmConfigFromEnv({ OPENAI_API_KEY: 'k', JIXIAO_MODEL: 'm', JIXIAO_LLM_METHOD: 'xml' })!.method).toBe('jsonMode');
  });
});

describe('classifyError', () => {
  const withStatus = (status: number, headers?: Headers) => Object.assign(new Error('x'), { status, headers });
  it('maps by status first', () => {
    expect(classifyError(withStatus(429, new Headers({ 'retry-after': '3' })), false)).toEqual({ kind: 'rate_limit', retryable: true, status: 429, retryAfter: 3 });
    expect(classifyError(withStatus(401), false)).toMatchObject({ kind: 'auth', retryable: false });
    expect(classifyError(withStatus(503), false)).toMatchObject({ kind: 'server', retryable: true });
    expect(classifyError(withStatus(400), false)).toMatchObject({ kind: 'bad_request', retryable: false });
  });
  it('then by what happened', () => {
    expect(classifyError(new Error('aborted'), true)).toMatchObject({ kind: 'timeout', retryable: true });
    expect(classifyError(Object.assign(new Error('x'), { name: 'TimeoutError' }), false).kind).toBe('timeout');
    expect(classifyError(new TypeError('fetch failed'), false)).toMatchObject({ kind: 'network', retryable: true });
  });
});
