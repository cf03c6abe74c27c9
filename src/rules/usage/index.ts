import type { Rule } from '../../check/types';

/** Rules of this family (filled in by the numeric-checker work). */
export const USAGE_RULES: Rule[] = [];
