import Decimal from 'decimal.js';

export type Rating = '优' | '良' | '中' | '差';

/** The rating a score earns (财预〔2020〕10号): 优 ≥ 90, 良 80–89.99, 中 60–79.99, 差 < 60. */
export function ratingFor(score: Decimal.Value): Rating {
  const s = new Decimal(score);
  if (s.gte(90)) return '优';
  if (s.gte(80)) return '良';
  if (s.gte(60)) return '中';
  return '差';
}

/** Execution-rate threshold below which a reason is normally required. */
export const LOW_EXECUTION_RATE = 90;
/** Adjustment rate from which the year's budget counts as substantially revised. */
export const HIGH_ADJUSTMENT_RATE = 5;
