import { delay, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completion, errorResponse, mockModel } from './mock-model';
import { answering, draftWith, noteCodes, recordedAnswer, SCENARIOS, templateDraft } from './test-scenarios';

const mock = mockModel(answering());
beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => mock.server.close());

/** Every failure ends in a complete, grounded draft: the template's text where the model failed. */
async function expectTemplateDraft(d: Awaited<ReturnType<typeof draftWith>>) {
  const t = await templateDraft();
  expect(d.sections).toEqual(t.sections);
  expect(d.grounding.grounded).toBe(d.grounding.numbers);
}

describe('llm provider: provider failures end in the template draft and a note, never an exception', () => {
  it('timeout: retried within the bound, then no further calls', async () => {
    mock.use(async () => {
      await delay(2_000);
      return completion('{}');
    });
    const d = await draftWith({ timeoutMs: 100, maxRetries: 1 });
    await expectTemplateDraft(d);
    expect(noteCodes(d)).toEqual(['LLM_TIMEOUT', 'LLM_UNAVAILABLE']);
    expect(mock.calls.length).toBeLessThanOrEqual(4); // two sections in flight, two attempts each
    expect(d.notes[0]!.message).toContain('模型服务响应超时');
  });

  it('429 every time: three attempts, then LLM_RATE_LIMITED; the raw error never reaches the note', async () => {
    mock.use(() => errorResponse(429, { 'retry-after': '0' }));
    const d = await draftWith({ maxRetries: 2 });
    await expectTemplateDraft(d);
    expect(noteCodes(d)[0]).toBe('LLM_RATE_LIMITED');
    expect(mock.calls.filter((c) => c.section === 'income')).toHaveLength(3);
    expect(JSON.stringify(d)).not.toContain('mock error');
    expect(JSON.stringify(d)).not.toContain('sk-test');
  });

  it('5xx every time: LLM_SERVER_ERROR', async () => {
    mock.use(() => errorResponse(502));
    const d = await draftWith({ maxRetries: 1 });
    await expectTemplateDraft(d);
    expect(noteCodes(d)[0]).toBe('LLM_SERVER_ERROR');
  });

  it('401: not retried, LLM_AUTH_FAILED tells which setting to check', async () => {
    mock.use(() => errorResponse(401));
    const d = await draftWith({ maxRetries: 2 });
    await expectTemplateDraft(d);
    expect(mock.calls.filter((c) => c.section === 'income')).toHaveLength(1);
    expect(d.notes[0]).toMatchObject({ code: 'LLM_AUTH_FAILED' });
    expect(d.notes[0]!.message).toContain('OPENAI_API_KEY');
  });

  it('network failure: LLM_NETWORK_ERROR', async () => {
    mock.use(() => HttpResponse.error());
    const d = await draftWith({ maxRetries: 1 });
    await expectTemplateDraft(d);
    expect(noteCodes(d)[0]).toBe('LLM_NETWORK_ERROR');
  });
});

describe('llm provider: unusable answers get one format repair, then fall back', () => {
  it('malformed JSON twice: LLM_MALFORMED_OUTPUT for that section, the others written by the model', async () => {
    mock.use((call) => completion(call.section === 'income' ? (SCENARIOS.malformed as string) : recordedAnswer(call)));
    const d = await draftWith();
    expect(d.sections[0]).toEqual((await templateDraft()).sections[0]);
    expect(d.notes).toEqual([expect.objectContaining({ code: 'LLM_MALFORMED_OUTPUT', sections: ['income'] })]);
    expect(mock.calls.filter((c) => c.section === 'income')).toHaveLength(2);
    expect(d.grounding.sections[1]!.model).toBeGreaterThan(0);
  });

  it('malformed, then a valid answer after the format repair: used', async () => {
    mock.use((call) => completion(call.section === 'income' && call.round === 0 ? (SCENARIOS.malformed as string) : recordedAnswer(call)));
    const d = await draftWith();
    expect(noteCodes(d)).toEqual([]);
    expect(d.grounding.sections[0]!.model).toBe(3);
    const repair = mock.calls.find((c) => c.section === 'income' && c.round === 1)!;
    expect(repair.body.messages.at(-1)!.content).toContain('输出不是有效的 JSON');
  });

  it('valid JSON of the wrong shape: the repair prompt says what is wrong', async () => {
    mock.use((call) => completion(call.section === 'income' ? (SCENARIOS.schema_invalid as string) : recordedAnswer(call)));
    const d = await draftWith();
    expect(noteCodes(d)).toEqual(['LLM_MALFORMED_OUTPUT']);
    const repair = mock.calls.find((c) => c.section === 'income' && c.round === 1)!;
    expect(repair.body.messages.at(-1)!.content).toContain('JSON 结构不符合要求');
  });

  it('empty output: LLM_EMPTY_OUTPUT', async () => {
    mock.use((call) => completion(call.section === 'income' ? '' : recordedAnswer(call)));
    const d = await draftWith();
    expect(noteCodes(d)).toEqual(['LLM_EMPTY_OUTPUT']);
    expect(d.grounding.grounded).toBe(d.grounding.numbers);
  });
});
