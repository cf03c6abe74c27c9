import { describe, it } from 'vitest';
import { testRule } from '../../check/rule-tester';
import { allMetClaim } from './all-met-claim';

const RATE = '（三）部门整体收支情况\n本部门2021年预算数890.33万元，执行数714.07万元，完成预算的80.2%。\n';
const CLAIM = '三、存在的主要问题\n从预算执行及绩效管理的情况来看，我委2021年预算编制、执行及使用效益情况均达到了预期的绩效目标。';
const TABLE = '主要任务 年初预期目标 目标完成情况 关键指标 预期实现值 指标完成情况\n接待团组批数 接待团、组批数 5批 1批次\n';

describe('number/all-met-claim', () => {
  it('contrasts an all-targets-met claim with shortfalls and a low execution rate', async () => {
    await testRule(allMetClaim, {
      valid: [
        RATE.replace('80.2%', '98.2%').replace('714.07', '874.33') + CLAIM,
        RATE + '三、存在的主要问题\n预算执行率偏低，部分项目未按计划实施。',
        // 圆满完成 of an event is not a claim about targets
        RATE + '圆满完成了换届工作。',
        RATE + '全面完成了换届选举任务。',
      ],
      invalid: [
        {
          text: RATE + CLAIM,
          errors: [{ messageId: 'claimVsLowRate', severity: 'warning', quote: '均达到了预期的绩效目标', relatedQuote: '80.2%', evidence: { rate: '80.2' } }],
        },
        {
          text: TABLE + '年度目标全面完成，各项指标均已完成。',
          errors: [
            { messageId: 'claimVsShortfall', severity: 'error', quote: '全面完成', relatedQuote: '1批次' },
            { messageId: 'claimVsShortfall', quote: '指标均已完成' },
          ],
        },
      ],
    });
  });
});
