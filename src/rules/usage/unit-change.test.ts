import { describe, it } from 'vitest';
import { testRule } from '../../check/rule-tester';
import { unitChange } from './unit-change';

const HEAD = '（三）部门整体收支情况\n本部门全年预算数3,363.37万元，全年执行数2,760.71万元。\n';

describe('usage/unit-change', () => {
  it('flags the same figure, or one list, in different units', async () => {
    await testRule(unitChange, {
      valid: [HEAD + '二、综合评价分析\n本部门全年执行数2,760.71万元。', HEAD + '支出按功能分类：一般公共服务支出2,022.35万元；教育支出18.30万元。'],
      invalid: [
        {
          text: HEAD + '二、综合评价分析\n本部门全年执行数27,607,100元。',
          errors: [{ messageId: 'unitChanged', severity: 'warning', quote: '27,607,100元', relatedQuote: '2,760.71万元', evidence: { unit: '元', otherUnit: '万元' } }],
        },
        {
          text: HEAD + '支出按功能分类：一般公共服务支出2,022.35万元；教育支出183,000元；卫生健康支出18.62万元。',
          errors: [{ messageId: 'mixedUnits', quote: '183,000元', evidence: { unit: '元', otherUnit: '万元' } }],
        },
      ],
    });
  });
});
