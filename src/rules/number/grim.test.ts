import { describe, it } from 'vitest';
import { testRule } from '../../check/rule-tester';
import { grimRule } from './grim';

describe('number/grim', () => {
  it('flags a share of a whole count that no integer count gives', async () => {
    await testRule(grimRule, {
      valid: [
        // seed 000: 72 of 105 = 68.57% → 68.6%
        '区政协十届六次政协委员提交提案114件，经审查立案105件，其中事关医疗卫生、教育交通等民生提案占68.6%以上。',
        // out of 5,728 every one-decimal percentage is reachable: nothing to test
        '接待群众5728人，其中老年人占33.3%。',
        // no 其中…占: not paired
        '立案105件，满意率68.7%。',
      ],
      invalid: [
        {
          text: '经审查立案105件，其中事关民生的提案占68.7%。',
          errors: [
            {
              messageId: 'unreachablePercent',
              severity: 'warning',
              quote: '68.7%',
              relatedQuote: '105件',
              evidence: { whole: '105', lowK: 72, lowP: '68.6', highK: 73, highP: '69.5' },
            },
          ],
        },
        { text: '组织委员7人，其中党员占50%。', errors: [{ messageId: 'unreachablePercent', evidence: { lowP: '43', highP: '57' } }] },
      ],
    });
  });
});
