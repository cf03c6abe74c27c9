import { locate } from '../../check/locate';
import type { Rule } from '../../check/types';
import { markChecked, numberAnalysis } from './shared/analysis';
import { show } from '../../domain';
import { grim } from './shared/grim';
import { sharePattern } from './shared/rates';

/** number/grim: a percentage of a whole count that no integer count can produce (其中…占P%). */
export const grimRule: Rule = {
  meta: {
    id: 'number/grim',
    family: 'number',
    description: '百分比与总数不相容：总数为 N 时，没有任何整数个数能得到所写的百分比（GRIM 检验）',
    severity: 'warning',
    messages: {
      unreachablePercent: '{{stated}}% 不可能是 {{whole}} 个中的若干个所占比例：{{lowK}}/{{whole}} = {{lowP}}%，{{highK}}/{{whole}} = {{highP}}%。',
    },
    fixes: {
      unreachablePercent: '核对总数 {{whole}} 与百分比；按实际个数计算后写为 {{lowP}}% 或 {{highP}}%，或注明百分比的口径。',
    },
  },
  check(ctx, report) {
    const a = numberAnalysis(ctx);
    for (const r of a.mentions) {
      if (r.q.kind !== 'percent' || r.q.unit !== '%' || r.q.range || r.inTable) continue;
      const s = sharePattern(a, r);
      if (!s || s.part || s.whole.q.kind !== 'count' || !s.whole.q.value.isInteger()) continue;
      const n = s.whole.q.value.toNumber();
      const g = grim(r.q.value, r.q.decimals, n);
      if (!g.informative) continue;
      markChecked(ctx, a, r, s.whole);
      if (g.reachable) continue;
      const [low, high] = g.neighbours;
      if (!low || !high) continue;
      const data = {
        stated: r.q.numberText,
        whole: s.whole.q.numberText,
        lowK: low.k,
        highK: high.k,
        lowP: show(low.percent, r.q.decimals),
        highP: show(high.percent, r.q.decimals),
      };
      report({
        messageId: 'unreachablePercent',
        start: r.q.start,
        end: r.q.end,
        related: [locate(ctx.doc, s.whole.q.start, s.whole.q.end)],
        data,
        evidence: { ...data, expression: `${low.k} ÷ ${n} = ${data.lowP}%，${high.k} ÷ ${n} = ${data.highP}%` },
      });
    }
  },
};
