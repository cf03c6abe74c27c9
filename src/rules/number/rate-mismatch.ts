import { locate } from '../../check/locate';
import type { Rule } from '../../check/types';
import { markChecked, numberAnalysis } from './shared/analysis';
import { agreeRatio, show, showComputed } from '../../domain';
import { MEASURE_NAMES, subjectName } from './shared/figure-key';
import type { Mention } from './shared/mention';
import { rateRelations, sideValue, type RateRelation } from './shared/rates';

function rateName(r: RateRelation): string {
  if (r.name) return r.name;
  const k = r.rate.key;
  if (!k) return r.rate.q.label ?? '百分比';
  const subject = k.subject === '' || k.subject === '?' ? '' : subjectName(k.subject);
  return `${subject}${MEASURE_NAMES[k.measure]}`;
}

function sideText(ms: Mention[], op: 'sum' | 'difference'): string {
  const parts = ms.map((m) => m.q.numberText);
  if (parts.length === 1) return parts[0]!;
  return `(${parts.join(op === 'sum' ? ' + ' : ' − ')})`;
}

/** Decimals standing for "exact" (counts): half a unit there is below any stated precision. */
const EXACT_DECIMALS = 20;

/** number/rate-mismatch: a percentage against its numerator ÷ denominator, at the stated precision. */
export const rateMismatch: Rule = {
  meta: {
    id: 'number/rate-mismatch',
    family: 'number',
    description: '百分比与其分子、分母不符（预算执行率、预算调整率、立案率等计数比率、“其中……占”）',
    severity: 'error',
    messages: {
      rateMismatch: '{{rateName}} {{stated}}% 与计算值不符：{{formula}} = {{expression}}，按所写精度应为 {{rounded}}%。',
      rateRounding: '{{rateName}} {{stated}}% 与计算值 {{expression}} 相差在末位一个单位以内（四舍五入应为 {{rounded}}%）。',
      rateOnInitialBudget: '{{rateName}} {{stated}}% 是按年初预算数计算的（{{altExpression}}）；按调整后预算数计算应为 {{rounded}}%（{{expression}}）。',
      rateDefinition: '{{rateName}} {{stated}}% 与按年初预算数计算的 {{expression}}（{{rounded}}%）不符；文中未写调整后预算数，口径待核实。',
    },
    fixes: {
      rateMismatch: '按“{{formula}}”重新计算并写为 {{rounded}}%，或更正分子、分母中有误的数。',
      rateRounding: '按四舍五入写为 {{rounded}}%。',
      rateOnInitialBudget: '预算执行率应以调整后预算数为分母，写为 {{rounded}}%。',
      rateDefinition: '补充调整后预算数并据以计算执行率。',
    },
  },
  check(ctx, report) {
    const a = numberAnalysis(ctx);
    for (const r of rateRelations(a)) {
      const unitOf = r.den[0]!;
      const num = sideValue(r.num, r.numOp, unitOf);
      const den = sideValue(r.den, 'sum', unitOf);
      if (!num || !den || !den.value.gt(0)) continue;
      markChecked(ctx, a, r.rate, ...r.num, ...r.den);
      const q = r.rate.q;
      // Counts are exact; amounts are rounded to the finest precision written among them
      // (25万元 next to 24.99万元 is 25.00, not 25 ± 0.5).
      const counts = [...r.num, ...r.den].every((m) => m.q.kind === 'count');
      const finest = counts ? EXACT_DECIMALS : Math.max(num.decimals, den.decimals);
      const { agreement, computed } = agreeRatio(q.value, q.decimals, { ...num, decimals: finest }, { ...den, decimals: finest });
      if (agreement === 'match') continue;
      const rounded = show(computed, q.decimals);
      const expression = `${sideText(r.num, r.numOp)} ÷ ${sideText(r.den, 'sum')} × 100% = ${showComputed(computed, q.decimals)}%`;
      let messageId = agreement === 'rounding' ? 'rateRounding' : 'rateMismatch';
      let severity: 'error' | 'warning' = agreement === 'rounding' ? 'warning' : 'error';
      let altExpression = '';
      const related = [...r.num, ...r.den].map((m) => locate(ctx.doc, m.q.start, m.q.end));
      if (agreement === 'mismatch' && r.initial && r.denKind !== 'initialOnly') {
        const init = sideValue([r.initial], 'sum', unitOf);
        const alt = init && init.value.gt(0) ? agreeRatio(q.value, q.decimals, { ...num, decimals: finest }, { ...init, decimals: finest }) : null;
        if (alt && alt.agreement === 'match') {
          messageId = 'rateOnInitialBudget';
          severity = 'warning';
          altExpression = `${sideText(r.num, r.numOp)} ÷ ${r.initial.q.numberText} × 100% = ${showComputed(alt.computed, q.decimals)}%`;
          related.push(locate(ctx.doc, r.initial.q.start, r.initial.q.end));
        }
      }
      // paired by position or wording only: the pairing itself may be wrong
      if (r.inferred) severity = 'warning';
      if (messageId === 'rateMismatch' && r.denKind === 'initialOnly') {
        messageId = 'rateDefinition';
        severity = 'warning';
      }
      report({
        messageId,
        severity,
        start: q.start,
        end: q.end,
        related,
        data: { rateName: rateName(r), stated: q.numberText, formula: r.formula, expression, rounded, altExpression },
        evidence: {
          formula: r.formula,
          expression,
          stated: q.numberText,
          computed: showComputed(computed, q.decimals),
          rounded,
          numerator: r.num.map((m) => m.q.numberText),
          denominator: r.den.map((m) => m.q.numberText),
          denominatorKind: r.denKind,
        },
      });
    }
  },
};
