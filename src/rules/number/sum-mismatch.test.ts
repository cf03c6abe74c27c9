import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../../check/rule-tester';
import { rateMismatch } from './rate-mismatch';
import { sumMismatch } from './sum-mismatch';

const HEAD = '（三）部门整体收支情况\n本部门2021年度全年预算数3,363.37万元，全年执行数2,760.71万元，完成全年预算的82.1%。\n';
const FUNCTIONS = '支出按功能分类：一般公共服务支出2,022.35万元；教育支出：18.30万元；社会保障和就业支出：500.93万元；卫生健康支出：18.62万元；住房保障支出：200.51万元。\n';
const NATURE = '支出按支出性质分类：基本支出：2,586.53万元；项目支出：174.18万元。\n';

const TABLE = [
  '单位：万元',
  '资金来源 整体支出年初预算数 整体支出预算调整数 整体年度实际支出数 预算完成率 预算调整率',
  '合计 2165.98 153.56 2287.19 98.61% 7.09%',
  '一般公共预算 2165.98 153.56 2287.19 98.61% 7.09%',
].join('\n');

describe('number/sum-mismatch', () => {
  it('passes consistent totals and flags the ones that do not add up', async () => {
    await testRule(sumMismatch, {
      valid: [
        HEAD + FUNCTIONS + NATURE,
        // 001: 基本 + 项目 after 其中, with budgets and executions interleaved
        '（三）部门整体收支情况\n2022年，我会整体收入14590.86万元，支出14590.86万元，预算执行率98.12%。其中，基本支出预算数11703.88万元，执行数11505.73万元，预算执行率98.31%；项目支出预算数3165.79万元，执行数3085.13万元，预算执行率97.45%。',
        // a partial 其中 list below its total is normal
        '十六届一次会议期间征集提案124件，其中重点提案8件。',
        '全年共征集提案693件，其中委员提案456件、界别提案120件。',
        // categories listed without saying they are the 功能分类 breakdown are not paired
        '（三）部门整体收支情况\n全年执行数2,760.71万元。主要用于一般公共服务支出2,022.35万元；教育支出18.30万元。',
        TABLE,
      ],
      invalid: [
        {
          text: HEAD + FUNCTIONS.replace('18.30', '28.30'),
          errors: [
            {
              messageId: 'sumMismatch',
              severity: 'error',
              quote: /^2,022\.35万元.*200\.51万元$/,
              relatedQuote: '2,760.71万元',
              evidence: {
                relation: 'byFunction',
                expression: '2,022.35 + 28.30 + 500.93 + 18.62 + 200.51 = 2,770.71',
                stated: '2,760.71',
                computed: '2,770.71',
                difference: '10.00',
              },
            },
          ],
        },
        {
          // seed 002: the items sum to 714.08, the total is 714.07 — rounding level
          text: '（三）部门整体收支情况\n本部门2021年预算数890.33万元，执行数714.07万元，完成预算的80.2%。\n支出按功能分类：一般公共服务支出523.39万元；社会保障和就业支出142.46万元；卫生健康支出5.01万元；住房保障支出43.22万元。',
          errors: [{ messageId: 'sumRounding', severity: 'warning', relatedQuote: '714.07万元', evidence: { stated: '714.07', computed: '714.08', difference: '0.01' } }],
        },
        {
          text: HEAD + NATURE.replace('174.18', '147.18'),
          errors: [{ messageId: 'sumMismatch', severity: 'error', evidence: { relation: 'byNature', expression: '2,586.53 + 147.18 = 2,733.71' } }],
        },
        {
          text: HEAD.replace('2,760.71万元，', '2,760.17万元，') + FUNCTIONS + NATURE,
          errors: [
            { messageId: 'sumMismatch', relatedQuote: '2,760.17万元', evidence: { relation: 'byFunction', stated: '2,760.17' } },
            { messageId: 'sumMismatch', relatedQuote: '2,760.17万元', evidence: { relation: 'byNature', stated: '2,760.17' } },
          ],
        },
        {
          // 其中: one part alone exceeds the whole
          text: '十六届一次会议期间征集提案124件，其中重点提案128件。',
          errors: [{ messageId: 'partsExceedTotal', severity: 'error', quote: '128件', relatedQuote: '124件' }],
        },
        {
          // 其中 with several parts that may overlap: only a warning
          text: '共培训党员干部120人，其中处级干部30人，科级干部95人。',
          errors: [{ messageId: 'partsExceedTotal', severity: 'warning', evidence: { expression: '30 + 95 = 125' } }],
        },
        {
          // a complete 其中 list (ending in 其他) must add up
          text: '全年共办理提案120件，其中经济类50件、社会类40件、其他类20件。',
          errors: [{ messageId: 'sumMismatch', evidence: { relation: 'qizhong', expression: '50 + 40 + 20 = 110', stated: '120' } }],
        },
        {
          text: TABLE.replace('合计 2165.98 153.56 2287.19', '合计 2165.98 153.56 2387.19'),
          errors: [{ messageId: 'sumMismatch', quote: '2287.19', relatedQuote: '2387.19', evidence: { relation: 'table', stated: '2387.19', computed: '2287.19' } }],
        },
      ],
    });
  });
});

