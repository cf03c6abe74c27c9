import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../../check/rule-tester';
import { againstReference } from './against-reference';

const LAST_YEAR = '三、存在的主要问题\n\n从预算执行及绩效管理的情况来看，我委2020年预算编制、执行及使用效益情况均达到了预期的绩效目标，立项科学，绩效目标明确。';

describe('duplicate/against-reference', () => {
  it('passes the valid and invalid cases', async () => {
    await testRule(againstReference, {
      valid: ['一、基本情况\n\n本单位今年重点推进信息化建设，完成了三个系统的升级改造。'],
      invalid: [
        {
          text: '三、存在的主要问题\n\n从预算执行及绩效管理的情况来看，我部门2020年预算编制、执行及使用效益情况均达到了预期的绩效目标，立项科学，绩效目标明确。',
          references: [{ file: '2020.txt', text: LAST_YEAR }],
          errors: [{ messageId: 'reused', relatedQuote: /^从预算执行及绩效管理的情况来看，我委/ }],
        },
        {
          // only the numbers changed: last year's text with new figures
          text: '二、成效\n\n全年共征集提案693件，经审查立案456件，立案率为65.8%，提案办理质量进一步提高，委员满意率达到100%。',
          references: [{ file: '2021.txt', text: '二、成效\n\n全年共征集提案512件，经审查立案401件，立案率为78.3%，提案办理质量进一步提高，委员满意率达到100%。' }],
          errors: [{ messageId: 'staleTemplate', evidence: { digitsDiffer: true } }],
        },
      ],
    });
  });

  it('names the reference file and quotes its passage', async () => {
    const [f] = await runRule(againstReference, '三、存在的主要问题\n\n从预算执行及绩效管理的情况来看，我部门2020年预算编制、执行及使用效益情况均达到了预期的绩效目标，立项科学，绩效目标明确。', {
      references: [{ file: '花都区直属机关工委.txt', text: LAST_YEAR }],
    });
    expect(f!.related[0]).toMatchObject({ file: '花都区直属机关工委.txt', path: ['三、存在的主要问题'] });
    expect(f!.message).toContain('花都区直属机关工委.txt');
  });

  it('does not call the standard way of stating figures a reuse', async () => {
    const found = await runRule(againstReference, '（三）收支\n\n支出按功能分类：一般公共服务支出2,022.35万元；教育支出：18.30万元；住房保障支出：200.51万元。', {
      references: [{ file: 'other.txt', text: '（三）收支\n\n支出按功能分类：一般公共服务支出523.39万元；教育支出：5.01万元；住房保障支出：43.22万元。' }],
    });
    expect(found).toEqual([]);
  });
});
