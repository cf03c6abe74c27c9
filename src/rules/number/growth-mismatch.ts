import { locate } from '../../check/locate';
import type { Rule } from '../../check/types';
import { markChecked, numberAnalysis } from './shared/analysis';
import { agreeRatio, exact, show, showComputed } from '../../domain';
import { growthRelations } from './shared/growth';
import { valueIn } from './shared/restated';

/** Counts are exact: half a unit there is below any stated precision. */
const EXACT_DECIMALS = 20;

/** number/growth-mismatch: 较上年Y增长P% against the two stated values, at the stated precision. */
export const growthMismatch: Rule = {
  meta: {
    id: 'number/growth-mismatch',
    family: 'number',
    description: '增长率、下降率与文中的本年数、上年数不符（较上年…增长/下降 P%）',
    severity: 'error',
    messages: {
      growthMismatch: '{{verb}} {{stated}}% 与本年数 {{current}}、上年数 {{previous}} 不符：{{expression}}，按所写精度应为{{verbShould}} {{rounded}}%。',
      growthDirection: '文中写{{verb}} {{stated}}%，但本年数 {{current}} 与上年数 {{previous}} 相比是{{actualVerb}}（{{expression}}）。',
    },
    fixes: {
      growthMismatch: '按“(本年数 − 上年数) ÷ 上年数”重新计算并写为 {{rounded}}%，或更正本年数、上年数中有误的数。',
      growthDirection: '核对本年数与上年数，按实际写“增长”或“下降”。',
    },
  },
  check(ctx, report) {
    const a = numberAnalysis(ctx);
    for (const g of growthRelations(a)) {
      const power = Math.max(g.current.scale?.power ?? 0, g.previous.scale?.power ?? 0);
      const cur = valueIn(g.current, power);
      const prev = valueIn(g.previous, power);
      const counts = g.current.q.kind === 'count' && g.current.q.decimals === 0 && g.previous.q.decimals === 0 && power === 0;
      const finest = counts ? EXACT_DECIMALS : Math.max(cur.decimals, prev.decimals);
      const diff = exact(cur.value).minus(exact(prev.value));
      const q = g.rate.q;
      markChecked(ctx, a, g.rate, g.current, g.previous);
      const up = diff.gt(0);
      const verb = g.direction === 'up' ? '增长' : '下降';
      const related = [locate(ctx.doc, g.current.q.start, g.current.q.end), locate(ctx.doc, g.previous.q.start, g.previous.q.end)];
      const { agreement, computed } = agreeRatio(q.value, q.decimals, { value: diff.abs(), decimals: finest }, { value: prev.value, decimals: finest });
      const expression = `(${g.current.q.numberText} − ${g.previous.q.numberText}) ÷ ${g.previous.q.numberText} × 100% = ${up || diff.isZero() ? '' : '−'}${showComputed(computed, q.decimals)}%`;
      const base = { verb, stated: q.numberText, current: g.current.q.raw, previous: g.previous.q.raw, expression };
      const severity = g.nearby ? 'warning' : 'error';
      if (!diff.isZero() && up !== (g.direction === 'up')) {
        report({
          messageId: 'growthDirection',
          severity,
          start: q.start,
          end: q.end,
          related,
          data: { ...base, actualVerb: up ? '增长' : '下降' },
          evidence: { ...base, direction: g.direction },
        });
        continue;
      }
      // a rounding-level difference on a growth rate is not worth a note
      if (agreement !== 'mismatch') continue;
      const rounded = show(computed, q.decimals);
      report({
        messageId: 'growthMismatch',
        severity,
        start: q.start,
        end: q.end,
        related,
        data: { ...base, verbShould: verb, rounded },
        evidence: { ...base, computed: showComputed(computed, q.decimals), rounded, direction: g.direction },
      });
    }
  },
};
