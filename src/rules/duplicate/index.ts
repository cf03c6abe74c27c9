import type { Rule } from '../../check/types';

/** Repetition rules (duplicate/…). */
export const DUPLICATE_RULES: Rule[] = [];
