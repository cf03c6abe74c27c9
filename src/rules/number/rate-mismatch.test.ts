import { describe, it } from 'vitest';
import { testRule } from '../../check/rule-tester';
import { rateMismatch } from './rate-mismatch';

const S000 = '（三）部门整体收支情况\n本部门2021年度全年预算数3,363.37万元，全年执行数2,760.71万元，完成全年预算的82.1%。';
const S001 =
  '（三）部门整体收支情况\n2022年，我会整体收入14590.86万元，支出14590.86万元，预算执行率98.12%。其中，基本支出预算数11703.88万元，执行数11505.73万元，预算执行率98.31%；项目支出预算数3165.79万元，执行数3085.13万元，预算执行率97.45%。';
const PROPOSALS = '不断拓展提案产品广度深度，全年共征集提案693件，经审查立案456件，立案率为65.8%。';
const TABLE = ['单位：万元', '资金来源 整体支出年初预算数 整体支出预算调整数 整体年度实际支出数 预算完成率 预算调整率', '合计 2165.98 153.56 2287.19 98.61% 7.09%'].join('\n');

describe('number/rate-mismatch', () => {
  it('recomputes rates exactly at the stated precision', async () => {
    await testRule(rateMismatch, {
      valid: [
        S000,
        // 14590.86 ÷ (11703.88 + 3165.79) = 98.12497…% — a binary float may round it to 98.13
        S001,
        PROPOSALS,
        TABLE,
        '项目资金情况，文史工作经费全年预算数50万元，执行数50万元，完成预算的100.0%。',
        '项目资金情况，党建工委工作经费项目全年预算数25万元，执行数是24.99万元，完成预算的100.0%。',
        // a rate with no numerator or denominator in reach is not paired
        '专项工作费预算完成率为99.63%，绩效目标完成情况良好。',
        // a breakdown item's share of the total
        '（三）部门整体收支情况\n本部门全年执行数714.07万元。\n按支出性质分，基本支出642.19万元，占89.93%；项目支出71.88万元，占10.07%。',
        // 1,000 元 of 2 万元 is 5%
        '（三）部门整体收支情况\n本部门全年预算数2万元，全年执行数1,000元，预算执行率5%。',
      ],
      invalid: [
        {
          text: S000.replace('82.1%', '85.1%'),
          errors: [
            {
              messageId: 'rateMismatch',
              severity: 'error',
              quote: '85.1%',
              relatedQuote: /2,760\.71万元\n3,363\.37万元/,
              evidence: { formula: '执行数 ÷ 调整后预算数', stated: '85.1', rounded: '82.1', expression: '2,760.71 ÷ 3,363.37 × 100% = 82.0817…%' },
            },
          ],
        },
        {
          // 25万元 next to 24.99万元 is 25.00: 99.0% is no rounding of 99.96%
          text: '项目资金情况，党建工委工作经费项目全年预算数25万元，执行数是24.99万元，完成预算的99.0%。',
          errors: [{ messageId: 'rateMismatch', severity: 'error', evidence: { rounded: '100.0' } }],
        },
        { text: S000.replace('82.1%', '82.0%'), errors: [{ messageId: 'rateRounding', severity: 'warning', evidence: { rounded: '82.1' } }] },
        {
          text: S001.replace('98.12%', '98.13%'),
          errors: [{ messageId: 'rateRounding', severity: 'warning', evidence: { denominatorKind: 'componentBudgets', rounded: '98.12' } }],
        },
        { text: S001.replace('97.45%', '95.45%'), errors: [{ messageId: 'rateMismatch', quote: '95.45%', evidence: { numerator: ['3085.13'], denominator: ['3165.79'] } }] },
        { text: PROPOSALS.replace('65.8%', '68.5%'), errors: [{ messageId: 'rateMismatch', evidence: { formula: '立案 ÷ 征集提案', rounded: '65.8' } }] },
        {
          text: TABLE.replace('98.61%', '96.61%'),
          errors: [{ messageId: 'rateMismatch', evidence: { denominatorKind: 'initialPlusAdjustment', expression: '2287.19 ÷ (2165.98 + 153.56) × 100% = 98.60533…%' } }],
        },
        { text: TABLE.replace('98.61%', '98.60%'), errors: [{ messageId: 'rateRounding', severity: 'warning' }] },
        { text: TABLE.replace('7.09%', '7.90%'), errors: [{ messageId: 'rateMismatch', evidence: { formula: '预算调整数 ÷ 年初预算数', rounded: '7.09' } }] },
        {
          // 2287.19 ÷ 2165.98 = 105.60%: computed on the initial budget
          text: TABLE.replace('98.61%', '105.60%'),
          errors: [{ messageId: 'rateOnInitialBudget', severity: 'warning', evidence: { rounded: '98.61' } }],
        },
        {
          text: '（三）部门整体收支情况\n本部门全年执行数714.07万元。\n按支出性质分，基本支出642.19万元，占89.39%；项目支出71.88万元，占10.07%。',
          errors: [{ messageId: 'rateMismatch', quote: '89.39%', evidence: { formula: '基本支出 ÷ 部门整体执行数', rounded: '89.93' } }],
        },
        {
          text: '区政协委员提交提案114件，经审查立案105件，其中民生提案72件，占70.6%。',
          errors: [{ messageId: 'rateMismatch', evidence: { numerator: ['72'], denominator: ['105'], rounded: '68.6' } }],
        },
      ],
    });
  });
});

