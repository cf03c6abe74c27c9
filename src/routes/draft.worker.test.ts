import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import request004 from '../../fixtures/draft/requests/004.json';
import { BUNDLED_PROMPTS } from '../draft/llm/prompts-bundled';
import { declaredVariables, renderPrompt } from '../draft/llm/prompts';

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  SELF.fetch(`http://jixiao.test${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

interface Draft {
  title: string;
  provider: string;
  sections: Array<{ kind: string; title: string; text: string }>;
  grounding: { numbers: number; grounded: number; sections: unknown[] };
  findings: unknown[];
  notes: unknown[];
}

/** Server-sent events of a response body, in order. */
function events(body: string) {
  return body
    .split('\n\n')
    .filter((b) => b.trim() !== '')
    .map((b) => ({ event: /^event: (.*)$/m.exec(b)?.[1], data: JSON.parse(/^data: (.*)$/m.exec(b)![1]!) as Record<string, unknown> }));
}

describe('POST /v1/draft in workerd', () => {
  it('drafts with the template when no model is configured: JSON with sections, grounding, findings, notes', async () => {
    const res = await post('/v1/draft', request004);
    expect(res.status).toBe(200);
    const d = (await res.json()) as Draft;
    expect(d.provider).toBe('template');
    expect(d.sections.map((s) => s.kind)).toEqual(['income', 'indicators', 'achievements', 'problems', 'measures']);
    expect(d.grounding.grounded).toBe(d.grounding.numbers);
    expect(d.sections[0]!.text).toContain('预算执行率98.61%');
    expect(d.notes).toEqual([]);
  });

  it('streams section by section with Accept: text/event-stream, then the whole result', async () => {
    const res = await post('/v1/draft', request004, { accept: 'text/event-stream' });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const list = events(await res.text());
    expect(list.map((e) => e.event)).toEqual(['section', 'section', 'section', 'section', 'section', 'done']);
    expect(list[0]!.data).toMatchObject({ kind: 'income', title: '部门整体收支情况', grounding: { kind: 'income' } });
    expect((list[5]!.data as unknown as Draft).sections).toHaveLength(5);
  });

  it('400 INVALID_DRAFT_REQUEST names the fields in Chinese', async () => {
    const res = await post('/v1/draft', { figures: { execution: 'abc' }, sections: ['income'] });
    expect(res.status).toBe(400);
    const e = ((await res.json()) as { error: { code: string; message: string; details: Array<{ field: string }> } }).error;
    expect(e.code).toBe('INVALID_DRAFT_REQUEST');
    expect(e.details.map((d) => d.field)).toContain('数据（figures）中全年执行数');
  });

  it('400 LLM_NOT_CONFIGURED when the model is asked for and none is configured', async () => {
    const res = await post('/v1/draft?provider=llm', request004);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('LLM_NOT_CONFIGURED');
  });

  it('the prompt files are bundled as Text modules and render in workerd', () => {
    for (const p of Object.values(BUNDLED_PROMPTS)) {
      const vars = Object.fromEntries(declaredVariables(p).map((v) => [v, v]));
      expect(renderPrompt(p, vars).length).toBeGreaterThan(50);
    }
  });
});

describe('POST /v1/export/docx in workerd', () => {
  it('turns a draft response into a .docx that /v1/parse reads back', async () => {
    const draft = (await (await post('/v1/draft', request004)).json()) as Draft;
    const res = await post('/v1/export/docx', draft);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    const f = new FormData();
    f.append('file', new File([bytes], 'draft.docx'));
    const parsed = (await (await SELF.fetch('http://jixiao.test/v1/parse', { method: 'POST', body: f })).json()) as { title: string; sections: Array<{ title: string }> };
    expect(parsed.title).toBe(draft.title);
    expect(parsed.sections.map((s) => s.title)).toEqual(['一、基本情况', '二、综合评价分析', '三、存在的主要问题', '四、下一步改进措施']);
  });

  it('400 INVALID_EXPORT_REQUEST without sections', async () => {
    const res = await post('/v1/export/docx', { title: '报告' });
    expect(res.status).toBe(400);
    const e = ((await res.json()) as { error: { code: string; message: string } }).error;
    expect(e.code).toBe('INVALID_EXPORT_REQUEST');
    expect(e.message).toContain('章节');
  });

  it('both paths are in the OpenAPI document', async () => {
    const doc = (await (await SELF.fetch('http://jixiao.test/openapi.json')).json()) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/draft', '/v1/export/docx']));
    expect(Object.keys(doc.components.schemas)).toContain('DraftRequest');
  });
});
