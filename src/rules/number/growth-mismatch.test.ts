import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../../check/rule-tester';
import { growthMismatch } from './growth-mismatch';

const REPORT_2022 = '某区卫生健康局2022年度部门整体支出绩效自评报告\n二、部门整体支出情况\n';

describe('number/growth-mismatch', () => {
  it('recomputes growth and decline from the two stated values, half up at the stated precision', async () => {
    await testRule(growthMismatch, {
      valid: [
        // (1,150 − 1,000) ÷ 1,000 = 15%
        '全年办理公证事项1,150件，比上年的1,000件增长15.00%。',
        // (88.2 − 90) ÷ 90 = −2%
        '本年度会议费支出88.2万元，较上年90万元下降2.0%。',
        // an exact tie: (10.06365 − 10) ÷ 10 → 0.6365% → 0.64% (half up)
        '年末实有林地10.06365万亩，较上年10万亩增长0.64%。',
        // the previous value in parentheses after the rate
        '全年服务群众23.1万人次，同比增长5.00%（上年为22万人次）。',
        // the subject named before 较上年, its value in the sentence before
        '日常公用经费45.00万元。日常公用经费较上年的50.00万元下降10.00%，主要是压减会议费。',
        // percentage points are not a growth rate
        '群众满意度96.5%，较上年的94.7%提高1.8个百分点。',
        // no previous value stated: nothing to check
        '全年接待来访群众3,200人次，同比增长8.5%。',
        // last year's value in its own clause; counts in 起
        '本年度公务接待费支出12.60万元，上年为14.00万元，同比下降10.00%。',
        '全年发生道路交通事故45起，较上年的50起下降10.0%。',
        // last year's value in the sentence before
        '上年度共举办公益讲座80场。本年度举办92场，同比增长15.0%。',
        // the number after 比上年减少 is the change, not last year's value (142.3 − 13.7 = 128.6; 13.7 ÷ 142.3 = 9.6%)
        '“三公”经费支出128.6万元，比上年减少13.7万元，下降9.6%。',
        '全年培训农民1,320人次，较上年增加120人次，增长10.0%。',
        // last year written out: (1,236.8 − 1,150.4) ÷ 1,150.4 = 7.51%
        `${REPORT_2022}全年实际支出1,236.8万元，比2021年的1,150.4万元增长7.5%。`,
        // another year than the one before the report's is no 上年 (its growth is not recomputed)
        `${REPORT_2022}全年实际支出1,236.8万元，比2019年的1,150.4万元增长9.5%。`,
      ],
      invalid: [
        {
          text: `${REPORT_2022}全年实际支出1,236.8万元，比2021年的1,150.4万元增长8.5%。`,
          errors: [{ messageId: 'growthMismatch', severity: 'error', quote: '8.5%', relatedQuote: /1,236\.8万元\n1,150\.4万元/ }],
        },
        {
          text: '全年办理公证事项1,150件，比上年的1,000件增长12.00%。',
          errors: [{ messageId: 'growthMismatch', severity: 'error', quote: '12.00%', relatedQuote: /1,150件\n1,000件/, evidence: { rounded: '15.00' } }],
        },
        {
          text: '本年度会议费支出88.2万元，较上年90万元增长2.0%。',
          errors: [{ messageId: 'growthDirection', severity: 'error', quote: '2.0%' }],
        },
        {
          text: '本年度公务接待费支出12.60万元，上年为14.00万元，同比下降12.00%。',
          errors: [{ messageId: 'growthMismatch', severity: 'error', evidence: { rounded: '10.00' } }],
        },
        {
          text: '上年度共举办公益讲座80场。本年度举办92场，同比增长18.0%。',
          errors: [{ messageId: 'growthMismatch', severity: 'warning', relatedQuote: /92场\n80场/ }],
        },
        {
          // the current value only in the sentence before: a warning
          text: '日常公用经费45.00万元。日常公用经费较上年的50.00万元下降12.00%，主要是压减会议费。',
          errors: [{ messageId: 'growthMismatch', severity: 'warning', evidence: { rounded: '10.00' } }],
        },
      ],
    });
  });
});

describe('number/growth-mismatch: 由X增至Y, then the rate', () => {
  const found = async (text: string) => (await runRule(growthMismatch, text)).map((f) => `${f.messageId}/${f.severity}: ${f.quote}`);

  it('checks the rate against the figure from and the figure to', async () => {
    // (1,150 − 920) ÷ 920 = 25%
    expect(await found('门诊接诊人次由上年的920人次提高到1,150人次，增幅25.00%。')).toEqual([]);
    expect(await found('门诊接诊人次由上年的920人次提高到1,150人次，增幅25.50%。')).toEqual(['growthMismatch/error: 25.50%']);
    expect(await found('对比2022年，签约家庭医生由4,800户增长至5,760户，提高20.0%。')).toEqual([]);
    expect(await found('对比2022年，签约家庭医生由4,800户增长至5,760户，提高12.0%。')).toEqual(['growthMismatch/error: 12.0%']);
  });

  it('reads a decline and its direction', async () => {
    // (150 − 200) ÷ 200 = −25%
    expect(await found('安全生产事故由200起降至150起，降幅为25%。')).toEqual([]);
    expect(await found('安全生产事故由200起降至150起，增幅为25%。')).toEqual(['growthDirection/error: 25%']);
  });

  it('leaves an average annual rate alone', async () => {
    expect(await found('五年来，参保人数由1,000人增加到1,610人，年均增长10%。')).toEqual([]);
  });
});

describe('number/growth-mismatch: 从X…到Y', () => {
  it('reads 从 as 由', async () => {
    const found = async (text: string) => (await runRule(growthMismatch, text)).map((f) => `${f.messageId}/${f.severity}`);
    expect(await found('全年接待游客从上年的8.0万人次增长到9.2万人次，增长15.0%。')).toEqual([]);
    expect(await found('全年接待游客从上年的8.0万人次增长到9.2万人次，增长18.0%。')).toEqual(['growthMismatch/error']);
  });
});
