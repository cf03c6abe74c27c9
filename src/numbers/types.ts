import type Decimal from 'decimal.js';

/** What a quantity measures; arithmetic rules use only amount, percent, count and score. */
export type QuantityKind = 'amount' | 'percent' | 'count' | 'score' | 'date' | 'year' | 'ordinal' | 'other';

/** Approximation markers written around a number: 近200余篇 → { before: '近', after: '余' }. */
export interface Approx {
  before?: string;
  after?: string;
}

/** A range written as one expression: 9~16亿, 3-5个, 10%-20%, 三四个. */
export interface QuantityRange {
  low: Decimal;
  high: Decimal;
  /** Unit written after the low end (9亿~16亿 → '亿'); null when only the high end has one (9~16亿). */
  lowUnit?: string | null;
}

/** One number-bearing expression of the text, with its exact span. */
export interface Quantity {
  /** Span of the whole expression (approximation markers and unit included): text.slice(start, end) === raw. */
  start: number;
  end: number;
  raw: string;
  /** Value exactly as written, not scaled by the unit (3,363.37万元 → 3363.37); the low end for a range. */
  value: Decimal;
  /** The number as written ("3,363.37", "二十", "9~16"). */
  numberText: string;
  /** Digits after the decimal point as written (98.12% → 2). */
  decimals: number;
  unit: string | null;
  kind: QuantityKind;
  approx: Approx | null;
  /** Written with thousands separators. */
  separators: boolean;
  range?: QuantityRange;
  /** Written in Chinese numerals (二十余个, 三四个). */
  chineseNumeral: boolean;
  /** The label phrase before the number in the same clause (全年预算数, 立案率), or null. */
  label: string | null;
  /** A code, phone number or identifier (H5N1, 020-12345678, 12345热线): not a figure. */
  code?: boolean;
}
