import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../test/fixtures-worker';

const seed000 = await fixtureText('seeds/000.txt');
const figures000 = JSON.parse(await fixtureText('figures/000.json')) as Record<string, unknown>;

type Row = { quote: string; subject: string; subjectReasonLabel: string; measure: string | null; status: string; statusLabel: string; start: number; end: number };
type ClaimsJson = { documents: Array<{ file: string; summary: { total: number; verified: number; contradicted: number; unchecked: number }; claims: Row[] }>; figures?: { problems: unknown[] } };

const post = (body: BodyInit, headers: Record<string, string> = {}) => SELF.fetch('http://jixiao.test/v1/claims', { method: 'POST', body, headers });

describe('POST /v1/claims in workerd', () => {
  it('lists every number of a JSON text with subject, reason and status, verified against the figures', async () => {
    const res = await post(JSON.stringify({ text: seed000, figures: figures000 }), { 'content-type': 'application/json' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ClaimsJson;
    const d = body.documents[0]!;
    expect(d.file).toBe('text');
    expect(d.claims.length).toBe(d.summary.total);
    expect(d.summary.verified + d.summary.contradicted + d.summary.unchecked).toBe(d.summary.total);
    expect(d.summary.verified).toBeGreaterThan(0);
    expect(d.summary.unchecked).toBeGreaterThan(0);
    // 支出按功能分类：一般公共服务支出2,022.35 万元 — named in the clause and found in the figures file.
    const gps = d.claims.find((c) => c.quote.startsWith('2,022.35'))!;
    expect(gps).toMatchObject({ subject: '一般公共服务支出', subjectReasonLabel: '明确主语', status: 'verified' });
    expect(gps.statusLabel).toMatch(/^已核对：与数据文件一致(；.*相符)?$/);
    for (const c of d.claims) expect(seed000.length).toBeGreaterThanOrEqual(c.end);
    expect(body.figures?.problems).toEqual([]);
  });

  it('marks a number a check contradicts (multipart upload with a figures file)', async () => {
    const form = new FormData();
    form.append('file', new File([seed000.replace('2,022.35 万元', '2,032.35 万元')], '花都区政协2021.txt'));
    form.append('figures', new File([JSON.stringify(figures000)], 'figures.json'));
    const res = await post(form);
    expect(res.status).toBe(200);
    const d = ((await res.json()) as ClaimsJson).documents[0]!;
    expect(d.file).toBe('花都区政协2021.txt');
    const row = d.claims.find((c) => c.quote.startsWith('2,032.35'))!;
    expect(row.status).toBe('contradicted');
    expect(row.statusLabel).toMatch(/^矛盾：/);
  });

  it('answers bad input with the API error envelope', async () => {
    const bad = await post(JSON.stringify({ text: seed000, figures: { budget: {}, execution: 'x' } }), { 'content-type': 'application/json' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('INVALID_FIGURES');
    const empty = await post(JSON.stringify({ text: '   ' }), { 'content-type': 'application/json' });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { code: string } }).error.code).toBe('EMPTY_FILE');
    const notJson = await post('{', { 'content-type': 'application/json' });
    expect(((await notJson.json()) as { error: { code: string } }).error.code).toBe('INVALID_REQUEST');
  });

  it('is described in /openapi.json', async () => {
    const spec = (await (await SELF.fetch('http://jixiao.test/openapi.json')).json()) as { paths: Record<string, { post?: { responses: Record<string, unknown> } }> };
    expect(spec.paths['/v1/claims']?.post?.responses['200']).toBeDefined();
  });
});
