/** Thresholds of the self-evaluation, in percent: one place for the 90% execution rule and its neighbours. */
import type Decimal from 'decimal.js';
import { exact } from './decimal';

/** Execution rate (%) below which a report normally must give a reason (预算执行率低于 90%). */
export const LOW_EXECUTION_RATE = 90;
/** Execution rate (%) from which execution counts as good; between the two it is acceptable with room to improve. */
export const GOOD_EXECUTION_RATE = 95;
/** Adjustment rate (%) from which the year's budget counts as substantially revised. */
export const HIGH_ADJUSTMENT_RATE = 5;

/** Whether an execution rate (%) is below the 90% line. */
export function isLowExecutionRate(rate: Decimal.Value): boolean {
  return exact(rate).lt(LOW_EXECUTION_RATE);
}

/** 'low' (< 90%), 'fair' (90% ≤ rate < 95%) or 'good' (≥ 95%). */
export function executionRateBand(rate: Decimal.Value): 'low' | 'fair' | 'good' {
  const r = exact(rate);
  return r.lt(LOW_EXECUTION_RATE) ? 'low' : r.lt(GOOD_EXECUTION_RATE) ? 'fair' : 'good';
}
