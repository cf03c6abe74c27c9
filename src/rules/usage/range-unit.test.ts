import { describe, it } from 'vitest';
import { testRule } from '../../check/rule-tester';
import { rangeUnit } from './range-unit';

describe('usage/range-unit', () => {
  it('wants the unit on both ends of a range of magnitudes or percentages', async () => {
    await testRule(rangeUnit, {
      valid: ['市场规模9亿~16亿元', '降低10%-20%', '每组3~5人', '5月至10月'],
      invalid: [
        { text: '市场规模9~16亿', errors: [{ messageId: 'rangeUnitOmitted', severity: 'warning', quote: '9~16亿', evidence: { suggestion: '9亿~16亿' } }] },
        { text: '增长15～30%', errors: [{ messageId: 'rangeUnitOmitted', evidence: { suggestion: '15%~30%' } }] },
        { text: '投入13-17万元', errors: [{ messageId: 'rangeUnitOmitted', evidence: { suggestion: '13万元~17万元' } }] },
      ],
    });
  });
});