describe('number/sum-mismatch: a table whose 合计 row is at the bottom', () => {
  it('quotes the rows in document order and names the total without internal keys', async () => {
    const rows = ['（三）各重点任务项目支出完成情况分析', '单位：万元', '项目名称 预算数 执行数 执行率', '河道保洁经费 120.00 118.00 98.33%', '水质监测经费 80.00 76.00 95.00%', '合计 200.00 194.00 97.00%'];
    await testRule(sumMismatch, {
      valid: [rows.join('\n')],
      invalid: [
        {
          text: rows.join('\n').replace('合计 200.00 194.00', '合计 200.00 196.00'),
          errors: [
            {
              messageId: 'sumMismatch',
              quote: /^118\.00 98\.33%\n水质监测经费 80\.00 76\.00$/,
              relatedQuote: '196.00',
              evidence: { relation: 'table', expression: '118.00 + 76.00 = 194.00', stated: '196.00' },
            },
          ],
        },
      ],
    });
    const found = await runRule(sumMismatch, rows.join('\n').replace('合计 200.00 194.00', '合计 200.00 190.00'));
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.start).toBeLessThan(f.end);
    expect(f.quote.length).toBeGreaterThan(0);
    expect(f.evidence.expression).toBe('118.00 + 76.00 = 194.00');
    expect(f.message).not.toMatch(/#\d|row:|project:|byFunction/);
    expect(f.message).toContain('合计行');
    // the 合计 row's rate: named as the table's total row, never by an internal key (合计#7)
    const rate = await runRule(rateMismatch, rows.join('\n').replace('194.00 97.00%', '194.00 99.00%'));
    expect(rate.map((x) => x.messageId)).toEqual(['rateMismatch']);
    expect(rate[0]!.message).not.toMatch(/#\d|row:/);
    expect(rate[0]!.message).toContain('表格合计行');
  });
});

describe('number/sum-mismatch: count lists', () => {
  it('checks 分别为, 包括 with the unit at the end, and a 合计 after the list', async () => {
    await testRule(sumMismatch, {
      valid: [
        '全年共开展入户走访320次，城区、近郊、山区分别为150次、110次、60次。',
        '今年共举办读书活动30场，包括：亲子共读11、名家讲坛9、诗词沙龙10场。',
        '救助对象：孤儿36人、事实无人抚养儿童52人、残疾儿童17人，合计105人。',
      ],
      invalid: [
        {
          text: '全年共开展入户走访320次，城区、近郊、山区分别为150次、110次、50次。',
          errors: [{ messageId: 'sumMismatch', severity: 'error', quote: '150次、110次、50次', relatedQuote: '320次' }],
        },
        {
          text: '今年共举办读书活动30场，包括：亲子共读11、名家讲坛9、诗词沙龙13场。',
          errors: [{ messageId: 'partsExceedTotal', severity: 'warning', evidence: { expression: '11 + 9 + 13 = 33' } }],
        },
        {
          text: '救助对象：孤儿36人、事实无人抚养儿童52人、残疾儿童17人，合计115人。',
          errors: [{ messageId: 'sumMismatch', severity: 'error', relatedQuote: '115人', evidence: { relation: 'list', computed: '105' } }],
        },
      ],
    });
  });

  const ECONOMIC = '支出按经济分类：工资福利支出3,218.45万元，商品和服务支出1,120.30万元，对个人和家庭的补助86.25万元，合计4,425.00万元。';
  it('checks labelled figures joined by commas before 合计, and never takes a whole, a change or the 合计 itself for a part', async () => {
    await testRule(sumMismatch, {
      valid: [
        ECONOMIC,
        '本年收入500万元，上年结转100万元，合计600万元。',
        // the whole before 其中 is no part; the 合计 after a 其中-list is the whole again
        '部门支出500万元，其中市级资金300万元，县级资金200万元，合计500万元。',
        '全年举办培训班12期，其中线上5期，线下7期，合计12期。',
        // a change (较上年增加) is no part: the list is not taken as one
        '市级资金120万元，较上年增加20万元，县级配套80万元，合计200万元。',
      ],
      invalid: [
        {
          text: ECONOMIC.replace('86.25万元', '96.25万元'),
          errors: [{ messageId: 'sumMismatch', severity: 'error', relatedQuote: '4,425.00万元', evidence: { relation: 'list', computed: '4,435.00' } }],
        },
        {
          text: '部门支出500万元，其中市级资金300万元，县级资金220万元，合计500万元。',
          errors: [{ messageId: 'sumMismatch', severity: 'error', evidence: { computed: '520' } }],
        },
      ],
    });
  });
});

describe('number/sum-mismatch: lines of 基本支出 and 项目支出, wholes before 中, categories after a comma', () => {
  const found = async (text: string) => (await runRule(sumMismatch, text)).map((f) => `${f.messageId}/${f.severity}`);

  it('adds 人员经费 and 公用经费 to the 基本支出 they split', async () => {
    expect(await found('本年度基本支出856.40万元，其中人员经费702.15万元，公用经费154.25万元。')).toEqual([]);
    expect(await found('本年度基本支出856.40万元，其中人员经费702.15万元，公用经费145.25万元。')).toEqual(['sumMismatch/error']);
    // the whole stated before 中
    expect(await found('全年基本支出856.40万元中，工资福利支出702.15万元，日常公用支出145.25万元。')).toEqual(['sumMismatch/error']);
  });

  it('adds the projects a 项目支出 is all used for', async () => {
    const text = (x: string) => `项目支出96.50万元，全部用于以下两个项目：老年食堂运营补助60.00万元，社区养老驿站建设项目${x}万元。`;
    expect(await found(text('36.50'))).toEqual([]);
    expect(await found(text('63.50'))).toEqual(['sumMismatch/error']);
    // without 全部 the projects may be only some of it: nothing below the total is reported
    expect(await found('项目支出96.50万元，主要用于：老年食堂运营补助60.00万元，社区养老驿站建设项目20.00万元。')).toEqual([]);
  });

  it('takes three categories under a count for its partition (within a fifth of the whole)', async () => {
    expect(await found('辖区共有卫生机构58个，其中乡镇卫生院12个，村卫生室40个，社区卫生服务站6个。')).toEqual([]);
    expect(await found('辖区共有卫生机构58个，其中乡镇卫生院12个，村卫生室34个，社区卫生服务站6个。')).toEqual(['sumMismatch/warning']);
    // 初级中学 is a kind of school, not an attribute cutting across the whole
    expect(await found('全县共有学校40所，其中小学22所，初级中学10所，高级中学6所。')).toEqual(['sumMismatch/warning']);
    // half of the whole listed: a selection, not a slip
    expect(await found('辖区共有卫生机构58个，其中乡镇卫生院12个，村卫生室12个，社区卫生服务站6个。')).toEqual([]);
  });

  it('closes a 、-list with the rest named after a comma', async () => {
    expect(await found('项目支出500.00万元，其中：A经费200.00万元、B经费150.00万元，其余150.00万元为零星项目。')).toEqual([]);
    expect(await found('项目支出500.00万元，其中：A经费200.00万元、B经费150.00万元，其余105.00万元为零星项目。')).toEqual(['sumMismatch/error']);
  });
});

describe('number/sum-mismatch: a selection is not a partition', () => {
  it('leaves 主要用于 lists below their total alone', async () => {
    const found = async (text: string) => (await runRule(sumMismatch, text)).map((f) => `${f.messageId}/${f.severity}`);
    expect(await found('项目支出100.00万元，主要用于：设备购置40.00万元、场地租赁25.00万元、宣传印刷20.00万元。')).toEqual([]);
    expect(await found('项目支出100.00万元，用于：设备购置40.00万元、场地租赁25.00万元、宣传印刷20.00万元。')).toEqual(['sumMismatch/warning']);
  });
});

describe('number/sum-mismatch: a count before 中', () => {
  it('takes the count right before 中 for the whole', async () => {
    const found = async (text: string) => (await runRule(sumMismatch, text)).map((f) => `${f.messageId}/${f.severity}`);
    expect(await found('本年度办理的312件信访事项中，来信96件，来访150件，网上信访66件。')).toEqual([]);
    expect(await found('本年度办理的312件信访事项中，来信96件，来访105件，网上信访66件。')).toEqual(['sumMismatch/warning']);
    // 中 not right after the number: no whole
    expect(await found('在312件信访事项的办理过程中，来信96件，来访105件。')).toEqual([]);
  });
});
