// duplicate/corpus end to end in workerd: reports stored through the API, then /v1/check with
// corpus=true. Texts carry the district name 增城, unused by other test files.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { checkedReport, storedReports } from '../../corpus/sample-reports';

const NS = '增城';
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  SELF.fetch(`http://jixiao.test${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });

type Finding = { ruleId: string; messageId: string; severity: string; quote: string; related: Array<{ file?: string; title?: string; quote: string }> };

describe('check against the stored corpus', () => {
  it('reports copied paragraphs as warnings and shared set phrases as info, naming the stored report', async () => {
    for (const r of storedReports(NS)) {
      const res = await post('/v1/corpus', { text: r.text, department: r.department, year: r.year }, { authorization: 'Bearer test-token' });
      expect(res.status).toBeLessThan(300);
    }
    const res = await post('/v1/check', { text: checkedReport(NS).text, corpus: true });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { documents: Array<{ findings: Finding[] }> };
    const found = body.documents[0]!.findings.filter((f) => f.ruleId === 'duplicate/corpus');

    const boiler = found.find((f) => f.quote.includes('全面实施预算绩效管理工作的有关要求'));
    expect(boiler).toMatchObject({ messageId: 'boilerplate', severity: 'info' });
    expect(boiler!.related.length).toBeGreaterThanOrEqual(3);

    const stale = found.find((f) => f.quote.includes('民政局本年度一般公共预算财政拨款支出'));
    expect(stale).toMatchObject({ messageId: 'staleTemplate', severity: 'warning' });
    expect(stale!.related[0]!.title).toContain('民政局');
    expect(stale!.related[0]!.quote).toContain('1,245.60');

    expect(found).toHaveLength(2);
  });

  it('finds nothing when the corpus is not asked for', async () => {
    const res = await post('/v1/check', { text: checkedReport(NS).text });
    const body = (await res.json()) as { documents: Array<{ findings: Finding[] }> };
    expect(body.documents[0]!.findings.filter((f) => f.ruleId === 'duplicate/corpus')).toEqual([]);
  });
});

describe('a copied paragraph that contains a set phrase', () => {
  it('is reported as copied, and the set phrase separately as 套话', async () => {
    const ns = '从化';
    for (const r of storedReports(ns)) {
      await post('/v1/corpus', { text: r.text, department: r.department, year: r.year }, { authorization: 'Bearer test-token' });
    }
    // 民政局's second paragraph with the district's set phrase pasted in front of it
    const mz = storedReports(ns)[2]!.text.split('\n\n')[4]!;
    const text = `2023年${ns}区审计局部门整体支出绩效自评报告\n\n一、基本情况\n\n根据${ns}区财政局关于全面实施预算绩效管理工作的有关要求，我单位认真组织开展了部门整体支出绩效自评工作。${mz}`;
    const res = await post('/v1/check', { text, corpus: true });
    const body = (await res.json()) as { documents: Array<{ findings: Finding[] }> };
    const found = body.documents[0]!.findings.filter((f) => f.ruleId === 'duplicate/corpus');
    expect(found.map((f) => f.messageId).sort()).toEqual(['boilerplate', 'copied']);
    expect(found.find((f) => f.messageId === 'copied')!.quote).toContain('民政局本年度');
  });
});
