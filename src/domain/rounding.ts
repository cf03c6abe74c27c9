/**
 * Comparing a stated number with an exact computed one at the stated precision.
 * match: equal after rounding half up to the stated decimals; rounding: off by
 * at most one unit in the last stated digit, or by no more than the rounding of
 * the inputs can explain; mismatch: anything else.
 */
import type Decimal from 'decimal.js';
import { exact, roundHalfUp, ulp } from './decimal';

export type Agreement = 'match' | 'rounding' | 'mismatch';

/**
 * Stated value (written with `decimals` decimals) against an exact computed value.
 * `slack` is the largest error the rounding of the inputs can cause (0 when exact).
 */
export function agree(stated: Decimal, decimals: number, computed: Decimal, slack: Decimal.Value = 0): Agreement {
  const s = exact(stated);
  const c = exact(computed);
  if (roundHalfUp(c, decimals).eq(s)) return 'match';
  const diff = c.minus(s).abs();
  if (diff.lte(ulp(decimals)) || diff.lte(ulp(decimals).div(2).plus(exact(slack)))) return 'rounding';
  return 'mismatch';
}

/** Half a unit in the last place of a number written with `decimals` decimals: its rounding error. */
export function halfUlp(decimals: number): Decimal {
  return ulp(decimals).div(2);
}

/**
 * A stated percentage against numerator ÷ denominator × 100. Rounding level when the
 * percentage lies within what rounded inputs (± half a unit each) could give.
 */
export function agreeRatio(stated: Decimal, decimals: number, num: { value: Decimal; decimals: number }, den: { value: Decimal; decimals: number }): { agreement: Agreement; computed: Decimal } {
  const n = exact(num.value);
  const d = exact(den.value);
  const computed = n.div(d).times(100);
  const first = agree(stated, decimals, computed);
  if (first !== 'mismatch') return { agreement: first, computed };
  const dn = halfUlp(num.decimals);
  const dd = halfUlp(den.decimals);
  if (d.minus(dd).lte(0)) return { agreement: 'mismatch', computed };
  const low = n.minus(dn).div(d.plus(dd)).times(100).minus(halfUlp(decimals));
  const high = n.plus(dn).div(d.minus(dd)).times(100).plus(halfUlp(decimals));
  const s = exact(stated);
  return { agreement: s.gte(low) && s.lte(high) ? 'rounding' : 'mismatch', computed };
}

/**
 * The same quantity stated twice. Same precision and different digits is a mismatch
 * (one of them is mistyped). At different precisions each stated value stands for an
 * interval (± half a unit in its last place); they agree when the intervals meet
 * (91.0% and 91.05% can both round the same 91.0496…%). Off by one unit of the coarser
 * precision beyond that is rounding level.
 */
export function agreeRestated(a: { value: Decimal; decimals: number }, b: { value: Decimal; decimals: number }): Agreement {
  const x = exact(a.value);
  const y = exact(b.value);
  if (x.eq(y)) return 'match';
  if (a.decimals === b.decimals) return 'mismatch';
  const diff = x.minus(y).abs();
  if (diff.lte(halfUlp(a.decimals).plus(halfUlp(b.decimals)))) return 'match';
  const coarse = Math.min(a.decimals, b.decimals);
  return diff.lte(ulp(coarse).plus(halfUlp(Math.max(a.decimals, b.decimals)))) ? 'rounding' : 'mismatch';
}
