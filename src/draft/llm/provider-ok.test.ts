import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completion, errorResponse, mockModel, streamedCompletion, toolCompletion } from './mock-model';
import { answering, draftWith, noteCodes, RECORDED, recordedAnswer, sectionText } from './test-scenarios';

const mock = mockModel(answering());
beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => mock.server.close());

describe('llm provider: answers that pass', () => {
  it('a good JSON answer: every paragraph written by the model, every number grounded, no notes', async () => {
    mock.use(answering());
    const d = await draftWith();
    expect(d.provider).toBe('llm');
    expect(d.model).toBe('mock-model');
    expect(noteCodes(d)).toEqual([]);
    expect(d.grounding.grounded).toBe(d.grounding.numbers);
    expect(d.grounding.sections.every((g) => g.model === g.paragraphs || g.kind === 'achievements')).toBe(true);
    expect(sectionText(d, 'projects')).toBe('党建工委工作经费全年预算数25万元，实际执行24.99万元，预算执行率100.0%，项目资金基本执行到位，结余0.01万元。');
    expect(mock.calls).toHaveLength(6);
    const body = mock.calls[0]!.body;
    expect(body.response_format).toEqual({ type: 'json_object' });
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
  });

  it('a streamed answer (SSE chunks) is assembled and checked the same way', async () => {
    mock.use((call) => streamedCompletion(recordedAnswer(call)));
    const d = await draftWith({ stream: true });
    expect(mock.calls.every((c) => c.body.stream === true)).toBe(true);
    expect(noteCodes(d)).toEqual([]);
    expect(d.grounding.fallenBack).toBe(0);
  });

  it('structured output by function calling: the answer comes as tool-call arguments', async () => {
    mock.use((call) => toolCompletion(RECORDED[call.section]!.answer));
    const d = await draftWith({ method: 'functionCalling' });
    expect(mock.calls[0]!.body.tools).toBeDefined();
    expect(noteCodes(d)).toEqual([]);
    expect(d.grounding.fallenBack).toBe(0);
  });

  it('429 and 5xx are retried within the bound, then the answer is used', async () => {
    let failures = 0;
    mock.use((call) => (call.section === 'income' && failures++ < 2 ? errorResponse(failures === 1 ? 429 : 503, { 'retry-after': '0' }) : completion(recordedAnswer(call))));
    const d = await draftWith({ maxRetries: 2 });
    expect(noteCodes(d)).toEqual([]);
    expect(mock.calls.filter((c) => c.section === 'income')).toHaveLength(3);
    expect(d.grounding.sections[0]!.model).toBe(3);
  });
});
