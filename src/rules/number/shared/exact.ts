/** Exact decimal arithmetic for the number rules: 50 significant digits, round half up. */
import Decimal from 'decimal.js';
import { formatDecimal, roundHalfUp } from '../../../numbers';

/** A Decimal constructor with enough precision that a quotient never rounds across a half-way point. */
export const Exact = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });

/** An exact copy of any value in the high-precision constructor. */
export function exact(v: Decimal.Value): Decimal {
  return new Exact(v instanceof Decimal ? v.toString() : v);
}

/** One unit in the last place of a number written with `decimals` decimals (2 → 0.01). */
export function ulp(decimals: number): Decimal {
  return new Exact(10).pow(-decimals);
}

/** Sum of values, exactly. */
export function sum(values: Decimal[]): Decimal {
  return values.reduce((s, v) => s.plus(v), new Exact(0));
}

/** `value` written like a stated number: `decimals` places, thousands separators when asked. */
export function show(value: Decimal, decimals: number, separators = false): string {
  return formatDecimal(value, decimals, separators);
}

/** A computed value shown with a few more digits than stated, trailing zeros trimmed (82.0818). */
export function showComputed(value: Decimal, decimals: number, separators = false): string {
  const extra = Math.max(decimals + 3, 4);
  const exactDigits = value.decimalPlaces();
  const s = show(value, Math.min(extra, Math.max(exactDigits, decimals)), separators);
  return exactDigits > extra ? `${s}…` : s;
}

export { roundHalfUp };
