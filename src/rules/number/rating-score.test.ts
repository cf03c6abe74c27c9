import { describe, it } from 'vitest';
import { testRule } from '../../check/rule-tester';
import { ratingScore } from './rating-score';

describe('number/rating-score', () => {
  it('checks the rating band of the self-score', async () => {
    await testRule(ratingScore, {
      valid: [
        '2021年部门整体支出绩效自评91.82分，评级为优。',
        '自评得分为89.99分，评价等级为良。',
        '自评得分80分，等级为“良好”。',
        '自评得分59.5分，评级为差。',
        // no stated rating: nothing to compare
        '部门整体支出绩效完成情况良好，完成了既定的绩效目标，自评评分为98.1分。',
        // an award is not the rating
        '自评得分85分。我局被评为“优秀”单位，等级评定工作另行开展。',
      ],
      invalid: [
        {
          text: '2021年部门整体支出绩效自评85.82分，评级为优。',
          errors: [{ messageId: 'ratingMismatch', severity: 'error', quote: '85.82分', relatedQuote: '优', evidence: { statedRating: '优', expectedRating: '良' } }],
        },
        { text: '自评得分为90分，评级为良。', errors: [{ messageId: 'ratingMismatch', evidence: { expectedRating: '优' } }] },
        { text: '自评得分为79.99分，等级为良好。', errors: [{ messageId: 'ratingMismatch', evidence: { expectedRating: '中' } }] },
        { text: '部门整体支出绩效自评108分。', errors: [{ messageId: 'scoreOutOfRange', quote: '108分' }] },
      ],
    });
  });
});
