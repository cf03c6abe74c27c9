import { describe, it } from 'vitest';
import { testRule } from '../../check/rule-tester';
import { thousandsSeparator } from './thousands-separator';

describe('usage/thousands-separator', () => {
  it('flags the odd one out among four-digit-or-more numbers', async () => {
    await testRule(thousandsSeparator, {
      valid: [
        '全年预算数3,363.37万元，全年执行数2,760.71万元，教育支出18.30万元。',
        '整体收入14590.86万元，支出14590.86万元，基本支出预算数11703.88万元。',
        // years, codes and hotlines are not amounts
        '2021年，全年预算数3,363.37万元，协同12345热线，编号H12345。',
        // counts are not held to the money's style
        '全年预算数3,363.37万元，收到群众反馈意见1762条，动员党员13000多名。',
      ],
      invalid: [
        {
          text: '全年预算数3,363.37万元，全年执行数2760.71万元，基本支出2,586.53万元。',
          errors: [{ messageId: 'inconsistentSeparator', severity: 'warning', quote: '2760.71万元', relatedQuote: '3,363.37万元', evidence: { suggestion: '2,760.71' } }],
        },
        {
          text: '整体收入14590.86万元，支出14,590.86万元，基本支出预算数11703.88万元。',
          errors: [{ messageId: 'inconsistentSeparator', quote: '14,590.86万元', evidence: { suggestion: '14590.86' } }],
        },
      ],
    });
  });
});
