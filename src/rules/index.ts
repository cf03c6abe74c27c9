import type { Rule } from '../check/types';
import { DUPLICATE_RULES } from './duplicate';
import { NUMBER_RULES } from './number';
import { USAGE_RULES } from './usage';

/** Every rule, listed statically (a Worker bundle needs static imports); the core hands them to the check framework. */
export const RULES: readonly Rule[] = [...DUPLICATE_RULES, ...NUMBER_RULES, ...USAGE_RULES];
