import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../../check/rule-tester';
import { withinReport } from './within-report';

const P1 = '紧扣区委、区政府中心工作，充分发挥政协人才荟萃、智力密集的优势。聚焦推动数字政府建设，就打造掌上办事开展常委会协商议政，助推政府部门提高一站式服务能力。';
const COPY = '聚焦推动数字政府建设，就打造掌上办事开展常委会协商议政，助推政府部门提高一站式服务能力。';

describe('duplicate/within-report', () => {
  it('passes the valid and invalid cases', async () => {
    await testRule(withinReport, {
      valid: [
        // headings and set phrases repeat legitimately
        '一、基本情况\n\n本部门坚持以习近平新时代中国特色社会主义思想为指导。\n\n二、基本情况\n\n全年坚持以习近平新时代中国特色社会主义思想为指导，增强四个意识。',
        // a numbered duty list sharing its opening phrase
        '(1)负责政协广州市委员会全体会议、常务委员会会议的会务工作。\n\n(2)负责政协广州市委员会全体会议、常务委员会会议的决议和决定的具体组织实施工作。',
        // table rows repeating the same numbers
        '合计 2165.98 153.56 2287.19 98.61% 7.09%\n一般公共预算 2165.98 153.56 2287.19 98.61% 7.09%',
      ],
      invalid: [
        {
          // a copied sentence inside an otherwise different paragraph
          text: `（二）年度工作\n\n${P1}\n\n（四）主要成效\n\n围绕重点议题务实资政。${COPY}组织委员开展调研。`,
          errors: [{ messageId: 'repeated', quote: COPY, relatedQuote: COPY, evidence: { kind: 'exact' } }],
        },
        {
          // near copy with a prefix added
          text: '始终把加强自身建设、提升能力素质、激发内生动力作为重要抓手，为政协科学高效履职提供有力支撑。\n\n5.固本强基\n\n我们始终把加强自身建设、提升能力素质、激发内生动力作为重要抓手，为政协科学高效履职提供有力支撑。',
          errors: [{ messageId: 'repeatedNear', quote: /^我们始终把加强自身建设/, evidence: { kind: 'near' } }],
        },
      ],
    });
  });

  it('reports a passage found three times once, with the other two places', async () => {
    const s = '打造机关党建品牌，4个作品、团队和个人分别获得省市比赛12个奖项，我委荣获先进集体称号。';
    const found = await runRule(withinReport, `一、甲\n\n${s}\n\n二、乙\n\n另外，${s}\n\n三、丙\n\n同时，${s}`);
    expect(found).toHaveLength(1);
    expect(found[0]!.messageId).toBe('repeatedMany');
    expect(found[0]!.related.map((r) => r.path)).toEqual([['一、甲'], ['二、乙']]);
    expect(found[0]!.path).toEqual(['三、丙']);
  });
});
