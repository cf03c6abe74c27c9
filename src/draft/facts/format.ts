import type Decimal from 'decimal.js';
import { decimalsOf, formatDecimal } from '../../domain';

const MONEY_UNITS = new Set(['元', '万元', '亿元']);

/** An amount as written in the source tables: its own decimals, thousands separators, unit after (2,760.71万元). */
export function formatAmount(value: string, unit: string): string {
  return formatDecimal(value, decimalsOf(value), true) + unit;
}

/** A computed amount (a difference or a sum) at the precision of its operands. */
export function formatComputedAmount(value: Decimal, decimals: number, unit: string): string {
  return formatDecimal(value, decimals, true) + unit;
}

/** A percentage rounded half-up: 82.08%; a whole number stays whole (100%). */
export function formatPercent(value: Decimal, decimals: number): string {
  return `${formatDecimal(value, value.isInteger() ? 0 : decimals, false)}%`;
}

/** A labelled value: 1200余条, 近200篇, 95%以上, 500万元 (money with separators). */
export function formatLabelled(value: string, unit: string, approx?: string): string {
  const num = MONEY_UNITS.has(unit) ? formatDecimal(value, decimalsOf(value), true) : value;
  if (approx === '近' || approx === '约') return `${approx}${num}${unit}`;
  if (approx === '余' || approx === '多') return `${num}${approx}${unit}`;
  return `${num}${unit}${approx ?? ''}`;
}

/** Whether a unit is money. */
export function isMoneyUnit(unit: string): boolean {
  return MONEY_UNITS.has(unit);
}
