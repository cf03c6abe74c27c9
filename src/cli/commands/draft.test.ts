import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockModel, MOCK_BASE_URL } from '../../draft/llm/mock-model';
import { answering } from '../../draft/llm/test-scenarios';
import { parseCliArgs } from '../args';
import { run } from '../main';
import { makeDraftCommand } from './draft';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-draft-'));
const request = (seed: string) => new URL(`../../../fixtures/draft/requests/${seed}.json`, import.meta.url).pathname;

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('jixiao draft', () => {
  it('prints the sections under numbered headings, and the grounding summary on stderr', async () => {
    const r = await cli(['draft', '--input', request('000'), '--provider', 'template']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('2021年中国人民政治协商会议广东省广州市花都区委员会部门整体支出绩效自评报告');
    expect(r.out).toContain('一、基本情况\n（一）部门整体收支情况\n2021年度，我部门全年预算数3,363.37万元');
    expect(r.out).toContain('三、存在的主要问题\n（一）预算执行');
    expect(r.err).toMatch(/起草方式：内置模板；数字 \d+ 个，与数据一致 \d+ 个/);
  });

  it('--format json prints one JSON document; --docx writes a Word file', async () => {
    const out = join(dir, '004.docx');
    const r = await cli(['draft', '--input', request('004'), '--provider', 'template', '--format', 'json', '--docx', out]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { sections: Array<{ kind: string; title: string; text: string }>; grounding: { numbers: number; grounded: number }; findings: unknown[] };
    expect(json.sections.map((s) => s.kind)).toEqual(['income', 'indicators', 'achievements', 'problems', 'measures']);
    expect(json.grounding.grounded).toBe(json.grounding.numbers);
    expect(Array.isArray(json.findings)).toBe(true);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('usage and request errors exit 2 with the error envelope', async () => {
    expect((await cli(['draft'])).code).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ figures: { budget: { adjusted: '三百' } }, sections: ['income'] }));
    const r = await cli(['draft', '--input', bad, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).error.code).toBe('INVALID_DRAFT_REQUEST');
    expect(r.err).toContain('调整后预算数');
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{');
    expect((await cli(['draft', '--input', notJson])).err).toContain('不是有效的 JSON');
  });

  it('--provider llm with no model configured is LLM_NOT_CONFIGURED', async () => {
    const command = makeDraftCommand({ env: {} });
    await expect(command(parseCliArgs(['draft', '--input', request('002'), '--provider', 'llm']), { out: () => {}, err: () => {} })).rejects.toMatchObject({ code: 'LLM_NOT_CONFIGURED' });
  });
});

describe('jixiao draft with a configured model', () => {
  const mock = mockModel(answering());
  beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => mock.server.close());

  it('uses the model by default when JIXIAO_MODEL and a key or endpoint are set', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const command = makeDraftCommand({
      env: { JIXIAO_MODEL: 'mock-model', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: MOCK_BASE_URL },
      fetch: (input, init) => globalThis.fetch(input, init),
    });
    const code = await command(parseCliArgs(['draft', '--input', request('002')]), { out: (s) => out.push(s), err: (s) => err.push(s) });
    expect(code).toBe(0);
    expect(err.join('\n')).toContain('起草方式：大模型（mock-model）');
    expect(out.join('\n')).toContain('党建工委工作经费全年预算数25万元，实际执行24.99万元');
    expect(mock.calls.length).toBe(6);
  });
});
