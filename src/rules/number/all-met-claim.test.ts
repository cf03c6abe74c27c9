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
        // a target met in the text, and a ceiling respected
        '全年培训基层网格员1,260人次，年度目标为不少于1,200人次。群众投诉平均办结时间4个工作日，控制在5个工作日以内。各项绩效指标均已完成。',
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
        {
          // target and actual in one sentence
          text: '全年新增备案社会组织47家，年度目标为不少于52家。\n四、自评结论\n本年度各项绩效指标均已全面完成。',
          errors: [{ messageId: 'claimVsShortfall', severity: 'error', quote: '指标均已全面完成', relatedQuote: /47家/ }],
        },
        {
          // the target in the 年度工作 section, the actual under similar words elsewhere: a warning
          text: '（二）年度总体工作和重点工作任务\n一是实现社区养老服务站覆盖率保持在85%以上。\n（四）主要工作成效\n全区社区养老服务站覆盖率为81.5%。\n综上，各项指标均达到预期目标。',
          errors: [{ messageId: 'claimVsShortfall', severity: 'warning', relatedQuote: /81\.5%/ }],
        },
      ],
    });
  });
});
