import Decimal from 'decimal.js';

/** Rounds half away from zero ("四舍五入") to `decimals` places, exactly. */
export function roundHalfUp(value: Decimal.Value, decimals: number): Decimal {
  return new Decimal(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** Formats a value rounded half-up to `decimals` places, with thousands separators when asked (2,760.71). */
export function formatDecimal(value: Decimal.Value, decimals: number, separators: boolean): string {
  const rounded = roundHalfUp(value, decimals);
  // toFixed keeps a sign on negative zero ("-0.00"); a rounded zero is written unsigned.
  const fixed = rounded.isZero() ? new Decimal(0).toFixed(decimals) : rounded.toFixed(decimals);
  if (!separators) return fixed;
  const neg = fixed.startsWith('-');
  const body = neg ? fixed.slice(1) : fixed;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot);
  return (neg ? '-' : '') + groupThousands(int) + frac;
}

/**
 * Digits with a comma every three from the right (1234567 → 1,234,567), in one pass: a
 * lookahead regex would rescan the rest of the string at every digit, quadratic on long input.
 */
export function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  const parts = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) parts.push(digits.slice(i, i + 3));
  return parts.join(',');
}
