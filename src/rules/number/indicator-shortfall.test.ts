import { describe, it } from 'vitest';
import { testRule } from '../../check/rule-tester';
import { indicatorShortfall } from './indicator-shortfall';

const HEADER = '主要任务 年初预期目标 目标完成情况 关键指标 计算公式或指标内容 预期实现值 指标完成情况 任务涉及资金\n';

describe('number/indicator-shortfall', () => {
  it('flags an actual below its target in a 自评表', async () => {
    await testRule(indicatorShortfall, {
      valid: [
        HEADER + '委员履职参与率\n90% 95%\n组织专题议政和对口协商会议\n6次 13次\n聘请政府雇员人数 聘请人员数 4人 4人数',
        // a ceiling met (投诉率 ≤ 5%)
        HEADER + '群众投诉率 投诉率 5%以下 3%',
        // lower is better by the name (src/domain/indicators.ts), bound or not
        HEADER + '群众投诉率 投诉率 5% 3%',
        // a ceiling written before the number
        HEADER + '会议精简 全年会议次数 ≤4次 3次',
        // a name that can mean either way is not judged
        HEADER + '成本降低率 单位成本降低 5% 3%',
        // a budget table above does not turn the indicator rows into budget columns
        '单位：万元\n资金来源 年初预算数 预算调整数 实际支出数 预算完成率 预算调整率\n合计 100.00 10.00 99.00 90.00% 10.00%\n' + HEADER + '委员履职参与率 委员参与全会和日常履职 87% 88%',
        // outside an indicator table two numbers are not target and actual
        '人员 编制数 实有人数\n在编人员 12人 10人',
      ],
      invalid: [
        {
          text: HEADER + '接待团组批数 接待团、组批数 5批 1批次',
          errors: [{ messageId: 'shortfall', severity: 'warning', quote: '1批次', relatedQuote: '5批', evidence: { name: '接待团组批数', target: '5批', actual: '1批次' } }],
        },
        { text: HEADER + '群众投诉率 投诉率 5%以下 8%', errors: [{ messageId: 'shortfall', quote: '8%' }] },
        { text: HEADER + '群众投诉率 投诉率 5% 8%', errors: [{ messageId: 'shortfall', quote: '8%' }] },
        { text: HEADER + '公务接待 接待批数 ≤4批 6批', errors: [{ messageId: 'shortfall', quote: '6批' }] },
        { text: HEADER + '满意度 服务对象满意度 95%以上 90%', errors: [{ messageId: 'shortfall', quote: '90%' }] },
        {
          text: '单位：万元\n资金来源 年初预算数 预算调整数 实际支出数 预算完成率 预算调整率\n合计 100.00 10.00 99.00 90.00% 10.00%\n' + HEADER + '委员履职参与率 委员参与全会和日常履职 87% 85%',
          errors: [{ messageId: 'shortfall', quote: '85%' }],
        },
      ],
    });
  });
});
