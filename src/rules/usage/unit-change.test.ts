import { describe, it } from 'vitest';
import { testRule } from '../../check/rule-tester';
import { unitChange } from './unit-change';

const HEAD = '（三）部门整体收支情况\n本部门全年预算数3,363.37万元，全年执行数2,760.71万元。\n';

describe('usage/unit-change', () => {
  it('flags the same figure, or one list, in different units', async () => {
    await testRule(unitChange, {
      valid: [
        HEAD + '二、综合评价分析\n本部门全年执行数2,760.71万元。',
        HEAD + '支出按功能分类：一般公共服务支出2,022.35万元；教育支出18.30万元。',
        // the same amount in 元 in another paragraph is a normal choice of unit
        HEAD + '二、综合评价分析\n本部门全年执行数27,607,100元。',
        // amounts in a sentence that are not one list
        '全年发放慰问金12.5万元，其中为困难家庭发放3,600元。',
      ],
      invalid: [
        {
          text: '（三）部门整体收支情况\n本部门全年执行数2,760.71万元，全年执行数27,607,100元。',
          errors: [{ messageId: 'unitChanged', severity: 'warning', quote: '27,607,100元', relatedQuote: '2,760.71万元', evidence: { unit: '元', otherUnit: '万元' } }],
        },
        {
          // one enumeration of fund amounts with one item in 元
          text: '各项帮扶资金分别为：助残补贴15.20万元、技能培训经费86,000元、康复救助资金23.75万元、走访慰问资金6.40万元。',
          errors: [{ messageId: 'mixedUnits', quote: '86,000元', evidence: { unit: '元', otherUnit: '万元' } }],
        },
        {
          text: HEAD + '支出按功能分类：一般公共服务支出2,022.35万元；教育支出183,000元；卫生健康支出18.62万元。',
          errors: [{ messageId: 'mixedUnits', quote: '183,000元', evidence: { unit: '元', otherUnit: '万元' } }],
        },
      ],
    });
  });
});
