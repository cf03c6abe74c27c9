// POST/GET/DELETE /v1/corpus in workerd with the real D1 (CORPUS_TOKEN = 'test-token' in
// vitest.config.ts). Texts carry the district name 番禺, unused by other test files.
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { checkedReport, storedReports } from '../corpus/sample-reports';

const NS = '番禺';
const BASE = 'http://jixiao.test';
const AUTH = { authorization: 'Bearer test-token' };
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
type Summary = { id: string; title: string; department?: string; year?: number; fileName?: string; created: boolean; paragraphCount: number };

describe('corpus writes need the token', () => {
  it('401 UNAUTHORIZED without a token or with a wrong one, before reading the upload', async () => {
    const report = storedReports(NS)[0]!;
    for (const headers of [{} as Record<string, string>, { authorization: 'Bearer nope' }, { authorization: 'test-token' }, { authorization: 'Basic dGVzdC10b2tlbg==' }]) {
      const res = await SELF.fetch(`${BASE}/v1/corpus`, json({ text: report.text }, headers));
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const e = await errorOf(res);
      expect(e.code).toBe('UNAUTHORIZED');
      expect(e.message).toContain('令牌');
    }
    const del = await SELF.fetch(`${BASE}/v1/corpus/0123456789abcdef`, { method: 'DELETE' });
    expect(del.status).toBe(401);
  });

  it('refuses writes with CORPUS_WRITE_DISABLED when no token is configured; reads still work', async () => {
    const app = createApp({ extractPdf: () => Promise.reject(new Error('no PDFs here')) });
    for (const token of [undefined, '', '  ']) {
      const e = { ...(env as object), CORPUS_TOKEN: token };
      const res = await app.request('/v1/corpus', json({ text: storedReports(NS)[0]!.text }, AUTH), e);
      expect(res.status).toBe(403);
      const err = await errorOf(res);
      expect(err.code).toBe('CORPUS_WRITE_DISABLED');
      expect(err.message).toContain('CORPUS_TOKEN');
      expect((await app.request('/v1/corpus/0123456789abcdef', { method: 'DELETE', headers: AUTH }, e)).status).toBe(403);
      expect((await app.request('/v1/corpus', {}, e)).status).toBe(200);
    }
  });
});

describe('corpus API', () => {
  const added: Summary[] = [];

  it('POST adds a report from JSON text (201) and updates it when sent again (200)', async () => {
    for (const r of storedReports(NS)) {
      const res = await SELF.fetch(`${BASE}/v1/corpus`, json({ text: r.text, name: `${r.department}.txt` }, AUTH));
      expect(res.status).toBe(201);
      const s = (await res.json()) as Summary;
      expect(s).toMatchObject({ created: true, department: r.department, year: 2022, fileName: `${r.department}.txt`, paragraphCount: 3 });
      expect(s.id).toMatch(/^[0-9a-f]{16}$/);
      added.push(s);
    }
    const again = await SELF.fetch(`${BASE}/v1/corpus`, json({ text: storedReports(NS)[0]!.text, year: 2021 }, AUTH));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: added[0]!.id, created: false, year: 2021, fileName: added[0]!.fileName });
  });

  it('POST takes a multipart file with name, department and year fields', async () => {
    const form = new FormData();
    form.append('file', new File([new TextEncoder().encode(checkedReport(NS).text)], 'shenji-2023.txt'));
    form.append('department', `${NS}区审计局（测试）`);
    form.append('year', '2023');
    const res = await SELF.fetch(`${BASE}/v1/corpus`, { method: 'POST', body: form, headers: AUTH });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ fileName: 'shenji-2023.txt', department: `${NS}区审计局（测试）`, year: 2023, created: true });
  });

  it('POST errors: empty text, bad year', async () => {
    expect(await errorOf(await SELF.fetch(`${BASE}/v1/corpus`, json({ text: '  ' }, AUTH)))).toMatchObject({ code: 'EMPTY_FILE' });
    const bad = await SELF.fetch(`${BASE}/v1/corpus`, json({ text: storedReports(NS)[0]!.text, year: 'last year' }, AUTH));
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe('INVALID_REQUEST');
  });

  it('GET lists reports (paged) and shows one with its paragraphs, without a token', async () => {
    const res = await SELF.fetch(`${BASE}/v1/corpus?limit=1000`);
    expect(res.status).toBe(200);
    const list = (await res.json()) as { reports: Summary[]; total: number; limit: number; offset: number };
    expect(list.reports.map((r) => r.id)).toEqual(expect.arrayContaining(added.map((r) => r.id)));
    expect(list.total).toBe(list.reports.length);
    const page = (await (await SELF.fetch(`${BASE}/v1/corpus?limit=2&offset=1`)).json()) as { reports: Summary[]; limit: number; offset: number };
    expect(page).toMatchObject({ limit: 2, offset: 1 });
    expect(page.reports).toHaveLength(2);
    expect((await SELF.fetch(`${BASE}/v1/corpus?limit=0`)).status).toBe(400);

    const one = await SELF.fetch(`${BASE}/v1/corpus/${added[2]!.id}`);
    expect(one.status).toBe(200);
    const r = (await one.json()) as { paragraphs: Array<{ index: number; text: string; path: string[] }> };
    expect(r).toMatchObject({ id: added[2]!.id, department: `${NS}区民政局` });
    expect(r.paragraphs[1]).toMatchObject({ index: 1, path: ['二、绩效目标完成情况'] });
    const missing = await SELF.fetch(`${BASE}/v1/corpus/0123456789abcdef`);
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe('CORPUS_NOT_FOUND');
  });

  it('DELETE removes a report (then 404)', async () => {
    const id = added[3]!.id;
    const res = await SELF.fetch(`${BASE}/v1/corpus/${id}`, { method: 'DELETE', headers: AUTH });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ removed: { id } });
    expect((await SELF.fetch(`${BASE}/v1/corpus/${id}`)).status).toBe(404);
    const again = await SELF.fetch(`${BASE}/v1/corpus/${id}`, { method: 'DELETE', headers: AUTH });
    expect(again.status).toBe(404);
    expect((await errorOf(again)).code).toBe('CORPUS_NOT_FOUND');
  });

  it('is described in the OpenAPI document, writes with the bearer scheme', async () => {
    const doc = (await (await SELF.fetch(`${BASE}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
      components: { securitySchemes: Record<string, { scheme: string }> };
    };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/corpus', '/v1/corpus/{id}']));
    expect(doc.paths['/v1/corpus']!.post!.security).toEqual([{ corpusToken: [] }]);
    expect(doc.paths['/v1/corpus']!.get!.security).toBeUndefined();
    expect(doc.paths['/v1/corpus/{id}']!.delete!.security).toEqual([{ corpusToken: [] }]);
    expect(doc.components.securitySchemes.corpusToken!.scheme).toBe('bearer');
  });
});
