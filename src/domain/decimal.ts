/** Exact decimal arithmetic for every comparison and every shown figure: 50 significant digits, round half up. */
import Decimal from 'decimal.js';
import { formatDecimal, groupThousands, roundHalfUp } from '../numbers/decimal-format';

/** A Decimal constructor with enough precision that a quotient never rounds across a half-way point. */
export const Exact = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });

/** An exact copy of any value in the high-precision constructor. */
export function exact(v: Decimal.Value): Decimal {
  return new Exact(v instanceof Decimal ? v.toString() : v);
}

/**
 * A decimal as people type it ("3,363.37", " 18.30 ", "-5", 2760.71) → exact Decimal; null for anything else
 * (empty, "12a", "1e5", NaN). Thousands separators (, ，) and spaces are ignored.
 */
export function parseDecimal(v: unknown): Decimal | null {
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const s = String(v)
    .trim()
    .replace(/[,，\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(s) ? exact(s) : null;
}

/** Decimals as written: "18.30" → 2, "5" → 0. */
export function decimalsOf(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** One unit in the last place of a number written with `decimals` decimals (2 → 0.01). */
export function ulp(decimals: number): Decimal {
  return new Exact(10).pow(-decimals);
}

/** Sum of values, exactly. */
export function sum(values: Decimal.Value[]): Decimal {
  return values.reduce((s: Decimal, v) => s.plus(exact(v)), new Exact(0));
}

/** `value` written like a stated number: `decimals` places (half up), thousands separators when asked. */
export function show(value: Decimal.Value, decimals: number, separators = false): string {
  return formatDecimal(value, decimals, separators);
}

/** A computed value shown with a few more digits than stated, trailing zeros trimmed (82.0818). */
export function showComputed(value: Decimal, decimals: number, separators = false): string {
  const extra = Math.max(decimals + 3, 4);
  const exactDigits = value.decimalPlaces();
  const s = show(value, Math.min(extra, Math.max(exactDigits, decimals)), separators);
  return exactDigits > extra ? `${s}…` : s;
}

/** num ÷ den × 100, exact; null when den is not positive. */
export function percentOf(num: Decimal.Value, den: Decimal.Value): Decimal | null {
  const d = exact(den);
  return d.gt(0) ? exact(num).div(d).times(100) : null;
}

export { formatDecimal, groupThousands, roundHalfUp };
