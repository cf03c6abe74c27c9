export type { Approx, Quantity, QuantityKind, QuantityRange } from './types';
export { extractQuantities } from './extract';
export { canonicalLabel, labelBefore } from './labels';
export { formatDecimal, roundHalfUp } from './decimal-format';
export { matchUnit, type UnitClass, type UnitMatch } from './units';
export { parseChineseInteger, parseChineseRange } from './chinese-numerals';
export { NOT_QUANTITIES, SET_PHRASES } from './set-phrases';
