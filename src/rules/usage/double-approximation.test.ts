import { describe, it } from 'vitest';
import { testRule } from '../../check/rule-tester';
import { doubleApproximation } from './double-approximation';

describe('usage/double-approximation', () => {
  it('flags a number approximate at both ends', async () => {
    await testRule(doubleApproximation, {
      valid: ['征集文史资料稿件190余篇', '组织近百名政协委员参加协商', '约50人', '50人左右', '节约200余万元', '满意度95%以上'],
      invalid: [
        {
          text: '先后在中央、省市区等媒体刊物发表新闻信息和理论文章近200余篇（条）',
          errors: [{ messageId: 'doubleApproximation', severity: 'warning', quote: '近200余篇', evidence: { before: '近', after: '余', suggestions: ['200余篇', '近200篇'] } }],
        },
        { text: '参加人员约50人左右。', errors: [{ messageId: 'doubleApproximation', quote: '约50人左右', evidence: { suggestions: ['50人左右', '约50人'] } }] },
        { text: '完成核酸检测超过30万人次以上。', errors: [{ messageId: 'doubleApproximation', quote: '超过30万人次以上' }] },
      ],
    });
  });
});
