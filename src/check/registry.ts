import { DUPLICATE_RULES } from '../rules/duplicate';
import { NUMBER_RULES } from '../rules/number';
import { USAGE_RULES } from '../rules/usage';
import type { Rule } from './types';

/** Every rule, listed statically (a Worker bundle needs static imports). */
export const RULES: readonly Rule[] = [...DUPLICATE_RULES, ...NUMBER_RULES, ...USAGE_RULES];
