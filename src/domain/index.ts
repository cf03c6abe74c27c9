/**
 * The domain rules of a 部门整体支出绩效自评报告, written once: the checker (src/rules), the drafter (src/draft)
 * and the page (src/web/client, bundled for the browser) all call these. Browser-safe: decimal.js and the pure
 * src/numbers and src/model types only — no node:, no Workers APIs. The API is described in README.md beside this file.
 */
export { decimalsOf, exact, Exact, formatDecimal, groupThousands, parseDecimal, percentOf, roundHalfUp, show, showComputed, sum, ulp } from './decimal';
export { agree, agreeRatio, agreeRestated, halfUlp, type Agreement } from './rounding';
export { BAND_FLOOR, BANDS, BANDS_TEXT, MAX_SCORE, RATINGS, ratingFor, ratingWord, type Rating } from './rating';
export { executionRateBand, GOOD_EXECUTION_RATE, HIGH_ADJUSTMENT_RATE, isLowExecutionRate, LOW_EXECUTION_RATE } from './thresholds';
export {
  boundDirection,
  comparableValues,
  indicatorDirection,
  indicatorVerdict,
  judge,
  looseUnit,
  nameDirection,
  shortOfTarget,
  statedQuantity,
  type DirectionSource,
  type IndicatorDirection,
  type IndicatorInput,
  type IndicatorStatus,
  type IndicatorVerdict,
} from './indicators';
export { FIGURES_MESSAGE_IDS, figuresProblems, type FiguresLike, type FiguresMessageId, type FiguresProblem } from './figures-consistency';
