import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

const post = (body: BodyInit, headers: Record<string, string> = {}) => SELF.fetch('http://jixiao.test/v1/parse', { method: 'POST', body, headers });

const form = (bytes: Uint8Array<ArrayBuffer> | string, name = 'report.txt', field = 'file') => {
  const f = new FormData();
  f.append(field, new File([bytes], name));
  return f;
};

const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

const REPORT = '2021年某局部门整体支出绩效自评报告\n\n一、基本情况\n\n本部门 2021 年度全年预算数 3,363.37 万元，执行数\n\n2,760.71 万元。\n\n二、存在的主要问题\n\n绩效目标设置不够细化。';

describe('POST /v1/parse in workerd', () => {
  it('parses JSON text into a ReportDocument', async () => {
    const res = await post(JSON.stringify({ text: REPORT }), { 'content-type': 'application/json' });
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { title: string; year: number; text: string; sections: Array<{ title: string }> };
    expect(doc.title).toBe('2021年某局部门整体支出绩效自评报告');
    expect(doc.year).toBe(2021);
    expect(doc.sections.map((s) => s.title)).toEqual(['一、基本情况', '二、存在的主要问题']);
    expect(doc.text).toContain('全年预算数3,363.37万元，执行数2,760.71万元。');
  });

  it('parses a multipart upload, detecting the type from the bytes', async () => {
    const res = await post(form(new TextEncoder().encode(REPORT), 'report.pdf'));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { format: string }).format).toBe('txt');
  });

  it('reads a GB18030 text file inside the Worker', async () => {
    // "一、基本情况" in GB18030
    const gbk = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xbb, 0xf9, 0xb1, 0xbe, 0xc7, 0xe9, 0xbf, 0xf6]);
    const res = await post(form(gbk));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { sections: Array<{ title: string }> }).sections[0]!.title).toBe('一、基本情况');
  });

  it('accepts the raw file as the request body', async () => {
    const res = await post(new TextEncoder().encode(REPORT), { 'content-type': 'application/octet-stream' });
    expect(res.status).toBe(200);
  });
});

describe('POST /v1/parse errors', () => {
  it('EMPTY_FILE for an empty file', async () => {
    const res = await post(form(new Uint8Array()));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('EMPTY_FILE');
  });

  it('EMPTY_FILE for whitespace-only text', async () => {
    const res = await post(JSON.stringify({ text: ' \n\u3000\n ' }), { 'content-type': 'application/json' });
    expect((await errorOf(res)).code).toBe('EMPTY_FILE');
  });

  it('UNSUPPORTED_TYPE for an image', async () => {
    const res = await post(form(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'scan.png'));
    expect(res.status).toBe(415);
    const e = await errorOf(res);
    expect(e.code).toBe('UNSUPPORTED_TYPE');
    expect(e.message).toMatch(/OCR/);
  });

  it('MALFORMED_MULTIPART for a broken body', async () => {
    const res = await post('--xyz\r\nnot really multipart', { 'content-type': 'multipart/form-data; boundary=abc' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('MALFORMED_MULTIPART');
  });

  it('MALFORMED_MULTIPART when the file field is missing', async () => {
    const f = new FormData();
    f.append('report', 'x');
    const res = await post(f);
    expect((await errorOf(res)).code).toBe('MALFORMED_MULTIPART');
  });

  it('FILE_TOO_LARGE over 20 MB', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 10).fill(0x41);
    const res = await post(form(big));
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('FILE_TOO_LARGE');
  });

  it('INVALID_REQUEST for bad JSON', async () => {
    const res = await post('{"text": ', { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('INVALID_REQUEST');
  });

  it('NOT_FOUND with the same envelope for an unknown path', async () => {
    const res = await SELF.fetch('http://jixiao.test/v1/nothing');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('NOT_FOUND');
  });
});

describe('figures', () => {
  it('INVALID_FIGURES names each bad field in Chinese', async () => {
    const res = await SELF.fetch('http://jixiao.test/v1/figures/validate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ budget: { adjusted: '三千万' }, execution: 2760.71 }),
    });
    expect(res.status).toBe(400);
    const e = (await res.json()) as { error: { code: string; message: string; details: Array<{ path: string; field: string }> } };
    expect(e.error.code).toBe('INVALID_FIGURES');
    expect(e.error.details).toEqual([expect.objectContaining({ path: 'budget.adjusted', field: '预算的调整后预算数' })]);
    expect(e.error.message).toContain('调整后预算数');
  });

  it('returns valid figures normalized and exact', async () => {
    const res = await SELF.fetch('http://jixiao.test/v1/figures/validate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ budget: { adjusted: '3,363.37' }, execution: 2760.71 }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { figures: { budget: { adjusted: string } }; problems: unknown[] };
    expect(body.figures.budget.adjusted).toBe('3363.37');
    expect(body.problems).toEqual([]);
  });

  it('reports figures that do not add up', async () => {
    const res = await SELF.fetch('http://jixiao.test/v1/figures/validate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ budget: { adjusted: '100' }, execution: '90', byNature: { basic: '50', project: '30' } }),
    });
    const body = (await res.json()) as { problems: Array<{ path: string; severity: string; message: string }> };
    expect(body.problems).toEqual([expect.objectContaining({ path: 'byNature', severity: 'error' })]);
    expect(body.problems[0]!.message).toContain('基本支出 50 + 项目支出 30 = 80');
  });
});

describe('docs and page', () => {
  it('serves the OpenAPI document describing /v1/parse', async () => {
    const res = await SELF.fetch('http://jixiao.test/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/parse', '/v1/figures/validate']));
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['ReportDocument', 'Figures', 'Error']));
  });

  it('serves the docs page and the Chinese web page', async () => {
    const docs = await SELF.fetch('http://jixiao.test/docs');
    expect(await docs.text()).toContain('Jixiao API 文档');
    const page = await SELF.fetch('http://jixiao.test/');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('上传报告');
  });
});
