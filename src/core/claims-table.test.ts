import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../check/types';
import { ingestText } from '../ingest/ingest';
import type { Claim, ClaimCheck, ClaimSet } from '../claims/types';
import { claimsTable } from './claims-table';

const text = '一、基本情况\n全年预算数100.00万元，执行数98.00万元。\n（1）甲项目：预算数20.00万元。\n受理来信50件。';

function claim(id: number, quote: string, patch: Partial<Claim> = {}): Claim {
  const start = text.indexOf(quote);
  return {
    id,
    subject: { kind: 'department' },
    subjectReason: 'department',
    measure: null,
    label: null,
    kind: 'amount',
    value: new Decimal(quote.replace(/[^\d.]/g, '')),
    text: quote,
    unit: { written: '万元', base: '元', power: 4 },
    precision: 2,
    approximate: false,
    otherPeriod: false,
    inTable: false,
    place: { start, end: start + quote.length, block: 1, sentence: 0, segment: 0, path: ['一、基本情况'] },
    ...patch,
  };
}

const set = (claims: Claim[], checks: Array<[number, ClaimCheck[]]>): ClaimSet => ({ claims, byBlock: new Map(), bySentence: new Map(), bySubject: new Map(), checks: new Map(checks) });

describe('claims table', () => {
  it('labels subjects, reasons, measures and statuses in Chinese', async () => {
    const doc = await ingestText(text);
    const t = claimsTable(
      doc,
      set(
        [
          claim(0, '100.00万元', { measure: 'budget.adjusted', subjectReason: 'explicit' }),
          claim(1, '20.00万元', { subject: { kind: 'project', name: '甲项目' }, subjectReason: 'list-item-lead', label: '预算数' }),
          claim(2, '50件', { subject: { kind: 'unknown' }, subjectReason: 'unknown', kind: 'count', unit: { written: '件', base: '件', power: 0 } }),
        ],
        [
          [0, [{ ruleId: 'number/figures-mismatch', outcome: 'verified', against: '数据文件“调整后预算数”' }]],
          [
            1,
            [
              { ruleId: 'number/rate-mismatch', outcome: 'verified' },
              { ruleId: 'number/restatement', outcome: 'verified' },
            ],
          ],
        ],
      ),
      [],
    );
    expect(t.claims.map((c) => [c.quote, c.subject, c.subjectReasonLabel, c.measure, c.statusLabel])).toEqual([
      ['100.00万元', '部门整体', '明确主语', '调整后预算数', '已核对：与数据文件“调整后预算数”一致'],
      ['20.00万元', '甲项目', '项目条目', '预算数', '已核对：比率算式、前后复述相符'],
      ['50件', '无法确定', '无法确定', null, '未核对'],
    ]);
    expect(t.claims[0]!.context).toBe('全年预算数100.00万元，执行数98.00万元。');
    expect(t.claims[1]!.subjectReasonNote).toBe('段首或条目开头写明');
    expect(t.summary).toEqual({ total: 3, verified: 2, contradicted: 0, unchecked: 1, byReason: { explicit: 1, 'list-item-lead': 1, unknown: 1 } });
  });

  it('marks a number contradicted by a recorded check or by a numeric finding on it or its related place, not by usage notes', async () => {
    const doc = await ingestText(text);
    const a = claim(0, '100.00万元');
    const b = claim(1, '98.00万元');
    const c = claim(2, '20.00万元');
    const at = (cl: Claim) => ({ start: cl.place.start, end: cl.place.end, quote: cl.text, path: [] });
    const finding = (ruleId: string, on: Claim, related: Claim[] = []): Finding => ({
      ...at(on),
      ruleId,
      messageId: 'x',
      severity: 'warning',
      message: `${ruleId} 说明`,
      related: related.map(at),
      evidence: {},
    });
    const t = claimsTable(doc, set([a, b, c], [[2, [{ ruleId: 'number/restatement', outcome: 'contradicted', against: '与前文的 21.00万元不一致' }]]]), [
      { ...finding('number/rate-mismatch', b, [a]), evidence: { alsoFound: [{ ruleId: 'number/restatement', severity: 'warning', message: '前后不一致' }] } },
      finding('usage/thousands-separator', a),
    ]);
    expect(t.claims.map((r) => r.statusLabel)).toEqual(['矛盾：number/rate-mismatch 说明', '矛盾：number/rate-mismatch 说明', '矛盾：与前文的 21.00万元不一致']);
    expect(t.claims[0]!.findings.map((f) => f.ruleId)).toEqual(['number/rate-mismatch', 'number/restatement']);
    expect(t.summary.contradicted).toBe(3);
  });
});
