import type { Rule } from '../../check/types';
import { doubleApproximation } from './double-approximation';
import { rangeUnit } from './range-unit';
import { thousandsSeparator } from './thousands-separator';
import { unitChange } from './unit-change';

/** Number-usage rules (usage/…). */
export const USAGE_RULES: Rule[] = [doubleApproximation, thousandsSeparator, unitChange, rangeUnit];
