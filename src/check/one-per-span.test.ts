import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/ingest';
import { NUMBER_RULES } from '../rules/number';
import { checkDocument } from './check-document';

describe('one finding per span among the number rules', () => {
  it('keeps the most severe finding on a figure and lists the others in its evidence', async () => {
    const text = [
      '（三）部门整体收支情况',
      '本部门全年预算数200.00万元，全年执行数180.00万元，预算执行率90.00%。',
      '二、综合评价分析',
      '本部门全年预算数200.00万元，全年执行数180.00万元，预算执行率93.00%。',
    ].join('\n');
    const { findings } = await checkDocument({ doc: await ingestText(text), rules: NUMBER_RULES });
    const on93 = findings.filter((f) => f.quote === '93.00%');
    expect(on93).toHaveLength(1);
    expect(on93[0]!.ruleId).toBe('number/rate-mismatch');
    expect(on93[0]!.severity).toBe('error');
    expect(on93[0]!.evidence.alsoFound).toEqual([expect.objectContaining({ ruleId: 'number/restatement' })]);
  });
});
