import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../test/fixtures-worker';

const seed000 = await fixtureText('seeds/000.txt');
const seed002 = await fixtureText('seeds/002.txt');

type CheckJson = {
  documents: Array<{ file: string; findings: Array<{ ruleId: string; quote: string; related: Array<{ file?: string; quote: string }> }>; stats: { errors: number; warnings: number } }>;
};

const post = (body: BodyInit, headers: Record<string, string> = {}) => SELF.fetch('http://jixiao.test/v1/check', { method: 'POST', body, headers });

describe('POST /v1/check in workerd', () => {
  it('finds repetition inside a report sent as JSON text', async () => {
    const res = await post(JSON.stringify({ text: seed000 }), { 'content-type': 'application/json' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as CheckJson;
    const dup = body.documents[0]!.findings.filter((f) => f.ruleId === 'duplicate/within-report');
    expect(dup.some((f) => f.quote.includes('聚焦推动“数字政府”建设'))).toBe(true);
    expect(body.documents[0]!.stats.warnings).toBeGreaterThan(0);
  });

  it('compares an uploaded report with uploaded reference files', async () => {
    const form = new FormData();
    form.append('file', new File([seed000], '花都区政协2021.txt'));
    form.append('against', new File([seed002], '直属机关工委2021.txt'));
    const res = await post(form);
    expect(res.status).toBe(200);
    const body = (await res.json()) as CheckJson;
    expect(body.documents[0]!.file).toBe('花都区政协2021.txt');
    const reuse = body.documents[0]!.findings.filter((f) => f.ruleId === 'duplicate/against-reference');
    const boiler = reuse.find((f) => f.quote.startsWith('从预算执行及绩效管理的情况来看'));
    expect(boiler?.related[0]!.file).toBe('直属机关工委2021.txt');
  });

  it('names a bad reference file in the error', async () => {
    const form = new FormData();
    form.append('file', new File([seed000], 'a.txt'));
    form.append('against', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])], '扫描件.png'));
    const res = await post(form);
    expect(res.status).toBe(415);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('UNSUPPORTED_TYPE');
    expect(body.error.message).toContain('扫描件.png');
  });

  it('rejects invalid figures with INVALID_FIGURES', async () => {
    const res = await post(JSON.stringify({ text: seed000, figures: { budget: {}, execution: 'x' } }), { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('INVALID_FIGURES');
  });
});
