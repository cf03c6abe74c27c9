import { locate } from '../../check/locate';
import type { Rule } from '../../check/types';
import { derive, markChecked, numberAnalysis } from './shared/analysis';
import { shortOfTarget } from '../../domain';
import { indicatorPairs } from './shared/indicators';

/** number/indicator-shortfall: an indicator's actual value below its target in a 自评表. */
export const indicatorShortfall: Rule = {
  meta: {
    id: 'number/indicator-shortfall',
    family: 'number',
    description: '自评表中绩效指标的实际完成值未达到年度目标值',
    severity: 'warning',
    messages: {
      shortfall: '指标“{{name}}”的实际完成值 {{actual}} 未达到目标值 {{target}}。',
    },
    fixes: {
      shortfall: '核对实际完成值；确未完成的，应在“存在的问题”中说明原因，自评结论不宜写“全面完成”，相应指标也应扣分。',
    },
  },
  check(ctx, report) {
    const a = numberAnalysis(ctx);
    for (const p of derive(a, 'indicatorPairs', indicatorPairs)) {
      const name = p.names[0] ?? '';
      const short = shortOfTarget(p.names.join(' '), p.target.q, p.actual.q, p.targetText);
      if (short === null) continue;
      markChecked(ctx, a, p.target, p.actual);
      if (!short) continue;
      const data = { name: name || '（未写名称）', target: p.target.q.raw, actual: p.actual.q.raw };
      report({
        messageId: 'shortfall',
        start: p.actual.q.start,
        end: p.actual.q.end,
        related: [locate(ctx.doc, p.target.q.start, p.target.q.end)],
        data,
        evidence: { ...data, names: p.names },
      });
    }
  },
};
