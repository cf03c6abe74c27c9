import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../../check/rule-tester';
import { restatement } from './restatement';

const HEAD = '（三）部门整体收支情况\n本部门2021年度全年预算数3,363.37万元，全年执行数2,760.71万元，完成全年预算的82.1%。\n支出按支出性质分类：基本支出：2,586.53万元；项目支出：174.18万元。\n';
const LATER = '二、综合评价分析\n（一）自评结论综述\n本部门全年执行数2,760.71万元，其中基本支出2,586.53万元，项目支出174.18万元。';

describe('number/restatement', () => {
  it('compares every restatement of a labelled figure', async () => {
    await testRule(restatement, {
      valid: [
        HEAD + LATER,
        // the same amount at a coarser precision, or in 元
        HEAD + '二、综合评价分析\n本部门全年执行数2,760.7万元。',
        HEAD + '二、综合评价分析\n本部门全年执行数27,607,100元。',
        // the same count stated twice
        '全年共征集提案693件，经审查立案456件。\n三、主要成效\n全年共征集提案693件，经审查立案456件。',
        // a bare 执行数 of a project is not the department's
        HEAD + '（三）项目支出情况\n项目资金情况，文史工作经费全年预算数50万元，执行数50万元。',
        // short generic labels are not grouped
        '组织10个行风监督组。\n组织12个调研组。',
        // one label after different activities is not one fact
        '组织专题视察12次，参与委员80人次。召开协商座谈会3场，参与委员40人次。',
        '组织专题视察12次，参与委员80人次。\n举办读书会5期，参与委员45人次。\n开展宣讲9场，参与委员60人次。',
        // another year's figures are not restatements of this year's
        '2021年部门整体支出绩效自评报告\n（三）部门整体收支情况\n本部门全年执行数2,760.71万元，较2020年执行数2,500.00万元增长10.4%，较上年预算数3,000.00万元有所减少。',
        '2021年部门整体支出绩效自评报告\n2021年征集提案693件。\n2020年征集提案600件。',
        // the 合计 of a table of projects is not the department's execution
        '（三）部门整体收支情况\n本部门全年执行数2,760.71万元。\n项目名称 预算数 执行数 执行率\n文史工作经费 50.00 50.00 100.00%\n合计 50.00 50.00 100.00%',
      ],
      invalid: [
        {
          text: HEAD + LATER.replace('全年执行数2,760.71', '全年执行数2,706.71'),
          errors: [{ messageId: 'restated', severity: 'error', quote: '2,706.71万元', relatedQuote: '2,760.71万元', evidence: { stated: '2,706.71', other: '2,760.71', by: 'key' } }],
        },
        {
          text: HEAD + '二、综合评价分析\n本部门全年执行数2,760.8万元。',
          errors: [{ messageId: 'restatedRounding', severity: 'warning' }],
        },
        {
          text: HEAD + LATER.replace('基本支出2,586.53万元，项目支出174.18万元', '基本支出174.18万元，项目支出2,586.53万元'),
          errors: [{ messageId: 'swapped', severity: 'error', quote: /^174\.18万元.*2,586\.53万元$/, evidence: { stated: ['174.18', '2,586.53'], earlier: ['2,586.53', '174.18'] } }],
        },
        {
          text: '全年共征集提案693件，经审查立案456件。\n三、主要成效\n全年共征集提案639件，经审查立案456件。',
          errors: [{ messageId: 'countRestated', severity: 'warning', quote: '639件', relatedQuote: '693件', evidence: { by: 'label' } }],
        },
        {
          text: '立案率为65.8%，符合要求。\n三、主要成效\n立案率为68.5%，符合要求。',
          errors: [{ messageId: 'countRestated', quote: '68.5%' }],
        },
      ],
    });
  });
});

describe('number/restatement: slips under similar words', () => {
  it('finds transposed digits, one changed digit and 万/千 slips, as warnings', async () => {
    await testRule(restatement, {
      valid: [
        // different things with similar digits
        '全年培训基层调解员1,340人次。\n三、主要成效\n全年走访企业1,430家。',
        // cumulative against annual
        '本年新建村级文化广场36个。\n三、主要成效\n累计建成村级文化广场63个。',
        // the same figure in 万 and in full
        '全年发放就业补贴资金4.56万元。\n三、主要成效\n全年发放就业补贴资金45,600元。',
      ],
      invalid: [
        {
          text: '年度工作：审核发放残疾人生活补贴2,374人。\n三、主要成效\n全年共为2,734名残疾人审核发放生活补贴。',
          errors: [{ messageId: 'slipRestated', severity: 'warning', quote: '2,734名', relatedQuote: '2,374人', evidence: { slip: 'transposed' } }],
        },
        {
          text: '一是完成农村公路养护里程5.36万公里。\n三、主要成效\n养护农村公路5,360公里，路况明显改善。',
          errors: [{ messageId: 'slipRestated', severity: 'warning', quote: '5,360公里', evidence: { slip: 'magnitude' } }],
        },
        {
          text: '一是在全镇建成标准化便民服务站147个。\n三、主要成效\n全镇141个标准化便民服务站全部投入使用。',
          errors: [{ messageId: 'slipRestated', quote: '141个', evidence: { slip: 'digit' } }],
        },
      ],
    });
  });
});

describe('number/restatement: a 自评表 row’s actual and the running text', () => {
  const table = (actual: string) => `三、绩效指标完成情况\n一级指标 二级指标 三级指标 指标值 实际完成值\n产出指标 数量指标 发放困难群众救助金户数 ≥1,200户 ${actual}`;
  const found = async (text: string) => (await runRule(restatement, text)).map((f) => `${f.messageId}/${f.severity}: ${f.quote}`);

  it('warns when the text gives the indicator another actual', async () => {
    expect(await found(`二、主要成效\n年内为困难群众发放救助金1,286户。\n${table('1,286户')}`)).toEqual([]);
    expect(await found(`二、主要成效\n年内为困难群众发放救助金1,268户。\n${table('1,286户')}`)).toEqual(['tableRowRestated/warning: 1,268户']);
  });

  it('takes neither the target nor an unrelated figure for the actual', async () => {
    // the target restated
    expect(await found(`二、主要成效\n计划发放救助金1,200户，已全部完成。\n${table('1,286户')}`)).toEqual([]);
    // other words
    expect(await found(`二、主要成效\n新建村级文化广场1,150个。\n${table('1,286户')}`)).toEqual([]);
  });
});
