import { locate } from '../../check/locate';
import type { Rule } from '../../check/types';
import { numberAnalysis } from '../number/shared/analysis';
import type { Mention } from '../number/shared/mention';

/** Digits of the integer part as written (3,363.37 → 4). */
function integerDigits(m: Mention): number {
  const int = m.q.numberText.replace(/^[-−－]/, '').split(/[.．]/)[0] ?? '';
  return int.replace(/[,，﹐]/g, '').length;
}

/**
 * Amounts where a thousands separator is a style choice: four or more integer digits,
 * written in 元/万元 or in a table cell with decimals. Counts (1762条) are left alone: narrative
 * counts rarely take separators even where the money does.
 */
function candidate(m: Mention): boolean {
  if (!m.figure || m.q.chineseNumeral || m.q.range) return false;
  const money = m.q.kind === 'amount' || (m.q.kind === 'other' && m.q.decimals > 0);
  return money && integerDigits(m) >= 4;
}

/** usage/thousands-separator: 3,363.37 and 3363.37 in the same document. */
export const thousandsSeparator: Rule = {
  meta: {
    id: 'usage/thousands-separator',
    family: 'usage',
    description: '同一文档中千分位分隔符用法不统一（3,363.37 与 3363.37 并存）',
    severity: 'warning',
    messages: {
      inconsistentSeparator: '“{{number}}”{{how}}，而文中多数四位以上的金额{{majority}}（如“{{example}}”）。',
    },
    fixes: {
      inconsistentSeparator: '全文统一千分位写法，此处写为“{{suggestion}}”。',
    },
  },
  check(ctx, report) {
    const a = numberAnalysis(ctx);
    const cands = a.mentions.filter(candidate);
    const withSep = cands.filter((m) => m.q.separators);
    const without = cands.filter((m) => !m.q.separators);
    if (withSep.length === 0 || without.length === 0) return;
    // The minority style is the odd one out; on a tie, the style the document did not start with.
    const firstSep = cands[0]!.q.separators;
    const minorityIsSep = withSep.length < without.length || (withSep.length === without.length && !firstSep);
    const [minority, majority] = minorityIsSep ? [withSep, without] : [without, withSep];
    const example = majority[0]!;
    for (const m of minority) {
      const plain = m.q.numberText.replace(/[,，﹐]/g, '');
      const suggestion = minorityIsSep ? plain : plain.replace(/^(-?\d+)/, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
      report({
        messageId: 'inconsistentSeparator',
        start: m.q.start,
        end: m.q.end,
        related: [locate(ctx.doc, example.q.start, example.q.end)],
        data: {
          number: m.q.numberText,
          how: minorityIsSep ? '用了千分位逗号' : '未用千分位逗号',
          majority: minorityIsSep ? '不用千分位逗号' : '用千分位逗号',
          example: example.q.numberText,
          suggestion,
        },
        evidence: { withSeparators: withSep.length, withoutSeparators: without.length, suggestion },
      });
    }
  },
};