describe('number/rate-mismatch: rates paired by position and wording', () => {
  it('checks a coverage rate after its two counts and a plan completion rate across sections, as warnings', async () => {
    await testRule(rateMismatch, {
      valid: [
        // 412 ÷ 515 = 80%
        '全镇共有自然村515个，已通自来水的412个，覆盖率80.00%。',
        // (plan in 年度工作, actual in 成效) 3,150 ÷ 3,000 = 105%
        '（二）年度总体工作和重点工作任务\n二是全年计划完成造林3,000亩。\n（四）主要工作成效\n全年实际完成造林3,150亩，造林计划完成率105.00%。',
        // three counts before the rate: which two make it is not guessed
        '全县学校86所、教学点12个、幼儿园40所，达标率95%。',
      ],
      invalid: [
        {
          text: '全镇共有自然村515个，已通自来水的412个，覆盖率82.00%。',
          errors: [{ messageId: 'rateMismatch', severity: 'warning', quote: '82.00%', evidence: { rounded: '80.00' } }],
        },
        {
          text: '（二）年度总体工作和重点工作任务\n二是全年计划完成造林3,000亩。\n（四）主要工作成效\n全年实际完成造林3,150亩，造林计划完成率101.50%。',
          errors: [{ messageId: 'rateMismatch', severity: 'warning', relatedQuote: /3,000亩/ }],
        },
        {
          // a project named at the head of its item: its own budget, execution and rate (an error)
          text: '（三）各重点任务项目支出完成情况分析\n（2）乡村道路养护经费：全年预算数180.00万元，执行数171.00万元，完成预算的96.00%。',
          errors: [{ messageId: 'rateMismatch', severity: 'error', quote: '96.00%', evidence: { rounded: '95.00' } }],
        },
      ],
    });
  });
});

describe('number/rate-mismatch: 分别 lists', () => {
  const BREAKDOWN = '（三）部门整体收支情况\n年度支出合计5,210.66万元，其中基本支出2,876.34万元，项目支出2,334.32万元，分别占支出合计的55.20%和44.80%。';
  const COUNTS = '全年受理投诉800件，其中立案500件、调解200件，分别占62.5%和25%。';
  it('pairs the i-th percentage after 分别 with the i-th figure before it, and guesses nothing for a list it cannot pair', async () => {
    await testRule(rateMismatch, {
      valid: [
        // not 55.20% of 项目支出, the figure right before it
        BREAKDOWN,
        COUNTS,
        // two percentages after three figures: which go together is not guessed
        '全年受理投诉800件，其中立案500件、调解200件、转办100件，分别占62.5%和25%。',
        // 分别为 and 分别增长 are no shares
        '全年受理投诉800件，立案500件，立案率和结案率分别为70%和90%。',
        '基本支出2,876.34万元，项目支出2,334.32万元，分别增长5%和8%。',
      ],
      invalid: [
        {
          text: BREAKDOWN.replace('44.80%', '45.80%'),
          errors: [{ messageId: 'rateMismatch', severity: 'error', quote: '45.80%', relatedQuote: /2,334\.32万元\n5,210\.66万元/, evidence: { rounded: '44.80' } }],
        },
        {
          text: BREAKDOWN.replace('55.20%', '56.20%'),
          errors: [{ messageId: 'rateMismatch', severity: 'error', quote: '56.20%', relatedQuote: /2,876\.34万元\n5,210\.66万元/, evidence: { rounded: '55.20' } }],
        },
        {
          text: COUNTS.replace('62.5%', '67.5%'),
          errors: [{ messageId: 'rateMismatch', quote: '67.5%', relatedQuote: /500件\n800件/, evidence: { rounded: '62.5' } }],
        },
      ],
    });
  });
});
